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

[Requires(ProgrammeAction.Close)]
public sealed record CloseProgramme([SetByServer] Guid ProgrammeId, string? Note) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã đóng hồ sơ cuộc giám sát.";
}

public static class CloseProgrammeHandler
{
    public static ProgrammeClosed Decide(Programme programme, CloseProgramme command)
    {
        programme.Ensure(ProgrammeAction.Close);
        new Checks().Text(command.Note, "note", "ghi chú khi đóng hồ sơ", 2000, required: false).ThrowIfAny();
        return new ProgrammeClosed(programme.Id, command.Note);
    }

    public static ProgrammeClosed Handle(CloseProgramme command, [WriteTarget] Programme programme) =>
        Decide(programme, command);
}

public static class CloseProgrammeEndpoint
{
    [Sends<CloseProgramme>]
    [WolverinePost("/api/programmes/{id}/closure")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Đóng hồ sơ cuộc giám sát")]
    public static Task<NoContent> Post(Guid id, CloseProgramme command, ClaimsPrincipal user, IMessageBus bus) => ProgrammeApi.Send(bus, user, command with { ProgrammeId = id });
}
