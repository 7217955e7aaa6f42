using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Programmes.Lifecycle;

[Requires(ProgrammeAction.Resume)]
public sealed record ResumeProgramme(Guid ProgrammeId) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã tiếp tục cuộc giám sát.";
}

public static class ResumeProgrammeHandler
{
    public static ProgrammeResumed Decide(Programme programme, ResumeProgramme command)
    {
        programme.Ensure(ProgrammeAction.Resume);
        return new ProgrammeResumed(programme.Id);
    }

    public static ProgrammeResumed Handle(ResumeProgramme command, [WriteTarget] Programme programme) =>
        Decide(programme, command);
}

public static class ResumeProgrammeEndpoint
{
    [Sends<ResumeProgramme>]
    [WolverinePost("/api/programmes/{id}/resumption")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Tiếp tục cuộc giám sát đã tạm hoãn")]
    public static Task<NoContent> Post(Guid id, ClaimsPrincipal user, IMessageBus bus) => ProgrammeApi.Send(bus, user, new ResumeProgramme(id));
}
