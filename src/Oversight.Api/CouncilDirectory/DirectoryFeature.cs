using Marten;
using Oversight.Accounts;
using Oversight.CouncilDirectory.Migration;
using Oversight.Hosting;
using Oversight.Web;

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

    public override IEnumerable<NavigationItem> Navigation => [new("Danh bạ", "/danh-ba", "directory", Capability.ManageDirectory, 65)];
}
