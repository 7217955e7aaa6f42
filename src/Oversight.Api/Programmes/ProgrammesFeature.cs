using JasperFx.Events.Projections;
using Marten;
using Oversight.Accounts;
using Oversight.Hosting;
using Oversight.Programmes.Creating;
using Oversight.Programmes.Deadlines;
using Oversight.Web;

namespace Oversight.Programmes;

public sealed class ProgrammesFeature : Feature
{
    /// <summary>A programme's stream, kept inline as a document of its latest state; the yearly numbering of programmes.</summary>
    public override void Store(StoreOptions options)
    {
        options.Projections.Snapshot<Programme>(SnapshotLifecycle.Inline);
        options.Schema.For<Programme>().Index(programme => programme.Year).Index(programme => programme.Status);
        options.Schema.For<ProgrammeNumbering>().UseOptimisticConcurrency(true);
    }

    public override void Services(IServiceCollection services, IConfiguration configuration) =>
        services.Configure<DeadlineSettings>(configuration.GetSection("Deadlines"));

    /// <summary>
    /// A route's <c>{id}</c> is a programme: it admits the members of its delegation; an <c>{activityId}</c> is one of its sessions,
    /// which admits them and the agency it is held with.
    /// </summary>
    public override void Access()
    {
        AccessTargets.ForRoute("id", AccessTargets.Loading<Programme>());
        AccessTargets.ForRoute("activityId", async (id, session, cancellation) =>
            await Activities.SessionTarget.Load(session, id, cancellation) is { } target ? [target] : []);
    }

    public override IEnumerable<NavigationItem> Navigation =>
    [
        new("Cuộc giám sát", "/cuoc-giam-sat", "programmes", Capability.ViewProgrammes, 10),
        new("Lịch làm việc", "/lich", "calendar", Capability.ViewAddressedWork, 20),
    ];
}
