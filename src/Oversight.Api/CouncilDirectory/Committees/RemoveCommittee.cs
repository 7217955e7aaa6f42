using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory.Agencies;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;

namespace Oversight.CouncilDirectory.Committees;

/// <summary>Removes a committee no programme names.</summary>
[Requires(Capability.ManageDirectory)]
public sealed record RemoveCommittee(Guid CommitteeId) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã xóa Ban khỏi danh bạ.";
}

public static class RemoveCommitteeHandler
{
    /// <summary>The committee to remove, refused when it is unknown or a programme names it.</summary>
    public static Committee Decide(Committee? committee, int programmes)
    {
        if (committee is null)
        {
            throw Refusal.NotFound(DirectoryLog.NoCommittee);
        }

        if (programmes > 0)
        {
            throw Refusal.Conflict($"Không xóa được {committee.Name}: Ban này là chủ thể của {programmes} cuộc giám sát.");
        }

        return committee;
    }

    [Untargeted]
    public static async Task Handle(RemoveCommittee command, Actor actor, IDocumentSession session, ILogger<Committee> logger, CancellationToken cancellation)
    {
        var removed = Decide(await session.LoadAsync<Committee>(command.CommitteeId, cancellation),
            await session.Query<Programme>().CountAsync(programme => programme.CommitteeId == command.CommitteeId, cancellation));
        session.Delete(removed);
        DirectoryLog.Changed(logger, actor, "removed", removed.Name);
    }
}

public static class RemoveCommitteeEndpoint
{
    [Sends<RemoveCommittee>]
    [WolverineDelete("/api/directory/committees/{committeeId}")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Xóa một Ban chưa là chủ thể của cuộc giám sát nào")]
    public static async Task<NoContent> Delete(Guid committeeId, ClaimsPrincipal user, IMessageBus bus)
    {
        await bus.SendAsync(user, new RemoveCommittee(committeeId));
        return TypedResults.NoContent();
    }
}
