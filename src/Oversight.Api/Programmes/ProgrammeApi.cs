using Microsoft.AspNetCore.Http.HttpResults;
using Wolverine;

namespace Oversight.Programmes;

/// <summary>
/// The API's programme commands all run as Wolverine messages, the same way the pages run them: the
/// route names the programme, the body carries the rest.
/// </summary>
public static class ProgrammeApi
{
    public const string Tag = "Cuộc giám sát";

    public static async Task<NoContent> Send(IMessageBus bus, object command)
    {
        await bus.InvokeAsync(command);
        return TypedResults.NoContent();
    }
}
