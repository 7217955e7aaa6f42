using Marten;
using Oversight.Hosting;

namespace Oversight.Audit;

public sealed class AuditFeature : Feature
{
    public override void Store(StoreOptions options) => CouncilEventsIndex.AddTo(options);
}
