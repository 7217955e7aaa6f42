using Marten;
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
public sealed record EstablishDelegation([SetByServer] Guid ProgrammeId, [Example("15/QĐ-HĐND")] string? DecisionNumber, DateOnly? DecisionDate,
    [Example("Trần Văn Minh")] string? Signer, IReadOnlyList<NewMember>? Members,
    string? DateReason = null);

public static class EstablishDelegationHandler
{
    public static DelegationEstablished Decide(Programme programme, EstablishDelegation command, DateOnly today, Actor actor, IReadOnlyList<Account> accounts)
    {
        programme.Ensure(ProgrammeAction.EstablishDelegation);
        var members = (command.Members ?? []).Select(member => MemberChecks.Link(member, accounts)).ToList();
        var checks = new Checks().Identifier(command.DecisionNumber, "decisionNumber", "số quyết định thành lập Đoàn", 100);
        var decided = checks.Happened("decisionDate", "ngày ban hành quyết định", command.DecisionDate, command.DateReason, today, actor, required: true);
        checks.Identifier(command.Signer, "signer", "người ký quyết định", 200)
            .Require(members.Count(member => member.Role == DelegationRole.Head) == 1, "members", "Đoàn phải có đúng một Trưởng đoàn.")
            .Require(members.Count(member => member.Role == DelegationRole.DeputyHead) <= 1, "members", "Đoàn chỉ có tối đa một Phó trưởng đoàn.")
            .Require(members.Count <= 100, "members", "Đoàn có tối đa 100 người.");
        MemberChecks.Check(checks, members, accounts);
        checks.ThrowIfAny();

        return new DelegationEstablished(programme.Id, command.DecisionNumber!, decided.On, command.Signer!,
            [.. members.Select(MemberChecks.ToMember)], decided.Reason);
    }

    public static async Task<DelegationEstablished> Handle(EstablishDelegation command, [WriteTarget] Programme programme, Actor actor, TimeProvider clock,
        IQuerySession session, CancellationToken cancellation) =>
        Decide(programme, command, VietnamTime.Today(clock), actor, await MemberChecks.Accounts(session, actor, cancellation));
}

public static class MemberChecks
{
    /// <summary>The council's delegation member accounts, which members of its delegations can be linked to.</summary>
    public static async Task<IReadOnlyList<Account>> Accounts(IQuerySession session, Actor actor, CancellationToken cancellation) =>
        await session.Query<Account>()
            .Where(account => account.CouncilId == actor.CouncilId && account.Role == Role.DelegationMember && !account.Disabled)
            .ToListAsync(cancellation);

    /// <summary>
    /// A member linked to an account: the one the command names (its holder's name when none is typed), or else the one
    /// account of exactly the member's name; an invited guest is never linked. A linked member may log findings on the programme.
    /// </summary>
    public static NewMember Link(NewMember member, IReadOnlyList<Account> accounts) => member switch
    {
        { Role: DelegationRole.Invited } => member with { AccountId = null },
        { AccountId: { } id } => accounts.FirstOrDefault(account => account.Id == id) is { } holder && string.IsNullOrWhiteSpace(member.Name)
            ? member with { Name = holder.FullName }
            : member,
        _ => accounts.Where(account => account.FullName == member.Name).ToList() is [var only] ? member with { AccountId = only.Id } : member,
    };

    public static void Check(Checks checks, IReadOnlyList<NewMember> members, IReadOnlyList<Account> accounts)
    {
        foreach (var (member, index) in members.Select((member, index) => (member, index)))
        {
            checks.Identifier(member.Name, $"members[{index}].name", "họ tên thành viên", 200)
                .Text(member.Position, $"members[{index}].position", "chức vụ", 300, required: false)
                .Require(Enum.IsDefined(member.Role), $"members[{index}].role", "Vai trò trong Đoàn không hợp lệ.")
                .Require(member.AccountId is null || members.Count(other => other.AccountId == member.AccountId) == 1, $"members[{index}].accountId",
                    "Một tài khoản chỉ được ghi một lần trong Đoàn.")
                .Require(member.AccountId is not { } id || accounts.Any(account => account.Id == id), $"members[{index}].accountId",
                    "Tài khoản được chọn không phải tài khoản thành viên Đoàn của HĐND này.");
        }
    }

    public static Member ToMember(NewMember member) =>
        new(member.AccountId ?? Guid.CreateVersion7(), member.Name!, string.IsNullOrWhiteSpace(member.Position) ? null : member.Position, member.Role);
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
