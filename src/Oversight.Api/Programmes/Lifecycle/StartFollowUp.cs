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

[Requires(ProgrammeAction.StartFollowUp)]
public sealed record StartFollowUp(Guid ProgrammeId) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã gửi kiến nghị tới các cơ quan và bắt đầu theo dõi thực hiện.";
}

public static class StartFollowUpHandler
{
    public static FollowUpStarted Decide(Programme programme, StartFollowUp command)
    {
        programme.Ensure(ProgrammeAction.StartFollowUp);
        return new FollowUpStarted(programme.Id);
    }

    public static FollowUpStarted Handle(StartFollowUp command, [WriteTarget] Programme programme) =>
        Decide(programme, command);
}

public static class StartFollowUpEndpoint
{
    [Sends<StartFollowUp>]
    [WolverinePost("/api/programmes/{id}/follow-up")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Gửi kiến nghị và bắt đầu theo dõi thực hiện")]
    public static Task<NoContent> Post(Guid id, ClaimsPrincipal user, IMessageBus bus) => ProgrammeApi.Send(bus, user, new StartFollowUp(id));
}
