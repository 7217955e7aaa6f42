using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.CouncilDirectory.Agencies;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;

namespace Oversight.CouncilDirectory.Committees;

/// <summary>Adds a committee (Ban) of the council to its directory.</summary>
[Requires(Capability.ManageDirectory)]
public sealed record AddCommittee(Guid CommitteeId, CommitteeDetails Details) : IDoneMessage
{
    string IDoneMessage.DoneMessage => $"Đã thêm {Details.Name?.Trim()} vào danh bạ.";
}

public static class AddCommitteeHandler
{
    public static Committee Decide(AddCommittee command, IReadOnlyList<Committee> directory) => CommitteeRules.Decide(command.CommitteeId, command.Details, directory);

    [Untargeted]
    public static async Task<Committee> Handle(AddCommittee command, Actor actor, IDocumentSession session, ILogger<Committee> logger, CancellationToken cancellation)
    {
        var committee = Decide(command, await session.Query<Committee>().ToListAsync(cancellation));
        session.Insert(committee);
        DirectoryLog.Changed(logger, actor, "added", committee.Name);
        return committee;
    }
}

public static class AddCommitteeEndpoint
{
    [Sends<AddCommittee>]
    [WolverinePost("/api/directory/committees")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Thêm một Ban của HĐND vào danh bạ")]
    public static async Task<Created<Committee>> Post(CommitteeDetails details, ClaimsPrincipal user, IMessageBus bus)
    {
        var committee = await bus.SendAsync<Committee>(Actor.Of(user), new AddCommittee(Guid.CreateVersion7(), details));
        return TypedResults.Created($"/api/directory/committees/{committee.Id}", committee);
    }
}
