using JasperFx.Events.Projections;
using Marten;
using Oversight.Accounts;
using Oversight.Hosting;
using Oversight.Web;

namespace Oversight.Hearings;

/// <summary>
/// Explanation hearings (phiên giải trình): a stream per hearing kept inline as a document, the yearly numbering, and the
/// hearing as the record that decides who reaches it. Its commitments become recommendations of the Recommendations feature.
/// </summary>
public sealed class HearingsFeature : Feature
{
    public override void Store(StoreOptions options)
    {
        options.Projections.Snapshot<Hearing>(SnapshotLifecycle.Inline);
        options.Schema.For<HearingNumbering>().UseOptimisticConcurrency(true);
    }

    /// <summary>A route's <c>{hearingId}</c> is a hearing: it admits deputies and the agencies it summons.</summary>
    public override void Access() => AccessTargets.ForRoute("hearingId", AccessTargets.Loading<Hearing>());

    public override IEnumerable<NavigationItem> Navigation => [new("Giải trình", "/giai-trinh", "hearings", Capability.ViewAddressedWork, 35)];
}
