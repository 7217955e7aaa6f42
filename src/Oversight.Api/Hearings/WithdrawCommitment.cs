using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Hearings;

/// <summary>Takes a commitment out of the draft conclusion notice (before it is issued).</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record WithdrawCommitment([SetByServer] Guid HearingId, Guid CommitmentId) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã bỏ cam kết khỏi dự thảo thông báo kết luận.";
}

public static class WithdrawCommitmentHandler
{
    public static CommitmentWithdrawn Decide(Hearing hearing, WithdrawCommitment command)
    {
        hearing.Ensure("bỏ cam kết (thông báo kết luận đã ban hành)", HearingStatus.Held);
        return hearing.Commitments.Any(commitment => commitment.Id == command.CommitmentId)
            ? new CommitmentWithdrawn(hearing.Id, command.CommitmentId)
            : throw Refusal.NotFound("Không tìm thấy cam kết này trong dự thảo thông báo kết luận.");
    }

    public static CommitmentWithdrawn Handle(WithdrawCommitment command, [WriteTarget] Hearing hearing) => Decide(hearing, command);
}

public static class WithdrawCommitmentEndpoint
{
    [Sends<WithdrawCommitment>]
    [WolverineDelete("/api/hearings/{hearingId}/commitments/{commitmentId}")]
    [Tags(HearingsEndpoint.Tag)]
    [EndpointSummary("Bỏ một cam kết khỏi dự thảo thông báo kết luận")]
    public static Task<NoContent> Delete(Guid hearingId, Guid commitmentId, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, new WithdrawCommitment(hearingId, commitmentId));
}
