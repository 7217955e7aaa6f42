using System.Text.Json;
using System.Text.Json.Serialization;
using Marten;
using Microsoft.AspNetCore.Identity;
using Oversight.Accounts;
using Oversight.Councils;
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

    /// <summary>The sample is recorded as its council's secretariat would record it.</summary>
    Actor player = null!;

    static readonly JsonSerializerOptions json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>
    /// Loads the stories of a folder into their councils (creating the councils and demo accounts of
    /// councils.json), or all of them into one given council.
    /// </summary>
    public async Task<int> LoadFolder(string folder, CancellationToken cancellation, string? intoCouncil = null)
    {
        var councils = intoCouncil is null ? await Read<SampleCouncils>(Path.Combine(folder, CouncilsFile), cancellation) : null;
        if (councils is not null)
        {
            await EnsureCouncils(councils, cancellation);
        }

        var loaded = 0;
        foreach (var file in Directory.GetFiles(folder, "*.json").Where(file => Path.GetFileName(file) != CouncilsFile).Order())
        {
            var story = await Read<SampleStory>(file, cancellation);
            var target = intoCouncil ?? story.Council ?? throw new InvalidDataException($"{file} không ghi dữ liệu thuộc HĐND nào (council).");
            if (await Play(story, target, cancellation))
            {
                logger.LogInformation("Sample {File} loaded", Path.GetFileName(file));
                loaded++;
            }
        }

        if (councils is not null)
        {
            await EnsureAccounts(councils, cancellation);
        }

        return loaded;
    }

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
                session.Update(ChangeCouncilSettingsHandler.Decide(council, new CouncilSettingsChange(null, null, null, null, sample.Officials, sample.Term, sample.Session), law));
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

            // A delegation member's account is the member of that name in the council's sample delegations.
            Guid? id = null;
            if (sample.Member is { } name)
            {
                await using var work = store.QuerySession(sample.Council!);
                var programmes = await work.Query<Programme>().ToListAsync(cancellation);
                id = programmes.SelectMany(programme => programme.Delegation?.Active ?? []).FirstOrDefault(member => member.Name == name)?.Id;
            }

            await CreateAccountHandler.Create(system, new NewAccount(sample.UserName, sample.FullName, sample.Role, sample.Council, sample.Agency, councils.Password),
                session, hasher, TimeProvider.System, cancellation, id);
            await session.SaveChangesAsync(cancellation);
            logger.LogInformation("Demo account {UserName} ({Role}) created", userName, sample.Role);
        }
    }

    public async Task<bool> Play(SampleStory story, string councilId, CancellationToken cancellation)
    {
        // Every command runs in the story's council and is recorded as done by the sample loader.
        council = councilId;
        player = new Actor(Guid.Empty, "samples", "Dữ liệu mẫu", Role.Secretariat, councilId, null);
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
            await bus.SendAsync(player, new EstablishDelegation(id, delegation.DecisionNumber, delegation.DecisionDate, delegation.Signer, delegation.Members, Entered), cancellation: cancellation);
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
        programme.Agencies.FirstOrDefault(agency => agency.Name == name)?.Id
        ?? throw new InvalidDataException($"Dữ liệu mẫu nhắc tới cơ quan “{name}” không có trong danh sách cơ quan chịu giám sát.");

    static Guid MemberId(Programme programme, string name) =>
        programme.Delegation?.Active.FirstOrDefault(member => member.Name == name)?.Id
        ?? throw new InvalidDataException($"Dữ liệu mẫu nhắc tới “{name}” không có trong Đoàn giám sát.");
}
