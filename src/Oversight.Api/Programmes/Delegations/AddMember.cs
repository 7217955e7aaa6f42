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

[Requires(ProgrammeAction.ChangeDelegation)]
public sealed record AddMember([SetByServer] Guid ProgrammeId, NewMember? Member, string? Reason) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã bổ sung thành viên Đoàn.";
}

public static class AddMemberHandler
{
    public static DelegationMemberAdded Decide(Programme programme, AddMember command, IReadOnlyList<PersonView> people)
    {
        programme.Ensure(ProgrammeAction.ChangeDelegation);
        var checks = new Checks()
            .Require(command.Member is not null, "member", "Hãy nhập thành viên cần bổ sung.")
            .Text(command.Reason, "reason", "lý do bổ sung", 1000);
        var linked = command.Member is { } added ? MemberChecks.Link(added, people) : null;
        if (linked is { } member)
        {
            MemberChecks.Check(checks, [member], people);
            checks.Require(member.Role != DelegationRole.Head || programme.Delegation!.Head is null, "member.role",
                "Đoàn đã có Trưởng đoàn; hãy rút tên Trưởng đoàn hiện tại trước khi bổ sung người mới.")
                .Require(member.PersonId is null || programme.Delegation!.Members.All(existing => existing.Id != member.PersonId), "member.personId",
                    "Người này đã có tên trong Đoàn.");
        }

        checks.ThrowIfAny();
        return new DelegationMemberAdded(programme.Id, MemberChecks.ToMember(linked!), command.Reason!);
    }

    public static async Task<DelegationMemberAdded> Handle(AddMember command, [WriteTarget] Programme programme, Actor actor, IQuerySession session,
        CancellationToken cancellation) =>
        Decide(programme, command, await CouncilPeople.Load(session, actor.CouncilId, cancellation));
}

public static class AddMemberEndpoint
{
    [Sends<AddMember>]
    [WolverinePost("/api/programmes/{id}/delegation/members")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Bổ sung thành viên Đoàn (kèm lý do)")]
    public static Task<NoContent> Post(Guid id, AddMember command, ClaimsPrincipal user, IMessageBus bus) => ProgrammeApi.Send(bus, user, command with { ProgrammeId = id });
}
