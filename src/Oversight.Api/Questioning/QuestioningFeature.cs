using JasperFx.Events.Projections;
using Marten;
using Oversight.Accounts;
using Oversight.Hosting;
using Oversight.Web;

namespace Oversight.Questioning;

/// <summary>Questioning (chất vấn): a stream per questioning kept inline, the yearly numbering, and the questioning as the record deciding access.</summary>
public sealed class QuestioningFeature : Feature
{
    public override void Store(StoreOptions options)
    {
        options.Projections.Snapshot<Questioning>(SnapshotLifecycle.Inline);
        options.Schema.For<QuestioningNumbering>().UseOptimisticConcurrency(true);
    }

    /// <summary>A route's <c>{questioningId}</c> is a questioning: it admits deputies and the agencies its questions ask.</summary>
    public override void Access() => AccessTargets.ForRoute("questioningId", AccessTargets.Loading<Questioning>());

    public override IEnumerable<NavigationItem> Navigation => [new("Chất vấn", "/chat-van", "questioning", Capability.ViewAddressedWork, 36)];
}
