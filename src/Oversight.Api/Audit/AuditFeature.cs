using Marten;
using Oversight.Accounts;
using Oversight.Hosting;
using Oversight.Web;

namespace Oversight.Audit;

public sealed class AuditFeature : Feature
{
    public override void Store(StoreOptions options) => CouncilEventsIndex.AddTo(options);

    public override IEnumerable<NavigationItem> Navigation => [new("Nhật ký", "/nhat-ky", "audit", Capability.ViewAudit, 60)];
}
