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

namespace Oversight.Programmes.AgencyReports;

/// <summary>Asks an agency that has reported for a supplementary report, with a new deadline and why.</summary>
[Requires(ProgrammeAction.RecordAgencyReport)]
public sealed record RequestSupplementaryReport(Guid ProgrammeId, Guid AgencyId, DateOnly? Deadline, string? Reason) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã gửi yêu cầu báo cáo bổ sung.";
}

public static class RequestSupplementaryReportHandler
{
    public static SupplementaryReportRequested Decide(Programme programme, RequestSupplementaryReport command)
    {
        programme.Ensure(ProgrammeAction.RecordAgencyReport);
        _ = programme.Agency(command.AgencyId) ?? throw Refusal.NotFound("Cơ quan này không thuộc diện chịu giám sát của cuộc giám sát.");
        if (programme.ReportRequests.FirstOrDefault(request => request.AgencyId == command.AgencyId) is not { Receipts.Count: > 0 })
        {
            throw Refusal.Conflict("Cơ quan chưa gửi báo cáo nên chưa thể yêu cầu báo cáo bổ sung; hãy ghi nhận báo cáo trước.");
        }

        new Checks()
            .Require(command.Deadline is not null, "deadline", "Hãy nhập hạn gửi báo cáo bổ sung.")
            .Text(command.Reason, "reason", "nội dung cần bổ sung", 5000)
            .ThrowIfAny();
        return new SupplementaryReportRequested(programme.Id, command.AgencyId, command.Deadline!.Value, command.Reason!);
    }

    public static SupplementaryReportRequested Handle(RequestSupplementaryReport command, [WriteTarget] Programme programme) =>
        Decide(programme, command);
}

public sealed record SupplementaryRequestBody(DateOnly? Deadline, string? Reason);

public static class RequestSupplementaryReportEndpoint
{
    [Sends<RequestSupplementaryReport>]
    [WolverinePost("/api/programmes/{id}/agency-reports/{agencyId}/supplementary")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Yêu cầu cơ quan báo cáo bổ sung")]
    public static Task<NoContent> Post(Guid id, Guid agencyId, SupplementaryRequestBody body, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, new RequestSupplementaryReport(id, agencyId, body.Deadline, body.Reason));
}
