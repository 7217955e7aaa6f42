using Marten;
using Oversight.CouncilDirectory.Agencies;
using Oversight.Web;

namespace Oversight.CouncilDirectory;

/// <summary>The directory as pick lists on the pages: each option found by all its names.</summary>
public static class DirectoryPicks
{
    public static IReadOnlyList<PickOption> Agencies(IEnumerable<AgencyView> agencies, IEnumerable<Guid>? selected = null)
    {
        var chosen = (selected ?? []).ToHashSet();
        return [.. agencies.Select(agency => new PickOption(agency.Id.ToString(), agency.ShortName is { } shortName ? $"{agency.Name} ({shortName})" : agency.Name,
            string.Join(' ', agency.Aliases), chosen.Contains(agency.Id)))];
    }

    public static IReadOnlyList<PickOption> Committees(IEnumerable<Committee> committees, Guid? selected = null) =>
        [.. committees.Select(committee => new PickOption(committee.Id.ToString(), committee.Name, committee.ShortName, committee.Id == selected))];

    public static IReadOnlyList<PickOption> People(IEnumerable<PersonView> people, IEnumerable<Guid> selected) =>
        [.. people.Select(person => new PickOption(person.Id.ToString(),
            person.HasAccount ? $"{person.FullName} (tài khoản {person.UserName})" : person.Position is { } position ? $"{person.FullName}, {position}" : person.FullName,
            person.Position, selected.Contains(person.Id)))];

    public static async Task<IReadOnlyList<PickOption>> Agencies(IQuerySession session, CancellationToken cancellation, IEnumerable<Guid>? selected = null) =>
        Agencies(await DirectoryQueries.Agencies(session, null, cancellation), selected);
}
