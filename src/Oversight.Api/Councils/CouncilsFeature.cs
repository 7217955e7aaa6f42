using Marten;
using Oversight.Hosting;

namespace Oversight.Councils;

public sealed class CouncilsFeature : Feature
{
    public const string Tag = "Hội đồng nhân dân";

    /// <summary>Councils are looked up before any council is known, so they live outside the tenants.</summary>
    public override void Store(StoreOptions options) => options.Schema.For<Council>().SingleTenanted();
}
