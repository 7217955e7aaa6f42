using Marten;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Programmes.Delegations;

/// <summary>
/// A member to add. <c>PersonId</c> picks them from the council's people (the directory): one of its accounts, which gives the
/// member rights on the programme, or a person without one; the name and position, left blank, are the person's. A member
/// without one (a representative of a committee, a guest) is named as typed.
/// </summary>
public sealed record NewMember(string? Name, string? Position, DelegationRole Role, Guid? PersonId = null);

/// <summary>Records the decision (or resolution) establishing the delegation, with its members.</summary>
[Requires(ProgrammeAction.EstablishDelegation)]
public sealed record EstablishDelegation([SetByServer] Guid ProgrammeId, [Example("15/QĐ-HĐND")] string? DecisionNumber, DateOnly? DecisionDate,
    [Example("Trần Văn Minh")] string? Signer, IReadOnlyList<NewMember>? Members,
    string? DateReason = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã ghi nhận quyết định thành lập Đoàn giám sát.";
}

public static class EstablishDelegationHandler
{
    public static DelegationEstablished Decide(Programme programme, EstablishDelegation command, DateOnly today, Actor actor, IReadOnlyList<PersonView> people)
    {
        programme.Ensure(ProgrammeAction.EstablishDelegation);
        var members = (command.Members ?? []).Select(member => MemberChecks.Link(member, people)).ToList();
        var checks = new Checks().Identifier(command.DecisionNumber, "decisionNumber", "số quyết định thành lập Đoàn", 100);
        var decided = checks.Happened("decisionDate", "ngày ban hành quyết định", command.DecisionDate, command.DateReason, today, actor, required: true);
        checks.Identifier(command.Signer, "signer", "người ký quyết định", 200)
            .Require(members.Count(member => member.Role == DelegationRole.Head) == 1, "members", "Đoàn phải có đúng một Trưởng đoàn.")
            .Require(members.Count(member => member.Role == DelegationRole.DeputyHead) <= 1, "members", "Đoàn chỉ có tối đa một Phó trưởng đoàn.")
            .Require(members.Count <= 100, "members", "Đoàn có tối đa 100 người.");
        MemberChecks.Check(checks, members, people);
        checks.ThrowIfAny();

        return new DelegationEstablished(programme.Id, command.DecisionNumber!, decided.On, command.Signer!,
            [.. members.Select(MemberChecks.ToMember)], decided.Reason);
    }

    public static async Task<DelegationEstablished> Handle(EstablishDelegation command, [WriteTarget] Programme programme, Actor actor, TimeProvider clock,
        IQuerySession session, CancellationToken cancellation) =>
        Decide(programme, command, VietnamTime.Today(clock), actor, await CouncilPeople.Load(session, actor.CouncilId, cancellation));
}

public static class MemberChecks
{
    /// <summary>
    /// The member as the person picked makes them: the name and position the command leaves blank are the person's. A guest
    /// (<see cref="DelegationRole.Invited"/>) picked by their account is not linked to it: an invitation gives no rights on the programme.
    /// </summary>
    public static NewMember Link(NewMember member, IReadOnlyList<PersonView> people) =>
        member.PersonId is { } id && people.FirstOrDefault(person => person.Id == id) is { } person
            ? member with
            {
                Name = string.IsNullOrWhiteSpace(member.Name) ? person.FullName : member.Name,
                Position = string.IsNullOrWhiteSpace(member.Position) ? person.Position : member.Position,
                PersonId = member.Role == DelegationRole.Invited && person.HasAccount ? null : id,
            }
            : member;

    public static void Check(Checks checks, IReadOnlyList<NewMember> members, IReadOnlyList<PersonView> people)
    {
        foreach (var (member, index) in members.Select((member, index) => (member, index)))
        {
            checks.Identifier(member.Name, $"members[{index}].name", "họ tên thành viên", 200)
                .Text(member.Position, $"members[{index}].position", "chức vụ", 300, required: false)
                .Require(Enum.IsDefined(member.Role), $"members[{index}].role", "Vai trò trong Đoàn không hợp lệ.")
                .Require(member.PersonId is null || members.Count(other => other.PersonId == member.PersonId) == 1, $"members[{index}].personId",
                    "Một người chỉ được ghi một lần trong Đoàn.")
                .Require(member.PersonId is not { } id || people.Any(person => person.Id == id), $"members[{index}].personId",
                    "Người được chọn không có trong danh bạ của HĐND này (tài khoản của HĐND hoặc người không có tài khoản).");
        }
    }

    /// <summary>The member's id is the person's in the directory (an account's id for someone with an account), a new one for a member typed.</summary>
    public static Member ToMember(NewMember member) =>
        new(member.PersonId ?? Guid.CreateVersion7(), member.Name!, string.IsNullOrWhiteSpace(member.Position) ? null : member.Position, member.Role);
}

public static class EstablishDelegationEndpoint
{
    [Sends<EstablishDelegation>]
    [WolverinePost("/api/programmes/{id}/delegation")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Ghi nhận quyết định thành lập Đoàn giám sát")]
    public static Task<NoContent> Post(Guid id, EstablishDelegation command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { ProgrammeId = id });
}
