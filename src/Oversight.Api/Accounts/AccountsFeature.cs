using Marten;
using Oversight.Hosting;
using Oversight.Web;

namespace Oversight.Accounts;

public sealed class AccountsFeature : Feature
{
    /// <summary>Accounts and tokens are looked up at sign-in, before any council is known, so they live outside the tenants.</summary>
    public override void Store(StoreOptions options)
    {
        options.Schema.For<Account>().SingleTenanted().UniqueIndex(account => account.UserName).Index(account => account.CouncilId);
        options.Schema.For<ApiToken>().SingleTenanted().Index(token => token.AccountId);
    }

    public override IEnumerable<NavigationItem> Navigation => [new("Quản trị", "/quan-tri", "admin", Capability.ManageAccounts, 70)];
}
