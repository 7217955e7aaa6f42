using System.Text.Json;
using System.Text.Json.Serialization;
using Marten;
using Microsoft.AspNetCore.Identity;
using Oversight.Accounts;
using Oversight.Councils;
using Oversight.CouncilDirectory;
using Oversight.CouncilDirectory.Agencies;
using Oversight.CouncilDirectory.Committees;
using Oversight.CouncilDirectory.People;
using Oversight.Documents;
using Oversight.Findings;
using Oversight.Programmes;
using Oversight.Programmes.Activities;
using Oversight.Programmes.AgencyReports;
using Oversight.Programmes.Creating;
using Oversight.Programmes.Delegations;
using Oversight.Programmes.Fieldwork;
using Oversight.Programmes.Lifecycle;
using Oversight.Programmes.Planning;
using Oversight.Programmes.Reporting;
using Wolverine;
using Wolverine.Runtime;

namespace Oversight.Samples;

/// <summary>
/// Plays sample stories through the same commands the API and pages send, never by writing to the
/// database. A story whose programme (same title and year) already exists is skipped, so loading twice
/// changes nothing.
/// </summary>
public sealed class SamplePlayer(IMessageBus bus, IDocumentStore store, IPasswordHasher<Account> hasher, Oversight.Documents.LegalBases law, ILogger<SamplePlayer> logger)
{
    public const string CouncilsFile = "councils.json";

    string council = "";

    /// <summary>Why the samples' dates are in the past: they are programmes carried out earlier, entered afterwards.</summary>
    const string Entered = "Nhập hồ sơ của cuộc giám sát đã thực hiện (dữ liệu mẫu).";

    Actor player = null!;

    static readonly JsonSerializerOptions json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>
    /// Loads the stories of a folder into their councils (creating the councils and demo accounts of
    /// councils.json), or all of them into one given council. Each council's directory gets what its stories
    /// name first (agencies and committees, then the accounts that may belong to those agencies, then the
    /// people without an account whom no account already is), and the stories name them by id.
    /// </summary>
    public async Task<int> LoadFolder(string folder, CancellationToken cancellation, string? intoCouncil = null)
    {
        var councils = intoCouncil is null ? await Read<SampleCouncils>(Path.Combine(folder, CouncilsFile), cancellation) : null;
        if (councils is not null)
        {
            await EnsureCouncils(councils, cancellation);
        }

        var stories = new List<(string File, SampleStory Story, string Council)>();
        foreach (var file in Directory.GetFiles(folder, "*.json").Where(file => Path.GetFileName(file) != CouncilsFile).Order())
        {
            var story = await Read<SampleStory>(file, cancellation);
            stories.Add((file, story, intoCouncil ?? story.Council ?? throw new InvalidDataException($"{file} không ghi dữ liệu thuộc HĐND nào (council).")));
        }

        foreach (var (_, story, target) in stories)
        {
            await EnsureAgencies(story.Directory, target, cancellation);
        }

        if (councils is not null)
        {
            await EnsureAccounts(councils, cancellation);
        }

        var loaded = 0;
        foreach (var (file, story, target) in stories)
        {
            await EnsurePeople(story.Directory, target, cancellation);
            if (await Play(story, target, cancellation))
            {
                logger.LogInformation("Sample {File} loaded", Path.GetFileName(file));
                loaded++;
            }
        }

        return loaded;
    }

    /// <summary>The agencies and committees a story names, added to its council's directory unless one of their names is there already.</summary>
    async Task EnsureAgencies(SampleDirectory? directory, string councilId, CancellationToken cancellation)
    {
        var actor = Player(councilId);
        foreach (var agency in directory?.Agencies ?? [])
        {
            var known = await Known<Agency>(councilId, cancellation);
            if (agency.Names().Any(name => DirectoryNames.Match(name, known).Candidates.Count > 0))
            {
                continue;
            }

            var parent = agency.Parent is { } name ? DirectoryNames.Match(name, known).Found?.Id : null;
            await bus.SendAsync(actor, new AddAgency(Guid.CreateVersion7(),
                new AgencyDetails(agency.Name, agency.ShortName, agency.Aliases, agency.Level, parent, agency.Emails)), cancellation: cancellation);
        }

        foreach (var committee in directory?.Committees ?? [])
        {
            if (DirectoryNames.Match(committee, await Known<Committee>(councilId, cancellation)).Candidates.Count == 0)
            {
                await bus.SendAsync(actor, new AddCommittee(Guid.CreateVersion7(), new CommitteeDetails(committee, null)), cancellation: cancellation);
            }
        }
    }

    /// <summary>The people a story names who are neither an account of the council nor in its directory yet.</summary>
    async Task EnsurePeople(SampleDirectory? directory, string councilId, CancellationToken cancellation)
    {
        foreach (var person in directory?.People ?? [])
        {
            if (DirectoryNames.Match(person.FullName ?? "", await People(councilId, cancellation), known => [known.FullName]).Candidates.Count == 0)
            {
                await bus.SendAsync(Player(councilId), new AddPerson(Guid.CreateVersion7(), person), cancellation: cancellation);
            }
        }
    }

    async Task<IReadOnlyList<T>> Known<T>(string councilId, CancellationToken cancellation) where T : notnull
    {
        await using var session = store.QuerySession(councilId);
        return await session.Query<T>().ToListAsync(cancellation);
    }

    async Task<IReadOnlyList<PersonView>> People(string councilId, CancellationToken cancellation)
    {
        await using var session = store.QuerySession(councilId);
        return await CouncilPeople.Load(session, councilId, cancellation);
    }

    /// <summary>The sample is recorded as its council's secretariat would record it.</summary>
    static Actor Player(string councilId) => new(Guid.Empty, "samples", "Dữ liệu mẫu", Role.Secretariat, councilId, null);

    static async Task<T> Read<T>(string file, CancellationToken cancellation)
    {
        await using var stream = File.OpenRead(file);
        return await JsonSerializer.DeserializeAsync<T>(stream, json, cancellation) ?? throw new InvalidDataException($"{file} không chứa dữ liệu mẫu.");
    }

    async Task EnsureCouncils(SampleCouncils councils, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        // Provinces first: a commune names its province.
        foreach (var sample in councils.Councils.OrderBy(sample => sample.Level))
        {
            if (await session.LoadAsync<Council>(sample.Id, cancellation) is null)
            {
                var council = await AddCouncilHandler.Add(new AddCouncil(sample.Id, sample.Name, sample.Place, sample.Level, sample.ProvinceId, sample.Committees),
                    session, TimeProvider.System, cancellation);
                await session.SaveChangesAsync(cancellation);
                // A new council's directory is empty: a Ban its officials name is one of the committees it was added with.
                session.Update(ChangeCouncilSettingsHandler.Decide(council, new CouncilSettingsChange(null, null, null, sample.Officials, sample.Term, sample.Session), law,
                    []));
                await session.SaveChangesAsync(cancellation);
            }
        }
    }

    async Task EnsureAccounts(SampleCouncils councils, CancellationToken cancellation)
    {
        var system = new Actor(Guid.Empty, "samples", "Dữ liệu mẫu", Role.SystemAdministrator, null, null);
        await using var session = store.LightweightSession();
        foreach (var sample in councils.Accounts)
        {
            var userName = Account.Normalise(sample.UserName);
            if (await session.Query<Account>().AnyAsync(account => account.UserName == userName, cancellation))
            {
                continue;
            }

            await CreateAccountHandler.Create(system, new NewAccount(sample.UserName, sample.FullName, sample.Role, sample.Council, sample.Agency, councils.Password),
                session, hasher, TimeProvider.System, cancellation);
            await session.SaveChangesAsync(cancellation);
            logger.LogInformation("Demo account {UserName} ({Role}) created", userName, sample.Role);
        }
    }

    public async Task<bool> Play(SampleStory story, string councilId, CancellationToken cancellation)
    {
        // Every command runs in the story's council and is recorded as done by the sample loader.
        council = councilId;
        player = Player(councilId);
        await using (var session = store.QuerySession(council))
        {
            if (await session.Query<Programme>().AnyAsync(p => p.Title == story.Programme.Title && p.Year == story.Programme.Year, cancellation))
            {
                return false;
            }
        }

        var id = Guid.CreateVersion7();
        var sample = story.Programme;
        await bus.SendAsync(player, new CreateProgramme(id, sample.Title, sample.Year, sample.Scope, sample.LegalBases, sample.Body, sample.BodyUnit,
            sample.PeriodUnderReview, sample.Agencies, sample.Origin), cancellation: cancellation);

        if (story.Delegation is { } delegation)
        {
            // Members are the council's people of that name (an account, or the directory's), picked by id; the others as written.
            var people = await People(councilId, cancellation);
            var members = delegation.Members.Select(member => member.Role != DelegationRole.Invited
                && DirectoryNames.Match(member.Name ?? "", people, person => [person.FullName]).Found is { } person ? member with { PersonId = person.Id } : member);
            await bus.SendAsync(player, new EstablishDelegation(id, delegation.DecisionNumber, delegation.DecisionDate, delegation.Signer, [.. members], Entered),
                cancellation: cancellation);
        }

        if (story.Plan is { } plan)
        {
            var programme = await Load(id, cancellation);
            await bus.SendAsync(player, new SavePlan(id, 0, plan.Purpose, plan.Contents, plan.Methods, plan.OutlineSections,
                [.. plan.ReportDeadlines.Select(deadline => new ReportDeadline(AgencyId(programme, deadline.Agency), deadline.Deadline))], null, plan.AdoptedOn, Entered),
                cancellation: cancellation);
            if (plan.Issued)
            {
                await bus.SendAsync(player, new IssueDocument(id, Guid.CreateVersion7(), ProgrammeDocuments.PlanTemplate, plan.AdoptedOn, Entered), cancellation: cancellation);
            }
        }

        foreach (var report in story.AgencyReports ?? [])
        {
            var programme = await Load(id, cancellation);
            await bus.SendAsync(player, new RecordAgencyReport(id, AgencyId(programme, report.Agency), report.ReceivedOn, report.DocumentNumber, report.Summary, Entered),
                cancellation: cancellation);
        }

        foreach (var activity in story.Activities ?? [])
        {
            await PlayActivity(id, activity, cancellation);
        }

        if (story.FieldworkEndedOn is { } ended)
        {
            await bus.SendAsync(player, new EndFieldwork(id, ended, Entered), cancellation: cancellation);
        }

        if (story.Report is { } report2)
        {
            await PlayReport(id, report2, cancellation);
        }

        if (story.Conclusion is { } conclusion)
        {
            await bus.SendAsync(player, new IssueConclusion(id, conclusion.Number, conclusion.IssuedOn, conclusion.Remarks, Entered), cancellation: cancellation);
        }

        if (story.StartFollowUp)
        {
            await bus.SendAsync(player, new StartFollowUp(id), cancellation: cancellation);
        }

        if (story.Hearing is { } hearing)
        {
            await Hearings.HearingSample.Play(bus, store, player, hearing, Entered, cancellation);
        }

        if (story.Questioning is { } questioning)
        {
            await Questioning.QuestioningSample.Play(bus, store, player, questioning, Entered, cancellation);
        }

        return true;
    }

    async Task PlayActivity(Guid id, SampleActivity activity, CancellationToken cancellation)
    {
        var programme = await Load(id, cancellation);
        var activityId = Guid.CreateVersion7();
        var agencyId = AgencyId(programme, activity.Agency);
        var members = programme.Delegation!.Active.Where(member => member.Role != DelegationRole.Invited).Select(member => member.Id).ToList();
        await bus.SendAsync(player, new ScheduleActivity(id, activityId, activity.Kind, activity.Date, activity.Time, activity.Place, agencyId, members,
            activity.AgencyAttendees, activity.NotifiedOn, Entered), cancellation: cancellation);
        foreach (var finding in activity.Findings ?? [])
        {
            await bus.SendAsync(player, new LogFinding(id, Guid.CreateVersion7(), activityId, MemberId(programme, finding.Author), finding.Kind, agencyId,
                finding.Text, finding.Figures), cancellation: cancellation);
        }

        if (activity.Minutes is { } minutes)
        {
            await bus.SendAsync(player, new RecordMinutes(id, activityId, minutes.ReportPresented, minutes.Questions, minutes.Explanations, minutes.Acceptances,
                minutes.ConcludingRemarks, minutes.EndTime, minutes.AgencyRepresentative), cancellation: cancellation);
        }
    }

    async Task PlayReport(Guid id, SampleReport report, CancellationToken cancellation)
    {
        await bus.SendAsync(player, new AssembleDraftReport(id), cancellation: cancellation);
        var programme = await Load(id, cancellation);
        if (report.Shortcomings is not null || report.Causes is not null)
        {
            var sections = programme.Report!.Sections;
            await bus.SendAsync(player, new EditDraftReport(id, programme.Report.Version, sections.Overview, sections.Results,
                report.Shortcomings ?? sections.Shortcomings, report.Causes ?? sections.Causes), cancellation: cancellation);
        }

        foreach (var draft in programme.Recommendations)
        {
            await bus.SendAsync(player, new DraftRecommendation(id, draft.Id, draft.AgencyId, draft.CoAgencyIds, draft.Text, report.ProposalsDueDate, draft.FindingIds),
                cancellation: cancellation);
        }

        foreach (var recommendation in report.Recommendations ?? [])
        {
            await bus.SendAsync(player, new DraftRecommendation(id, Guid.CreateVersion7(), AgencyId(programme, recommendation.Agency),
                [.. (recommendation.CoAgencies ?? []).Select(name => AgencyId(programme, name))], recommendation.Text, recommendation.DueDate, []), cancellation: cancellation);
        }

        await bus.SendAsync(player, new ApproveDraftReport(id, programme.Delegation!.Head!.Id, report.ApprovedOn, Entered), cancellation: cancellation);
    }

    async Task<Programme> Load(Guid id, CancellationToken cancellation)
    {
        await using var session = store.QuerySession(council);
        return await session.LoadAsync<Programme>(id, cancellation) ?? throw new InvalidOperationException($"Programme {id} was not stored.");
    }

    static Guid AgencyId(Programme programme, string name) =>
        programme.Agencies.FirstOrDefault(agency => DirectoryNames.Key(agency.Name) == DirectoryNames.Key(name))?.Id
        ?? throw new InvalidDataException($"Dữ liệu mẫu nhắc tới cơ quan “{name}” không có trong danh sách cơ quan chịu giám sát.");

    static Guid MemberId(Programme programme, string name) =>
        programme.Delegation?.Active.FirstOrDefault(member => member.Name == name)?.Id
        ?? throw new InvalidDataException($"Dữ liệu mẫu nhắc tới “{name}” không có trong Đoàn giám sát.");
}
