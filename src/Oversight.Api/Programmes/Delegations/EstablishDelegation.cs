using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Programmes.Delegations;

/// <summary>A member to add; <c>AccountId</c> links the member to the person's account, which gives them rights on the programme.</summary>
public sealed record NewMember(string? Name, string? Position, DelegationRole Role, Guid? AccountId = null);

/// <summary>Records the decision (or resolution) establishing the delegation, with its members.</summary>
[Requires(ProgrammeAction.EstablishDelegation)]
public sealed record EstablishDelegation(Guid ProgrammeId, string? DecisionNumber, DateOnly? DecisionDate, string? Signer, IReadOnlyList<NewMember>? Members,
    string? DateReason = null);

public static class EstablishDelegationHandler
{
    public static DelegationEstablished Decide(Programme programme, EstablishDelegation command, DateOnly today, Actor actor)
    {
        programme.Ensure(ProgrammeAction.EstablishDelegation);
        var members = command.Members ?? [];
        var checks = new Checks().Identifier(command.DecisionNumber, "decisionNumber", "số quyết định thành lập Đoàn", 100);
        var decided = checks.Happened("decisionDate", "ngày ban hành quyết định", command.DecisionDate, command.DateReason, today, actor, required: true);
        checks.Identifier(command.Signer, "signer", "người ký quyết định", 200)
            .Require(members.Count(member => member.Role == DelegationRole.Head) == 1, "members", "Đoàn phải có đúng một Trưởng đoàn.")
            .Require(members.Count(member => member.Role == DelegationRole.DeputyHead) <= 1, "members", "Đoàn chỉ có tối đa một Phó trưởng đoàn.")
            .Require(members.Count <= 100, "members", "Đoàn có tối đa 100 người.");
        MemberChecks.Check(checks, members);
        checks.ThrowIfAny();

        return new DelegationEstablished(programme.Id, command.DecisionNumber!.Trim(), decided.On, command.Signer!.Trim(),
            [.. members.Select(MemberChecks.ToMember)], decided.Reason);
    }

    public static DelegationEstablished Handle(EstablishDelegation command, [WriteTarget] Programme programme, Actor actor, TimeProvider clock) =>
        Decide(programme, command, VietnamTime.Today(clock), actor);
}

public static class MemberChecks
{
    public static void Check(Checks checks, IEnumerable<NewMember> members)
    {
        foreach (var (member, index) in members.Select((member, index) => (member, index)))
        {
            checks.Identifier(member.Name, $"members[{index}].name", "họ tên thành viên", 200)
                .Text(member.Position, $"members[{index}].position", "chức vụ", 300, required: false)
                .Require(Enum.IsDefined(member.Role), $"members[{index}].role", "Vai trò trong Đoàn không hợp lệ.")
                .Require(member.AccountId is null || members.Count(other => other.AccountId == member.AccountId) == 1, $"members[{index}].accountId",
                    "Một tài khoản chỉ được ghi một lần trong Đoàn.");
        }
    }

    public static Member ToMember(NewMember member) =>
        new(member.AccountId ?? Guid.CreateVersion7(), member.Name!.Trim(), string.IsNullOrWhiteSpace(member.Position) ? null : member.Position.Trim(), member.Role);
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
