using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Programmes.Reporting;

/// <summary>The secretary answers a member's comment on the draft (with a reply), or marks it taken into the draft.</summary>
[Requires(ProgrammeAction.AnswerComments)]
public sealed record AnswerDraftComment(Guid ProgrammeId, Guid CommentId, CommentOutcome? Outcome, string? Reply) : IDoneMessage
{
    string IDoneMessage.DoneMessage => Outcome == Oversight.Programmes.CommentOutcome.TakenIn ? "Đã ghi tiếp thu góp ý vào dự thảo." : "Đã trả lời góp ý.";
}

public static class AnswerDraftCommentHandler
{
    public static DraftCommentAnswered Decide(Programme programme, AnswerDraftComment command)
    {
        programme.Ensure(ProgrammeAction.AnswerComments);
        var report = ReportRules.Editable(programme);
        var comment = report.Comments.FirstOrDefault(candidate => candidate.Id == command.CommentId)
            ?? throw Refusal.NotFound("Không có góp ý này trong dự thảo báo cáo.");
        if (comment.Outcome is { } outcome)
        {
            throw Refusal.Conflict($"Góp ý này đã được xử lý ({Labels.Of(outcome).ToLowerInvariant()}).");
        }

        new Checks()
            .Require(command.Outcome is { } chosen && Enum.IsDefined(chosen), "outcome", "Hãy chọn trả lời góp ý hay tiếp thu vào dự thảo.")
            .Text(command.Reply, "reply", "nội dung trả lời", CommentOnDraftReportHandler.MaxComment, required: command.Outcome == CommentOutcome.Answered)
            .ThrowIfAny();
        return new DraftCommentAnswered(programme.Id, comment.Id, command.Outcome!.Value, string.IsNullOrWhiteSpace(command.Reply) ? null : command.Reply.Trim());
    }

    public static DraftCommentAnswered Handle(AnswerDraftComment command, [WriteTarget] Programme programme) => Decide(programme, command);
}

public static class AnswerDraftCommentEndpoint
{
    [Sends<AnswerDraftComment>]
    [WolverinePost("/api/programmes/{id}/report/comments/{commentId}/answer")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Thư ký trả lời (Answered, kèm nội dung) hoặc tiếp thu (TakenIn) một góp ý về dự thảo báo cáo")]
    public static Task<NoContent> Post(Guid id, Guid commentId, AnswerDraftComment command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { ProgrammeId = id, CommentId = commentId });
}
