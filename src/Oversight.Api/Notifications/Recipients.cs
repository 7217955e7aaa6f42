using Marten;
using Oversight.Accounts;
using Oversight.Programmes;

namespace Oversight.Notifications;

/// <summary>
/// Who the accounts behind a role in the work are: the one place that turns an agency, a delegation member, the head of
/// delegation or the council's secretariat into the accounts that are told. It matches as the rest of the app does today
/// (<see cref="Access"/>): an agency user by the agency name the account names, a member by the account the delegation
/// lists under the member's id.
/// </summary>
public sealed class Recipients
{
    readonly IReadOnlyList<Account> accounts;

    Recipients(IReadOnlyList<Account> accounts) => this.accounts = accounts;

    /// <summary>The enabled accounts of the council the session works in.</summary>
    public static async Task<Recipients> Of(IQuerySession session, CancellationToken cancellation)
    {
        var council = session.TenantId;
        return new Recipients(await session.Query<Account>().Where(account => account.CouncilId == council && !account.Disabled).ToListAsync(cancellation));
    }

    /// <summary>The council's staff who run the work: the secretariat (văn phòng) and the council's administrators.</summary>
    public IReadOnlyList<Account> Secretariat => [.. accounts.Where(account => account.Role is Role.Secretariat or Role.CouncilAdministrator)];

    /// <summary>The accounts of a supervised agency of the directory (an agency not yet matched with it has nobody to tell).</summary>
    public IReadOnlyList<Account> Agency(Guid? directoryAgencyId) =>
        directoryAgencyId is null ? [] : [.. accounts.Where(account => account.Role == Role.AgencyUser && account.AgencyId == directoryAgencyId)];

    /// <summary>The accounts of these delegation members (members without an account are told nothing).</summary>
    public IReadOnlyList<Account> Members(IEnumerable<Guid> memberIds)
    {
        var ids = memberIds.ToHashSet();
        return [.. accounts.Where(account => account.Role == Role.DelegationMember && ids.Contains(account.Id))];
    }

    /// <summary>The accounts of the delegation's active members.</summary>
    public IReadOnlyList<Account> Delegation(Programme programme) => Members(programme.Delegation?.Active.Select(member => member.Id) ?? []);

    public IReadOnlyList<Account> Head(Programme programme) => Members(programme.Delegation?.Head is { } head ? [head.Id] : []);

    /// <summary>The delegation's secretary (thư ký Đoàn), when the delegation has one with an account.</summary>
    public IReadOnlyList<Account> DelegationSecretary(Programme programme) =>
        Members(programme.Delegation?.Active.Where(member => member.Role == DelegationRole.Secretary).Select(member => member.Id) ?? []);

    public IReadOnlyList<Account> Account(Guid accountId) => [.. accounts.Where(account => account.Id == accountId)];
}
