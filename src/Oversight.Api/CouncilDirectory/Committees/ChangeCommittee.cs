using System.Security.Claims;
using Marten;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory.Agencies;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;

namespace Oversight.CouncilDirectory.Committees;

/// <summary>Renames a committee; programmes keep the name they were created with.</summary>
[Requires(Capability.ManageDirectory)]
public sealed record ChangeCommittee(Guid CommitteeId, CommitteeDetails Details) : IDoneMessage
{
    string IDoneMessage.DoneMessage => $"Đã lưu {Details.Name?.Trim()}.";
}

public static class ChangeCommitteeHandler
{
    public static Committee Decide(ChangeCommittee command, IReadOnlyList<Committee> directory) =>
        directory.Any(committee => committee.Id == command.CommitteeId)
            ? CommitteeRules.Decide(command.CommitteeId, command.Details, directory)
            : throw Refusal.NotFound(DirectoryLog.NoCommittee);

    [Untargeted]
    public static async Task<Committee> Handle(ChangeCommittee command, Actor actor, IDocumentSession session, ILogger<Committee> logger,
        CancellationToken cancellation)
    {
        var committee = Decide(command, await session.Query<Committee>().ToListAsync(cancellation));
        session.Update(committee);
        DirectoryLog.Changed(logger, actor, "changed", committee.Name);
        return committee;
    }
}

public static class ChangeCommitteeEndpoint
{
    [Sends<ChangeCommittee>]
    [WolverinePut("/api/directory/committees/{committeeId}")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Sửa tên một Ban trong danh bạ")]
    public static Task<Committee> Put(Guid committeeId, CommitteeDetails details, ClaimsPrincipal user, IMessageBus bus) =>
        bus.SendAsync<Committee>(Actor.Of(user), new ChangeCommittee(committeeId, details));
}
