using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.CouncilDirectory.Agencies;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;

namespace Oversight.CouncilDirectory.People;

/// <summary>Adds a person without an account (a deputy, an expert) whom delegations may name.</summary>
[Requires(Capability.ManageDirectory)]
public sealed record AddPerson(Guid PersonId, PersonDetails Details) : IDoneMessage
{
    string IDoneMessage.DoneMessage => $"Đã thêm {Details.FullName?.Trim()} vào danh bạ.";
}

public static class AddPersonHandler
{
    [Untargeted]
    public static DirectoryPerson Handle(AddPerson command, Actor actor, IDocumentSession session, ILogger<DirectoryPerson> logger)
    {
        var person = PersonRules.Decide(command.PersonId, command.Details);
        session.Insert(person);
        DirectoryLog.Changed(logger, actor, "added", person.FullName);
        return person;
    }
}

public static class AddPersonEndpoint
{
    [Sends<AddPerson>]
    [WolverinePost("/api/directory/people")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Thêm một người không có tài khoản (đại biểu, chuyên gia…) để chọn vào Đoàn giám sát")]
    public static async Task<Created<DirectoryPerson>> Post(PersonDetails details, ClaimsPrincipal user, IMessageBus bus)
    {
        var person = await bus.SendAsync<DirectoryPerson>(Actor.Of(user), new AddPerson(Guid.CreateVersion7(), details));
        return TypedResults.Created($"/api/directory/people/{person.Id}", person);
    }
}
