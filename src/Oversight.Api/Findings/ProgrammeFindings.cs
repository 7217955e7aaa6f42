using Oversight.Common;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine.Http;

namespace Oversight.Findings;

public sealed record FindingGroup(FindingKind Kind, string KindLabel, Guid? AgencyId, string AgencyName, IReadOnlyList<Finding> Findings);

public static class ProgrammeFindings
{
    /// <summary>The programme's findings still standing (merged duplicates left out), by kind then agency.</summary>
    public static async Task<IReadOnlyList<FindingGroup>?> Load(IQuerySession session, Guid programmeId, CancellationToken cancellation)
    {
        var programme = await session.LoadAsync<Programme>(programmeId, cancellation);
        if (programme is null)
        {
            return null;
        }

        var findings = await session.Query<Finding>()
            .Where(finding => finding.ProgrammeId == programmeId && finding.MergedInto == null)
            .OrderBy(finding => finding.LoggedAt)
            .ToListAsync(cancellation);
        return [.. findings
            .GroupBy(finding => (finding.Kind, finding.AgencyId))
            .OrderBy(group => group.Key.Kind).ThenBy(group => group.Key.AgencyId is { } id ? programme.AgencyName(id) : "")
            .Select(group => new FindingGroup(group.Key.Kind, Labels.Of(group.Key.Kind), group.Key.AgencyId,
                group.Key.AgencyId is { } id ? programme.AgencyName(id) : "Chung", [.. group]))];
    }
}

public static class ProgrammeFindingsEndpoint
{
    [Allow(Capability.ViewProgrammes)]
    [WolverineGet("/api/programmes/{id}/findings")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Các ý kiến của cuộc giám sát, nhóm theo loại và cơ quan")]
    public static async Task<Results<Ok<IReadOnlyList<FindingGroup>>, ProblemHttpResult>> Get(Guid id, IQuerySession session, CancellationToken cancellation) =>
        await ProgrammeFindings.Load(session, id, cancellation) is { } groups
            ? TypedResults.Ok(groups)
            : Problems.NotFound("Không tìm thấy cuộc giám sát này.");
}
