using Marten;
using Microsoft.AspNetCore.Mvc;
using Oversight.Accounts;
using Oversight.Programmes;
using Oversight.Programmes.Delegations;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.Programmes;

public sealed class DelegationModel(IQuerySession session, IMessageBus bus) : ProgrammePage(session, bus)
{
    [BindProperty] public string? DecisionNumber { get; set; }
    [BindProperty] public DateOnly? DecisionDate { get; set; }
    [BindProperty] public string? Signer { get; set; }
    [BindProperty] public string? HeadName { get; set; }
    [BindProperty] public string? HeadPosition { get; set; }
    [BindProperty] public string? DeputyName { get; set; }
    [BindProperty] public string? DeputyPosition { get; set; }
    [BindProperty] public string? SecretaryName { get; set; }
    [BindProperty] public string? SecretaryPosition { get; set; }
    [BindProperty] public string? Members { get; set; }
    [BindProperty] public string? Invited { get; set; }

    /// <summary>The council's delegation member accounts: a member linked to one may log findings on this programme.</summary>
    public IReadOnlyList<Account> MemberAccounts { get; private set; } = [];

    protected override async Task<bool> PrepareAsync()
    {
        var council = Actor.Of(User).CouncilId;
        MemberAccounts = await Session.Query<Account>()
            .Where(account => account.CouncilId == council && account.Role == Role.DelegationMember && !account.Disabled)
            .OrderBy(account => account.FullName).ToListAsync(HttpContext.RequestAborted);
        return true;
    }

    public Task<IActionResult> OnPostEstablishAsync()
    {
        var members = new List<NewMember> { new(HeadName, HeadPosition, DelegationRole.Head) };
        if (!string.IsNullOrWhiteSpace(DeputyName))
        {
            members.Add(new NewMember(DeputyName, DeputyPosition, DelegationRole.DeputyHead));
        }

        if (!string.IsNullOrWhiteSpace(SecretaryName))
        {
            members.Add(new NewMember(SecretaryName, SecretaryPosition, DelegationRole.Secretary));
        }

        members.AddRange(People(Members, DelegationRole.Member));
        members.AddRange(People(Invited, DelegationRole.Invited));
        return Run(new EstablishDelegation(Id, DecisionNumber, DecisionDate, Signer, members, DateReason));
    }

    public Task<IActionResult> OnPostAddAsync(string? name, string? position, DelegationRole role, string? reason, Guid? accountId) =>
        Run(new AddMember(Id, new NewMember(name, position, role, accountId), reason));

    public Task<IActionResult> OnPostRemoveAsync(Guid memberId, string? reason) => Run(new RemoveMember(Id, memberId, reason));

    /// <summary>"Họ tên, chức vụ" per line: the name is what comes before the first comma.</summary>
    static IEnumerable<NewMember> People(string? lines, DelegationRole role) =>
        Forms.Lines(lines).Select(line => line.Split(',', 2, StringSplitOptions.TrimEntries))
            .Select(parts => new NewMember(parts[0], parts.Length > 1 ? parts[1] : null, role));
}
