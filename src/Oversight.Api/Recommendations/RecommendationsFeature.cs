using JasperFx.Events.Projections;
using Marten;
using Oversight.Accounts;
using Oversight.Hosting;
using Oversight.Programmes;
using Oversight.Recommendations.FollowUp;
using Oversight.Recommendations.Register;
using Oversight.Recommendations.Reminders;
using Oversight.Web;

namespace Oversight.Recommendations;

public sealed class RecommendationsFeature : Feature
{
    /// <summary>Each recommendation is a stream of its own, kept inline as a document and as a slim register entry; evidence files by recommendation.</summary>
    public override void Store(StoreOptions options)
    {
        options.Projections.Snapshot<Recommendation>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<RegisterEntry>(SnapshotLifecycle.Inline);
        options.Schema.For<Recommendation>().Index(recommendation => recommendation.ProgrammeId);
        options.Schema.For<RegisterEntry>().Index(entry => entry.ProgrammeId);
        options.Schema.For<EvidenceFile>().Index(file => file.RecommendationId);
    }

    public override void Services(IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ReminderSettings>(configuration.GetSection("Reminders"));

    /// <summary>
    /// A recommendation admits the agency it is addressed to, and the members of its programme's delegation; its evidence the same. Until the
    /// conclusion issues it, a recommendation is a draft of its programme's report, and that programme decides.
    /// </summary>
    public override void Access()
    {
        AccessTargets.ForRoute("recommendationId", async (id, session, cancellation) =>
            await session.LoadAsync<Recommendation>(id, cancellation) is { } issued
                ? await WithProgramme(Task.FromResult<Recommendation?>(issued), session, cancellation)
                : await session.Query<Programme>().FirstOrDefaultAsync(programme => programme.Recommendations.Any(draft => draft.Id == id), cancellation) is { } drafting
                    ? [drafting]
                    : []);
        AccessTargets.ForRoute("evidenceId", async (id, session, cancellation) =>
            await session.LoadAsync<EvidenceFile>(id, cancellation) is { } evidence
                ? await WithProgramme(session.LoadAsync<Recommendation>(evidence.RecommendationId, cancellation), session, cancellation)
                : []);
    }

    static async Task<IReadOnlyList<IAccessTarget>> WithProgramme(Task<Recommendation?> loading, IQuerySession session, CancellationToken cancellation) =>
        await loading is { } recommendation
            ? await session.LoadAsync<Programme>(recommendation.ProgrammeId, cancellation) is { } programme ? [recommendation, programme] : [recommendation]
            : [];

    public override IEnumerable<NavigationItem> Navigation => [new("Kiến nghị", "/kien-nghi", "recommendations", Capability.ViewAddressedWork, 30)];
}
