using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Wolverine;

namespace Oversight.Programmes;

/// <summary>
/// The API's programme commands all run as Wolverine messages, the same way the pages run them: the
/// route names the target, the body carries the rest, and the signed-in person travels with the command.
/// </summary>
public static class ProgrammeApi
{
    public const string Tag = "Cuộc giám sát";

    public static async Task<NoContent> Send(IMessageBus bus, ClaimsPrincipal user, object command)
    {
        await bus.SendAsync(user, command);
        return TypedResults.NoContent();
    }
}
