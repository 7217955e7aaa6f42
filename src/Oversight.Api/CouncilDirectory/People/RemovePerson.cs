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

namespace Oversight.CouncilDirectory.People;

/// <summary>Removes a person no delegation names.</summary>
[Requires(Capability.ManageDirectory)]
public sealed record RemovePerson(Guid PersonId) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã xóa người này khỏi danh bạ.";
}

public static class RemovePersonHandler
{
    /// <summary>The person to remove, refused when they are unknown or a delegation names them.</summary>
    public static DirectoryPerson Decide(DirectoryPerson? person, int delegations)
    {
        if (person is null)
        {
            throw Refusal.NotFound(DirectoryLog.NoPerson);
        }

        if (delegations > 0)
        {
            throw Refusal.Conflict($"Không xóa được {person.FullName}: người này có tên trong {delegations} Đoàn giám sát.");
        }

        return person;
    }

    [Untargeted]
    public static async Task Handle(RemovePerson command, Actor actor, IDocumentSession session, ILogger<DirectoryPerson> logger, CancellationToken cancellation)
    {
        var person = await session.LoadAsync<DirectoryPerson>(command.PersonId, cancellation);
        var programmes = await session.Query<Programme>().Where(programme => programme.Delegation != null).ToListAsync(cancellation);
        var removed = Decide(person, programmes.Count(programme => programme.Delegation!.Members.Any(member => member.Id == command.PersonId)));
        session.Delete(removed);
        DirectoryLog.Changed(logger, actor, "removed", removed.FullName);
    }
}

public static class RemovePersonEndpoint
{
    [Sends<RemovePerson>]
    [WolverineDelete("/api/directory/people/{personId}")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Xóa một người chưa có tên trong Đoàn giám sát nào")]
    public static async Task<NoContent> Delete(Guid personId, ClaimsPrincipal user, IMessageBus bus)
    {
        await bus.SendAsync(user, new RemovePerson(personId));
        return TypedResults.NoContent();
    }
}
