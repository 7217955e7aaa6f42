using Marten;
using Microsoft.AspNetCore.Mvc;
using Oversight.Accounts;
using Oversight.CouncilDirectory;
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
    [BindProperty] public Guid? HeadPersonId { get; set; }
    [BindProperty] public Guid? DeputyPersonId { get; set; }
    [BindProperty] public Guid? SecretaryPersonId { get; set; }
    [BindProperty] public List<Guid> MemberPersonIds { get; set; } = [];
    [BindProperty] public string? Members { get; set; }
    [BindProperty] public string? Invited { get; set; }

    /// <summary>The council's people (its accounts, and the directory's people without one): a member picked by their account may log findings here.</summary>
    public IReadOnlyList<PersonView> People { get; private set; } = [];

    public PickList Picker(string id, string name, string label, Guid? selected) =>
        new(id, name, label, DirectoryPicks.People(People, selected is { } one ? [one] : []), Empty: "(ghi họ tên bên cạnh)");

    public PickList MembersPicker => new("members", "MemberPersonIds", "Thành viên (chọn trong danh bạ; giữ Ctrl để chọn nhiều)",
        DirectoryPicks.People(People, MemberPersonIds), Multiple: true);

    protected override async Task<bool> PrepareAsync()
    {
        People = await CouncilPeople.Load(Session, Actor.Of(User).CouncilId, HttpContext.RequestAborted);
        return true;
    }

    public Task<IActionResult> OnPostEstablishAsync()
    {
        var members = new List<NewMember> { new(HeadName, HeadPosition, DelegationRole.Head, HeadPersonId) };
        if (!string.IsNullOrWhiteSpace(DeputyName) || DeputyPersonId is not null)
        {
            members.Add(new NewMember(DeputyName, DeputyPosition, DelegationRole.DeputyHead, DeputyPersonId));
        }

        if (!string.IsNullOrWhiteSpace(SecretaryName) || SecretaryPersonId is not null)
        {
            members.Add(new NewMember(SecretaryName, SecretaryPosition, DelegationRole.Secretary, SecretaryPersonId));
        }

        members.AddRange(MemberPersonIds.Distinct().Select(person => new NewMember(null, null, DelegationRole.Member, person)));
        members.AddRange(Typed(Members, DelegationRole.Member));
        members.AddRange(Typed(Invited, DelegationRole.Invited));
        return Run(new EstablishDelegation(Id, DecisionNumber, DecisionDate, Signer, members, DateReason));
    }

    public Task<IActionResult> OnPostAddAsync(string? name, string? position, DelegationRole role, string? reason, Guid? personId) =>
        Run(new AddMember(Id, new NewMember(name, position, role, personId), reason));

    public Task<IActionResult> OnPostRemoveAsync(Guid memberId, string? reason) => Run(new RemoveMember(Id, memberId, reason));

    /// <summary>"Họ tên, chức vụ" per line: the name is what comes before the first comma.</summary>
    static IEnumerable<NewMember> Typed(string? lines, DelegationRole role) =>
        Forms.Lines(lines).Select(line => line.Split(',', 2, StringSplitOptions.TrimEntries))
            .Select(parts => new NewMember(parts[0], parts.Length > 1 ? parts[1] : null, role));
}
