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

/// <summary>The secretary puts the draft to the head of delegation, who approves it from their own account.</summary>
[Requires(ProgrammeAction.SubmitReport)]
public sealed record SubmitDraftReport(Guid ProgrammeId, string? Note) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã trình Trưởng đoàn duyệt báo cáo kết quả giám sát.";
}

public static class SubmitDraftReportHandler
{
    public static DraftReportSubmitted Decide(Programme programme, SubmitDraftReport command)
    {
        programme.Ensure(ProgrammeAction.SubmitReport);
        if (ReportRules.Editable(programme).Status == ReportStatus.AwaitingApproval)
        {
            throw Refusal.Conflict("Báo cáo đã được trình Trưởng đoàn và đang chờ duyệt.");
        }

        if (programme.Delegation?.Head is null)
        {
            throw Refusal.Conflict("Đoàn giám sát chưa có Trưởng đoàn để trình duyệt.");
        }

        new Checks().Text(command.Note, "note", "ghi chú", 2000, required: false).ThrowIfAny();
        return new DraftReportSubmitted(programme.Id, string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim());
    }

    public static DraftReportSubmitted Handle(SubmitDraftReport command, [WriteTarget] Programme programme) => Decide(programme, command);
}

public static class SubmitDraftReportEndpoint
{
    [Sends<SubmitDraftReport>]
    [WolverinePost("/api/programmes/{id}/report/submission")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Thư ký trình Trưởng đoàn duyệt báo cáo kết quả giám sát")]
    public static Task<NoContent> Post(Guid id, SubmitDraftReport command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { ProgrammeId = id });
}
