using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http;
using Oversight.Accounts;
using Oversight.Common;
using Wolverine.Http;

namespace Oversight.Programmes.AgencyReports;

public sealed record OutstandingReport(string AgencyName, Guid AgencyId, Guid ProgrammeId, string ProgrammeTitle, DateOnly? Deadline, bool Overdue,
    string? SupplementaryReason);

public static class OutstandingReportsEndpoint
{
    [Allow(Capability.ViewAddressedWork, OwnRecordsOnly = true)]
    [WolverineGet("/api/report-requests")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Báo cáo các cơ quan còn nợ (lọc theo tên cơ quan)")]
    public static Task<IReadOnlyList<OutstandingReport>> Get(IQuerySession session, TimeProvider clock, ClaimsPrincipal user, string? agency,
        CancellationToken cancellation) =>
        Query(session, Actor.Of(user), VietnamTime.Today(clock), agency, cancellation);

    /// <summary>The reports still owed, of the programmes this person may see (an agency user: its own agency's).</summary>
    public static async Task<IReadOnlyList<OutstandingReport>> Query(IQuerySession session, Actor actor, DateOnly today, string? agency,
        CancellationToken cancellation)
    {
        var open = new[] { ProgrammeStatus.Planned, ProgrammeStatus.InProgress, ProgrammeStatus.Reporting };
        var programmes = await session.Query<Programme>().Where(programme => programme.Status.IsOneOf(open)).ToListAsync(cancellation);
        return [.. programmes
            .Where(programme => Access.Concerns(actor, programme))
            .SelectMany(programme => programme.ReportRequests
                .Where(request => request.Outstanding && actor.IsOwnAgency(programme.DirectoryAgency(request.AgencyId)))
                .Select(request => new OutstandingReport(programme.AgencyName(request.AgencyId), request.AgencyId, programme.Id, programme.Title,
                    request.Deadline, request.Deadline < today, request.SupplementaryReason)))
            .Where(report => string.IsNullOrWhiteSpace(agency) || report.AgencyName.Contains(agency.Trim(), StringComparison.CurrentCultureIgnoreCase))
            .OrderBy(report => report.AgencyName).ThenBy(report => report.Deadline)];
    }
}
