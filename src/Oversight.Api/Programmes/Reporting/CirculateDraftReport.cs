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

/// <summary>The draft goes to the members (and, if useful, the agencies) for comments.</summary>
[Requires(ProgrammeAction.CirculateReport)]
public sealed record CirculateDraftReport([SetByServer] Guid ProgrammeId, string? Note) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã gửi dự thảo xin ý kiến thành viên Đoàn.";
}

public static class CirculateDraftReportHandler
{
    public static DraftReportCirculated Decide(Programme programme, CirculateDraftReport command)
    {
        programme.Ensure(ProgrammeAction.CirculateReport);
        if (ReportRules.Editable(programme).Status is not ReportStatus.Drafting and var status)
        {
            throw Refusal.Conflict(status == ReportStatus.AwaitingApproval
                ? "Báo cáo đã được trình Trưởng đoàn và đang chờ duyệt."
                : "Dự thảo đã được gửi xin ý kiến; bước tiếp theo là trình Trưởng đoàn duyệt.");
        }

        new Checks().Text(command.Note, "note", "ghi chú", 2000, required: false).ThrowIfAny();
        return new DraftReportCirculated(programme.Id, command.Note);
    }

    public static DraftReportCirculated Handle(CirculateDraftReport command, [WriteTarget] Programme programme) =>
        Decide(programme, command);
}

public static class CirculateDraftReportEndpoint
{
    [Sends<CirculateDraftReport>]
    [WolverinePost("/api/programmes/{id}/report/circulation")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Gửi dự thảo báo cáo xin ý kiến thành viên Đoàn")]
    public static Task<NoContent> Post(Guid id, CirculateDraftReport command, ClaimsPrincipal user, IMessageBus bus) => ProgrammeApi.Send(bus, user, command with { ProgrammeId = id });
}
