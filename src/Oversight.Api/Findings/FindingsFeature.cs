using JasperFx.Events.Projections;
using Marten;
using Oversight.Accounts;
using Oversight.Hosting;
using Oversight.Programmes;

namespace Oversight.Findings;

public sealed class FindingsFeature : Feature
{
    /// <summary>Each finding is a stream of its own (members logging at once never contend), kept inline as a document.</summary>
    public override void Store(StoreOptions options)
    {
        options.Projections.Snapshot<Finding>(SnapshotLifecycle.Inline);
        options.Schema.For<Finding>().Index(finding => finding.ProgrammeId);
    }

    /// <summary>A finding belongs to its programme: that programme's delegation decides who may act on it.</summary>
    public override void Access()
    {
        AccessTargets.ForRecord<Finding>(async (finding, session, cancellation) =>
            await session.LoadAsync<Programme>(finding.ProgrammeId, cancellation) is { } programme ? [programme] : []);
        AccessTargets.ForRoute("findingId", AccessTargets.Loading<Finding>());
    }
}
