using System.Security.Claims;
using Marten;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory.Agencies;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;

namespace Oversight.CouncilDirectory.People;

/// <summary>Changes a person of the directory; delegations keep the name and position they were established with.</summary>
[Requires(Capability.ManageDirectory)]
public sealed record ChangePerson(Guid PersonId, PersonDetails Details) : IDoneMessage
{
    string IDoneMessage.DoneMessage => $"Đã lưu {Details.FullName?.Trim()}.";
}

public static class ChangePersonHandler
{
    [Untargeted]
    public static async Task<DirectoryPerson> Handle(ChangePerson command, Actor actor, IDocumentSession session, ILogger<DirectoryPerson> logger,
        CancellationToken cancellation)
    {
        _ = await session.LoadAsync<DirectoryPerson>(command.PersonId, cancellation) ?? throw Refusal.NotFound(DirectoryLog.NoPerson);
        var person = PersonRules.Decide(command.PersonId, command.Details);
        session.Update(person);
        DirectoryLog.Changed(logger, actor, "changed", person.FullName);
        return person;
    }
}

public static class ChangePersonEndpoint
{
    [Sends<ChangePerson>]
    [WolverinePut("/api/directory/people/{personId}")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Sửa họ tên, chức vụ của một người trong danh bạ (người có tài khoản sửa ở trang tài khoản)")]
    public static Task<DirectoryPerson> Put(Guid personId, PersonDetails details, ClaimsPrincipal user, IMessageBus bus) =>
        bus.SendAsync<DirectoryPerson>(Actor.Of(user), new ChangePerson(personId, details));
}
