using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Programmes.Lifecycle;

public sealed record ResumeProgramme(Guid ProgrammeId);

public static class ResumeProgrammeHandler
{
    public static ProgrammeResumed Decide(Programme programme, ResumeProgramme command)
    {
        programme.Ensure(ProgrammeAction.Resume);
        return new ProgrammeResumed(programme.Id);
    }

    public static ProgrammeResumed Handle(ResumeProgramme command, [WriteAggregate(OnMissing = OnMissing.ThrowException)] Programme programme) =>
        Decide(programme, command);
}

public static class ResumeProgrammeEndpoint
{
    [Allow(Capability.ManageProgrammes)]
    [WolverinePost("/api/programmes/{id}/resumption")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Tiếp tục cuộc giám sát đã tạm hoãn")]
    public static Task<NoContent> Post(Guid id, IMessageBus bus) => ProgrammeApi.Send(bus, new ResumeProgramme(id));
}
