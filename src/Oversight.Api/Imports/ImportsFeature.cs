using Marten;
using Oversight.Hosting;

namespace Oversight.Imports;

public sealed class ImportsFeature : Feature
{
    /// <summary>The files kept between an upload and its import (what an import creates lives in the programmes' and recommendations' streams).</summary>
    public override void Store(StoreOptions options) => options.Schema.For<PendingImport>().Index(pending => pending.StagedAt);
}
