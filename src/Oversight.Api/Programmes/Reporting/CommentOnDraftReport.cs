using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Programmes.Reporting;

/// <summary>A member of the delegation comments, in their own name, on one section of the circulated draft report.</summary>
[Requires(ProgrammeAction.CommentOnReport)]
public sealed record CommentOnDraftReport(Guid ProgrammeId, Guid CommentId, ReportSection? Section, string? Text) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã gửi góp ý; Thư ký Đoàn sẽ trả lời hoặc tiếp thu.";
}

public static class CommentOnDraftReportHandler
{
    public const int MaxComment = 5000;

    public static DraftCommentMade Decide(Programme programme, CommentOnDraftReport command, Actor actor)
    {
        programme.Ensure(ProgrammeAction.CommentOnReport);
        var report = programme.Report switch
        {
            null => throw Refusal.Conflict("Chưa có dự thảo báo cáo để góp ý."),
            { Status: ReportStatus.Approved } => throw Refusal.Conflict("Trưởng đoàn đã duyệt báo cáo nên không nhận góp ý nữa."),
            { OpenForComments: false } => throw Refusal.Conflict("Dự thảo báo cáo chưa được gửi xin ý kiến thành viên Đoàn."),
            var open => open,
        };
        if (programme.ActiveMember(actor.AccountId) is not { } member)
        {
            throw Refusal.Forbidden("Chỉ thành viên của Đoàn giám sát mới góp ý được dự thảo báo cáo.");
        }

        new Checks()
            .Require(command.Section is { } section && Enum.IsDefined(section), "section", "Hãy chọn phần của dự thảo muốn góp ý.")
            .Text(command.Text, "text", "nội dung góp ý", MaxComment)
            .Require(report.Comments.All(comment => comment.Id != command.CommentId), "commentId", "Góp ý này đã được ghi.")
            .ThrowIfAny();
        return new DraftCommentMade(programme.Id, command.CommentId, command.Section!.Value, command.Text!.Trim(), member.Id, member.Name, report.Version);
    }

    public static DraftCommentMade Handle(CommentOnDraftReport command, [WriteTarget] Programme programme, Actor actor) =>
        Decide(programme, command, actor);
}

public static class CommentOnDraftReportEndpoint
{
    [Sends<CommentOnDraftReport>]
    [WolverinePost("/api/programmes/{id}/report/comments")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Thành viên Đoàn góp ý một phần của dự thảo báo cáo đang xin ý kiến")]
    public static async Task<CreationResponse<Guid>> Post(Guid id, CommentOnDraftReport command, ClaimsPrincipal user, IMessageBus bus)
    {
        var commentId = Guid.CreateVersion7();
        await bus.SendAsync(user, command with { ProgrammeId = id, CommentId = commentId });
        return new CreationResponse<Guid>($"/api/programmes/{id}", commentId);
    }
}
