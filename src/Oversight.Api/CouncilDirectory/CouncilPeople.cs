using Marten;
using Oversight.Accounts;

namespace Oversight.CouncilDirectory;

/// <summary>A person delegations may name: one of the council's accounts, or a person of the directory without one.</summary>
public sealed record PersonView(Guid Id, string FullName, string? Position, bool HasAccount, string? UserName, Role? Role);

/// <summary>The council's people: its staff and members' accounts (enabled, not agencies') and the directory's people without an account.</summary>
public static class CouncilPeople
{
    public static bool MaySitOnDelegations(Account account) =>
        !account.Disabled && account.Role is Role.DelegationMember or Role.Secretariat or Role.CouncilAdministrator;

    public static async Task<IReadOnlyList<PersonView>> Load(IQuerySession session, string? councilId, CancellationToken cancellation)
    {
        var accounts = await session.Query<Account>()
            .Where(account => account.CouncilId == councilId && !account.Disabled
                && (account.Role == Role.DelegationMember || account.Role == Role.Secretariat || account.Role == Role.CouncilAdministrator))
            .ToListAsync(cancellation);
        var persons = await session.Query<DirectoryPerson>().ToListAsync(cancellation);
        return
        [
            .. accounts.Select(account => new PersonView(account.Id, account.FullName, null, true, account.UserName, account.Role))
                .Concat(persons.Select(person => new PersonView(person.Id, person.FullName, person.Position, false, null, null)))
                .OrderBy(person => DirectoryNames.Key(person.FullName)),
        ];
    }
}
