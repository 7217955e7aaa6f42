using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Programmes.Lifecycle;

public sealed record StartFollowUp(Guid ProgrammeId);

public static class StartFollowUpHandler
{
    public static FollowUpStarted Decide(Programme programme, StartFollowUp command)
    {
        programme.Ensure(ProgrammeAction.StartFollowUp);
        return new FollowUpStarted(programme.Id);
    }

    public static FollowUpStarted Handle(StartFollowUp command, [WriteAggregate(OnMissing = OnMissing.ThrowException)] Programme programme) =>
        Decide(programme, command);
}

public static class StartFollowUpEndpoint
{
    [Allow(Capability.ManageProgrammes)]
    [WolverinePost("/api/programmes/{id}/follow-up")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Gửi kiến nghị và bắt đầu theo dõi thực hiện")]
    public static Task<NoContent> Post(Guid id, IMessageBus bus) => ProgrammeApi.Send(bus, new StartFollowUp(id));
}
