using Marten;
using Oversight.CouncilDirectory.Migration;
using Oversight.Hosting;

namespace Oversight.CouncilDirectory;

public sealed class DirectoryFeature : Feature
{
    /// <summary>Agencies, committees and people are documents of each council; the record of a council's first matching lives outside the tenants.</summary>
    public override void Store(StoreOptions options)
    {
        options.Schema.For<Agency>();
        options.Schema.For<Committee>();
        options.Schema.For<DirectoryPerson>();
        options.Schema.For<DirectoryMatched>().SingleTenanted();
    }

    public override void Services(IServiceCollection services, IConfiguration configuration) => services.AddHostedService<MatchingAtStart>();
}
