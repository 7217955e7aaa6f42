using System.Text.Json;
using System.Text.Json.Serialization;
using Marten;
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

namespace Oversight.Samples;

/// <summary>
/// Plays sample stories through the same commands the API and pages send, never by writing to the
/// database. A story whose programme (same title and year) already exists is skipped, so loading twice
/// changes nothing.
/// </summary>
public sealed class SamplePlayer(IMessageBus bus, IDocumentStore store, ILogger<SamplePlayer> logger)
{
    static readonly JsonSerializerOptions json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "samples");

    public async Task<int> LoadFolder(string folder, CancellationToken cancellation)
    {
        var loaded = 0;
        foreach (var file in Directory.GetFiles(folder, "*.json").Order())
        {
            await using var stream = File.OpenRead(file);
            var story = await JsonSerializer.DeserializeAsync<SampleStory>(stream, json, cancellation)
                ?? throw new InvalidDataException($"{file} không chứa dữ liệu mẫu.");
            if (await Play(story, cancellation))
            {
                logger.LogInformation("Sample {File} loaded", Path.GetFileName(file));
                loaded++;
            }
        }

        return loaded;
    }

    public async Task<bool> Play(SampleStory story, CancellationToken cancellation)
    {
        await using (var session = store.QuerySession())
        {
            if (await session.Query<Programme>().AnyAsync(p => p.Title == story.Programme.Title && p.Year == story.Programme.Year, cancellation))
            {
                return false;
            }
        }

        var id = Guid.CreateVersion7();
        var sample = story.Programme;
        await bus.InvokeAsync(new CreateProgramme(id, sample.Title, sample.Year, sample.Scope, sample.LegalBases, sample.Body, sample.BodyUnit,
            sample.PeriodUnderReview, sample.Agencies, sample.Origin), cancellation);

        if (story.Delegation is { } delegation)
        {
            await bus.InvokeAsync(new EstablishDelegation(id, delegation.DecisionNumber, delegation.DecisionDate, delegation.Signer, delegation.Members), cancellation);
        }

        if (story.Plan is { } plan)
        {
            var programme = await Load(id, cancellation);
            await bus.InvokeAsync(new SavePlan(id, 0, plan.Purpose, plan.Contents, plan.Methods, plan.OutlineSections,
                [.. plan.ReportDeadlines.Select(deadline => new ReportDeadline(AgencyId(programme, deadline.Agency), deadline.Deadline))], null, plan.AdoptedOn),
                cancellation);
        }

        foreach (var report in story.AgencyReports ?? [])
        {
            var programme = await Load(id, cancellation);
            await bus.InvokeAsync(new RecordAgencyReport(id, AgencyId(programme, report.Agency), report.ReceivedOn, report.DocumentNumber, report.Summary),
                cancellation);
        }

        foreach (var activity in story.Activities ?? [])
        {
            await PlayActivity(id, activity, cancellation);
        }

        if (story.FieldworkEndedOn is { } ended)
        {
            await bus.InvokeAsync(new EndFieldwork(id, ended), cancellation);
        }

        if (story.Report is { } report2)
        {
            await PlayReport(id, report2, cancellation);
        }

        if (story.Conclusion is { } conclusion)
        {
            await bus.InvokeAsync(new IssueConclusion(id, conclusion.Number, conclusion.IssuedOn, conclusion.Remarks), cancellation);
        }

        if (story.StartFollowUp)
        {
            await bus.InvokeAsync(new StartFollowUp(id), cancellation);
        }

        return true;
    }

    async Task PlayActivity(Guid id, SampleActivity activity, CancellationToken cancellation)
    {
        var programme = await Load(id, cancellation);
        var activityId = Guid.CreateVersion7();
        var agencyId = AgencyId(programme, activity.Agency);
        var members = programme.Delegation!.Active.Where(member => member.Role != DelegationRole.Invited).Select(member => member.Id).ToList();
        await bus.InvokeAsync(new ScheduleActivity(id, activityId, activity.Kind, activity.Date, activity.Time, activity.Place, agencyId, members,
            activity.AgencyAttendees, activity.NotifiedOn), cancellation);
        foreach (var finding in activity.Findings ?? [])
        {
            await bus.InvokeAsync(new LogFinding(id, Guid.CreateVersion7(), activityId, MemberId(programme, finding.Author), finding.Kind, agencyId,
                finding.Text, finding.Figures), cancellation);
        }

        if (activity.Minutes is { } minutes)
        {
            await bus.InvokeAsync(new RecordMinutes(id, activityId, minutes.ReportPresented, minutes.Questions, minutes.Explanations, minutes.Acceptances,
                minutes.ConcludingRemarks), cancellation);
        }
    }

    async Task PlayReport(Guid id, SampleReport report, CancellationToken cancellation)
    {
        await bus.InvokeAsync(new AssembleDraftReport(id), cancellation);
        var programme = await Load(id, cancellation);
        if (report.Shortcomings is not null || report.Causes is not null)
        {
            var sections = programme.Report!.Sections;
            await bus.InvokeAsync(new EditDraftReport(id, programme.Report.Version, sections.Overview, sections.Results,
                report.Shortcomings ?? sections.Shortcomings, report.Causes ?? sections.Causes), cancellation);
        }

        foreach (var draft in programme.Recommendations)
        {
            await bus.InvokeAsync(new DraftRecommendation(id, draft.Id, draft.AgencyId, draft.CoAgencyIds, draft.Text, report.ProposalsDueDate, draft.FindingIds),
                cancellation);
        }

        foreach (var recommendation in report.Recommendations ?? [])
        {
            await bus.InvokeAsync(new DraftRecommendation(id, Guid.CreateVersion7(), AgencyId(programme, recommendation.Agency),
                [.. (recommendation.CoAgencies ?? []).Select(name => AgencyId(programme, name))], recommendation.Text, recommendation.DueDate, []), cancellation);
        }

        await bus.InvokeAsync(new ApproveDraftReport(id, programme.Delegation!.Head!.Id, report.ApprovedOn), cancellation);
    }

    async Task<Programme> Load(Guid id, CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<Programme>(id, cancellation) ?? throw new InvalidOperationException($"Programme {id} was not stored.");
    }

    static Guid AgencyId(Programme programme, string name) =>
        programme.Agencies.FirstOrDefault(agency => agency.Name == name)?.Id
        ?? throw new InvalidDataException($"Dữ liệu mẫu nhắc tới cơ quan “{name}” không có trong danh sách cơ quan chịu giám sát.");

    static Guid MemberId(Programme programme, string name) =>
        programme.Delegation?.Active.FirstOrDefault(member => member.Name == name)?.Id
        ?? throw new InvalidDataException($"Dữ liệu mẫu nhắc tới “{name}” không có trong Đoàn giám sát.");
}
