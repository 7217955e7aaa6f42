using Oversight.Accounts;
using Marten;
using Microsoft.AspNetCore.Mvc;
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
        return Run(Capability.ManageProgrammes, new EstablishDelegation(Id, DecisionNumber, DecisionDate, Signer, members));
    }

    public Task<IActionResult> OnPostAddAsync(string? name, string? position, DelegationRole role, string? reason) =>
        Run(Capability.ManageProgrammes, new AddMember(Id, new NewMember(name, position, role), reason));

    public Task<IActionResult> OnPostRemoveAsync(Guid memberId, string? reason) => Run(Capability.ManageProgrammes, new RemoveMember(Id, memberId, reason));

    /// <summary>"Họ tên, chức vụ" per line: the name is what comes before the first comma.</summary>
    static IEnumerable<NewMember> People(string? lines, DelegationRole role) =>
        Labels.Lines(lines).Select(line => line.Split(',', 2, StringSplitOptions.TrimEntries))
            .Select(parts => new NewMember(parts[0], parts.Length > 1 ? parts[1] : null, role));
}
