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

namespace Oversight.Programmes.Activities;

[Requires(ProgrammeAction.ChangeActivity)]
public sealed record CancelActivity(Guid ProgrammeId, Guid ActivityId, string? Reason) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã hủy buổi làm việc.";
}

public static class CancelActivityHandler
{
    public static ActivityCancelled Decide(Programme programme, CancelActivity command)
    {
        programme.Ensure(ProgrammeAction.ChangeActivity);
        var activity = ActivityRules.Scheduled(programme, command.ActivityId);
        new Checks().Text(command.Reason, "reason", "lý do hủy", 1000).ThrowIfAny();
        return new ActivityCancelled(programme.Id, activity.Id, command.Reason!);
    }

    public static ActivityCancelled Handle(CancelActivity command, [WriteTarget] Programme programme) =>
        Decide(programme, command);
}

public sealed record ActivityCancellation(string? Reason);

public static class CancelActivityEndpoint
{
    [Sends<CancelActivity>]
    [WolverinePost("/api/programmes/{id}/activities/{activityId}/cancellation")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Hủy buổi làm việc (kèm lý do)")]
    public static Task<NoContent> Post(Guid id, Guid activityId, ActivityCancellation body, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, new CancelActivity(id, activityId, body.Reason));
}
