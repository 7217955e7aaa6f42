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

[Requires(ProgrammeAction.Cancel)]
public sealed record CancelProgramme([SetByServer] Guid ProgrammeId, string? Reason) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã hủy cuộc giám sát.";
}

public static class CancelProgrammeHandler
{
    public static ProgrammeCancelled Decide(Programme programme, CancelProgramme command)
    {
        programme.Ensure(ProgrammeAction.Cancel);
        new Checks().Text(command.Reason, "reason", "lý do hủy", 2000).ThrowIfAny();
        return new ProgrammeCancelled(programme.Id, command.Reason!);
    }

    public static ProgrammeCancelled Handle(CancelProgramme command, [WriteTarget] Programme programme) =>
        Decide(programme, command);
}

public static class CancelProgrammeEndpoint
{
    [Sends<CancelProgramme>]
    [WolverinePost("/api/programmes/{id}/cancellation")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Hủy cuộc giám sát (kèm lý do)")]
    public static Task<NoContent> Post(Guid id, CancelProgramme command, ClaimsPrincipal user, IMessageBus bus) => ProgrammeApi.Send(bus, user, command with { ProgrammeId = id });
}
