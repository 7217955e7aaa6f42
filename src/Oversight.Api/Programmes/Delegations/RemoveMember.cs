using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Programmes.Delegations;

[Requires(ProgrammeAction.ChangeDelegation)]
public sealed record RemoveMember(Guid ProgrammeId, Guid MemberId, string? Reason) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã rút tên thành viên khỏi Đoàn.";
}

public static class RemoveMemberHandler
{
    public static DelegationMemberRemoved Decide(Programme programme, RemoveMember command)
    {
        programme.Ensure(ProgrammeAction.ChangeDelegation);
        var member = programme.ActiveMember(command.MemberId) ?? throw Refusal.NotFound("Không có thành viên này trong Đoàn.");
        new Checks().Text(command.Reason, "reason", "lý do rút tên", 1000).ThrowIfAny();
        if (member.Role == DelegationRole.Head)
        {
            throw Refusal.Conflict("Không thể rút tên Trưởng đoàn khi chưa có người thay; hãy ghi nhận quyết định thay đổi Trưởng đoàn.");
        }

        return new DelegationMemberRemoved(programme.Id, member.Id, command.Reason!);
    }

    public static DelegationMemberRemoved Handle(RemoveMember command, [WriteTarget] Programme programme) =>
        Decide(programme, command);
}

public sealed record MemberRemoval(string? Reason);

public static class RemoveMemberEndpoint
{
    [Sends<RemoveMember>]
    [WolverinePost("/api/programmes/{id}/delegation/members/{memberId}/removal")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Rút tên thành viên khỏi Đoàn (kèm lý do)")]
    public static Task<NoContent> Post(Guid id, Guid memberId, MemberRemoval removal, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, new RemoveMember(id, memberId, removal.Reason));
}
