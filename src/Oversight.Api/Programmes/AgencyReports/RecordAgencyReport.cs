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

/// <summary>An agency's written report arrived: date, document number and a summary.</summary>
[Requires(ProgrammeAction.RecordAgencyReport)]
public sealed record RecordAgencyReport(Guid ProgrammeId, Guid AgencyId, DateOnly? ReceivedOn, string? DocumentNumber, string? Summary, string? DateReason = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã ghi nhận báo cáo của cơ quan.";
}

public static class RecordAgencyReportHandler
{
    public static AgencyReportReceived Decide(Programme programme, RecordAgencyReport command, DateOnly today, Actor actor)
    {
        programme.Ensure(ProgrammeAction.RecordAgencyReport);
        _ = programme.Agency(command.AgencyId) ?? throw Refusal.NotFound("Cơ quan này không thuộc diện chịu giám sát của cuộc giám sát.");
        var checks = new Checks();
        var received = checks.Happened("receivedOn", "ngày nhận báo cáo", command.ReceivedOn, command.DateReason, today, actor, required: true);
        checks.Identifier(command.DocumentNumber, "documentNumber", "số, ký hiệu văn bản", 100)
            .Text(command.Summary, "summary", "tóm tắt báo cáo", 20_000)
            .ThrowIfAny();
        return new AgencyReportReceived(programme.Id, command.AgencyId, received.On, command.DocumentNumber!, command.Summary!, received.Reason);
    }

    public static AgencyReportReceived Handle(RecordAgencyReport command, [WriteTarget] Programme programme, Actor actor, TimeProvider clock) =>
        Decide(programme, command, VietnamTime.Today(clock), actor);
}

public sealed record ReportReceivedBody(DateOnly? ReceivedOn, string? DocumentNumber, string? Summary, string? DateReason = null);

public static class RecordAgencyReportEndpoint
{
    [Sends<RecordAgencyReport>]
    [WolverinePost("/api/programmes/{id}/agency-reports/{agencyId}")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Ghi nhận báo cáo bằng văn bản của cơ quan chịu giám sát")]
    public static Task<NoContent> Post(Guid id, Guid agencyId, ReportReceivedBody body, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, new RecordAgencyReport(id, agencyId, body.ReceivedOn, body.DocumentNumber, body.Summary, body.DateReason));
}
