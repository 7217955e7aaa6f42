using Marten;
using Oversight.Accounts;
using Oversight.Councils;
using Oversight.Programmes;
using Oversight.Recommendations;

namespace Oversight.CouncilDirectory.Migration;

/// <summary>Where a name that the directory does not know yet is written: a programme (with its link) or an account.</summary>
public sealed record NameUse(string What, string? Href);

/// <summary>A name written before the directory that matches no record of it, or several; the secretariat picks which one it is.</summary>
public sealed record UnmatchedName(string Name, IReadOnlyList<string> Candidates, IReadOnlyList<NameUse> Uses);

/// <summary>
/// What the directory does not match yet: agency names (of programmes and of agency accounts) and committee names (of committees'
/// programmes), and how many names written before the directory now match and will be linked by the next pass.
/// </summary>
public sealed record MigrationReport(IReadOnlyList<UnmatchedName> Agencies, IReadOnlyList<UnmatchedName> Committees, int Linkable, int Linked)
{
    public bool Complete => Agencies.Count == 0 && Committees.Count == 0 && Linkable == 0;
}

public sealed record AgencyLink(Programme Programme, AgencyRef Named, Agency Agency);

public sealed record CommitteeLink(Programme Programme, Committee Committee);

public sealed record AccountLink(Account Account, Agency Agency);

/// <summary>What one pass links, and what it leaves to the secretariat.</summary>
public sealed record MigrationPlan(IReadOnlyList<AgencyLink> Agencies, IReadOnlyList<CommitteeLink> Committees, IReadOnlyList<AccountLink> Accounts,
    IReadOnlyList<UnmatchedName> UnmatchedAgencies, IReadOnlyList<UnmatchedName> UnmatchedCommittees)
{
    public int Links => Agencies.Count + Committees.Count + Accounts.Count;
}

/// <summary>
/// Links what was written by name before the council had a directory to the directory's records, once: each agency a programme
/// names, each agency account, each committee a programme names. A name matches a record when it is one of the record's names
/// (its name, short name or an alias) ignoring case, diacritics and punctuation, and matches no other; what matches nothing, or
/// several, is reported for the secretariat to pick, and a pick links every use of that name at once. A link is an event on the
/// programme's stream (and on each of its recommendations' streams), so histories say when and by whom it was made, and
/// projections rebuilt from the events keep it; names written stay as they were.
/// </summary>
public static class DirectoryMigration
{
    /// <summary>The user name the events of a pass that nobody started (at start-up, from the command line) are recorded under.</summary>
    public const string SystemUser = "doi-chieu-danh-ba";

    public static MigrationPlan Plan(IReadOnlyList<Programme> programmes, IReadOnlyList<Account> accounts, IReadOnlyList<Agency> agencies,
        IReadOnlyList<Committee> committees, Func<string, NameMatch<Agency>>? matchAgency = null, Func<string, NameMatch<Committee>>? matchCommittee = null)
    {
        matchAgency ??= name => DirectoryNames.Match(name, agencies);
        matchCommittee ??= name => DirectoryNames.Match(name, committees);
        var agencyLinks = new List<AgencyLink>();
        var committeeLinks = new List<CommitteeLink>();
        var accountLinks = new List<AccountLink>();
        var unmatchedAgencies = new Unmatched();
        var unmatchedCommittees = new Unmatched();
        foreach (var programme in programmes)
        {
            var use = new NameUse($"Cuộc giám sát {programme.Code}: {programme.Title}", $"/cuoc-giam-sat/{programme.Id}");
            foreach (var named in programme.Agencies.Where(named => named.DirectoryId is null))
            {
                var match = matchAgency(named.Name);
                if (match.Found is { } agency)
                {
                    agencyLinks.Add(new AgencyLink(programme, named, agency));
                }
                else
                {
                    unmatchedAgencies.Add(named.Name, match.Candidates.Select(candidate => candidate.Name), use);
                }
            }

            if (programme is { Body: OverseeingBody.Committee, CommitteeId: null, BodyUnit: { } unit })
            {
                var match = matchCommittee(unit);
                if (match.Found is { } committee)
                {
                    committeeLinks.Add(new CommitteeLink(programme, committee));
                }
                else
                {
                    unmatchedCommittees.Add(unit, match.Candidates.Select(candidate => candidate.Name), use);
                }
            }
        }

        foreach (var account in accounts.Where(account => account is { Role: Role.AgencyUser, AgencyId: null, AgencyName: not null }))
        {
            var match = matchAgency(account.AgencyName!);
            if (match.Found is { } agency)
            {
                accountLinks.Add(new AccountLink(account, agency));
            }
            else
            {
                unmatchedAgencies.Add(account.AgencyName!, match.Candidates.Select(candidate => candidate.Name),
                    new NameUse($"Tài khoản {account.UserName} ({account.FullName})", "/quan-tri"));
            }
        }

        return new MigrationPlan(agencyLinks, committeeLinks, accountLinks, unmatchedAgencies.Names, unmatchedCommittees.Names);
    }

    /// <summary>The plan for a pick: every unlinked use of the name is the chosen record; the rest as the directory matches it.</summary>
    public static Func<string, NameMatch<T>> Picking<T>(string name, T picked, Func<string, NameMatch<T>> otherwise) where T : class
    {
        var key = DirectoryNames.Key(name);
        return written => DirectoryNames.Key(written) == key ? new NameMatch<T>(picked, [picked]) : otherwise(written);
    }

    /// <summary>Everything a pass needs of one council, read in its session (accounts live outside the tenants and are filtered by council).</summary>
    public static async Task<CouncilRecords> Read(IQuerySession session, string councilId, CancellationToken cancellation)
    {
        var programmes = (await session.Query<Programme>().ToListAsync(cancellation))
            .Where(programme => programme.Agencies.Any(named => named.DirectoryId is null) || programme is { Body: OverseeingBody.Committee, CommitteeId: null })
            .ToList();
        var accounts = await session.Query<Account>()
            .Where(account => account.CouncilId == councilId && account.Role == Role.AgencyUser && account.AgencyId == null)
            .ToListAsync(cancellation);
        return new CouncilRecords(programmes, accounts, await session.Query<Agency>().ToListAsync(cancellation),
            await session.Query<Committee>().ToListAsync(cancellation));
    }

    /// <summary>
    /// Turns the committee names a council was set up with (before the directory) into committees of its directory, once: the list
    /// is emptied, so a committee later renamed or removed in the directory does not come back.
    /// </summary>
    public static async Task<IReadOnlyList<Committee>> MoveCommittees(IDocumentSession session, string councilId, IReadOnlyList<Committee> committees,
        CancellationToken cancellation)
    {
        if (await session.LoadAsync<Council>(councilId, cancellation) is not { Committees.Count: > 0 } council)
        {
            return committees;
        }

        var all = committees.ToList();
        foreach (var name in council.Committees.Where(name => DirectoryNames.Match(name, all).Candidates.Count == 0 && DirectoryNames.Key(name).Length > 0))
        {
            var committee = new Committee { Id = Guid.CreateVersion7(), Name = name.Trim() };
            session.Insert(committee);
            all.Add(committee);
        }

        council.Committees = [];
        session.Update(council);
        return all;
    }

    /// <summary>Records the plan's links in the session (committed by its owner): events on the streams, the accounts bound.</summary>
    public static async Task Apply(IDocumentSession session, MigrationPlan plan, CancellationToken cancellation)
    {
        var programmeIds = plan.Agencies.Select(link => link.Programme.Id).Distinct().ToArray();
        var recommendations = programmeIds.Length == 0
            ? []
            : await session.Query<Recommendation>().Where(recommendation => recommendation.ProgrammeId.IsOneOf(programmeIds)).ToListAsync(cancellation);
        foreach (var link in plan.Agencies)
        {
            session.Events.Append(link.Programme.Id, new ProgrammeAgencyLinked(link.Programme.Id, link.Named.Id, link.Agency.Id, link.Agency.Name));
            foreach (var recommendation in recommendations.Where(recommendation => recommendation.ProgrammeId == link.Programme.Id
                         && recommendation.AgencyId == link.Named.Id && recommendation.DirectoryAgencyId is null))
            {
                session.Events.Append(recommendation.Id, new RecommendationAgencyLinked(recommendation.Id, recommendation.ProgrammeId, link.Agency.Id));
            }
        }

        foreach (var link in plan.Committees)
        {
            session.Events.Append(link.Programme.Id, new ProgrammeCommitteeLinked(link.Programme.Id, link.Committee.Id, link.Committee.Name));
        }

        foreach (var link in plan.Accounts)
        {
            var account = link.Account.Copy();
            account.AgencyId = link.Agency.Id;
            account.AgencyName = link.Agency.Name;
            session.Update(account);
            // Signed-in agency users get their agency with their next request (one made before the commit keeps the old account for
            // at most the cache's lifetime).
            AccountCache.Forget(account.Id);
        }
    }

    /// <summary>One pass over a council: committees moved, names matched, links recorded; the report of what is left.</summary>
    public static async Task<MigrationReport> Run(IDocumentSession session, string councilId, CancellationToken cancellation,
        Func<CouncilRecords, MigrationPlan>? planning = null)
    {
        var records = await Read(session, councilId, cancellation);
        records = records with { Committees = await MoveCommittees(session, councilId, records.Committees, cancellation) };
        var plan = (planning ?? (found => Plan(found.Programmes, found.Accounts, found.Agencies, found.Committees)))(records);
        await Apply(session, plan, cancellation);
        session.Store(new DirectoryMatched { Id = councilId, On = DateTimeOffset.UtcNow });
        return new MigrationReport(plan.UnmatchedAgencies, plan.UnmatchedCommittees, 0, plan.Links);
    }

    /// <summary>What is left unmatched now, and how many names a pass would link (after the directory was completed).</summary>
    public static async Task<MigrationReport> Report(IQuerySession session, string councilId, CancellationToken cancellation)
    {
        var records = await Read(session, councilId, cancellation);
        var plan = Plan(records.Programmes, records.Accounts, records.Agencies, records.Committees);
        var pendingCommittees = (await session.LoadAsync<Council>(councilId, cancellation))?.Committees.Count ?? 0;
        return new MigrationReport(plan.UnmatchedAgencies, plan.UnmatchedCommittees, plan.Links + pendingCommittees, 0);
    }

    sealed class Unmatched
    {
        readonly Dictionary<string, (string Name, HashSet<string> Candidates, List<NameUse> Uses)> names = [];

        public void Add(string name, IEnumerable<string> candidates, NameUse use)
        {
            var key = DirectoryNames.Key(name);
            if (!names.TryGetValue(key, out var entry))
            {
                entry = names[key] = (name, [], []);
            }

            entry.Candidates.UnionWith(candidates);
            if (!entry.Uses.Contains(use))
            {
                entry.Uses.Add(use);
            }
        }

        public IReadOnlyList<UnmatchedName> Names =>
            [.. names.Values.OrderBy(entry => DirectoryNames.Key(entry.Name)).Select(entry => new UnmatchedName(entry.Name, [.. entry.Candidates.Order()], entry.Uses))];
    }
}

public sealed record CouncilRecords(IReadOnlyList<Programme> Programmes, IReadOnlyList<Account> Accounts, IReadOnlyList<Agency> Agencies,
    IReadOnlyList<Committee> Committees);

/// <summary>That a council's names were matched once (at start-up, each council is matched only until it has one of these).</summary>
public sealed class DirectoryMatched
{
    public string Id { get; set; } = "";

    public DateTimeOffset On { get; set; }
}
