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

namespace Oversight.Programmes.Lifecycle;

[Requires(ProgrammeAction.Postpone)]
public sealed record PostponeProgramme([SetByServer] Guid ProgrammeId, string? Reason) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã tạm hoãn cuộc giám sát.";
}

public static class PostponeProgrammeHandler
{
    public static ProgrammePostponed Decide(Programme programme, PostponeProgramme command)
    {
        programme.Ensure(ProgrammeAction.Postpone);
        new Checks().Text(command.Reason, "reason", "lý do tạm hoãn", 2000).ThrowIfAny();
        return new ProgrammePostponed(programme.Id, command.Reason!);
    }

    public static ProgrammePostponed Handle(PostponeProgramme command, [WriteTarget] Programme programme) =>
        Decide(programme, command);
}

public static class PostponeProgrammeEndpoint
{
    [Sends<PostponeProgramme>]
    [WolverinePost("/api/programmes/{id}/postponement")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Tạm hoãn cuộc giám sát (kèm lý do)")]
    public static Task<NoContent> Post(Guid id, PostponeProgramme command, ClaimsPrincipal user, IMessageBus bus) => ProgrammeApi.Send(bus, user, command with { ProgrammeId = id });
}
