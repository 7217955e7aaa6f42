using Marten;
using Oversight.Accounts;

namespace Oversight.Councils;

public static class CouncilsConfiguration
{
    /// <summary>Councils, accounts and tokens are looked up before any council is known, so they live outside the tenants.</summary>
    public static StoreOptions AddCouncilsAndAccounts(this StoreOptions options)
    {
        options.Schema.For<Council>().SingleTenanted();
        options.Schema.For<Account>().SingleTenanted().UniqueIndex(account => account.UserName).Index(account => account.CouncilId);
        options.Schema.For<ApiToken>().SingleTenanted().Index(token => token.AccountId);
        return options;
    }
}
