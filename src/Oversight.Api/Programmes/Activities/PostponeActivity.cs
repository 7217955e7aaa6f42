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
public sealed record PostponeActivity(Guid ProgrammeId, Guid ActivityId, DateOnly? NewDate, TimeOnly? NewTime, string? Reason) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã hoãn buổi làm việc.";
}

public static class PostponeActivityHandler
{
    public static ActivityPostponed Decide(Programme programme, PostponeActivity command)
    {
        programme.Ensure(ProgrammeAction.ChangeActivity);
        var activity = ActivityRules.Scheduled(programme, command.ActivityId);
        new Checks()
            .Require(command.NewDate is not null, "newDate", "Hãy nhập ngày làm việc mới.")
            .Require(command.NewDate is null || command.NewDate != activity.Date || command.NewTime != activity.Time, "newDate", "Ngày giờ mới trùng với lịch hiện tại.")
            .Text(command.Reason, "reason", "lý do hoãn", 1000)
            .ThrowIfAny();
        return new ActivityPostponed(programme.Id, activity.Id, command.NewDate!.Value, command.NewTime, command.Reason!);
    }

    public static ActivityPostponed Handle(PostponeActivity command, [WriteTarget] Programme programme) =>
        Decide(programme, command);
}

public static class ActivityRules
{
    /// <summary>The activity, when it is still on the schedule (neither held nor cancelled).</summary>
    public static Activity Scheduled(Programme programme, Guid activityId)
    {
        var activity = programme.Activity(activityId) ?? throw Refusal.NotFound("Không tìm thấy buổi làm việc này.");
        return activity.Status switch
        {
            ActivityStatus.Held => throw Refusal.Conflict("Buổi làm việc đã diễn ra nên không hoãn hay hủy được; có thể sửa biên bản."),
            ActivityStatus.Cancelled => throw Refusal.Conflict("Buổi làm việc đã bị hủy; hãy xếp lịch buổi mới."),
            _ => activity,
        };
    }
}

public sealed record ActivityPostponement(DateOnly? NewDate, TimeOnly? NewTime, string? Reason);

public static class PostponeActivityEndpoint
{
    [Sends<PostponeActivity>]
    [WolverinePost("/api/programmes/{id}/activities/{activityId}/postponement")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Hoãn buổi làm việc sang ngày khác (kèm lý do)")]
    public static Task<NoContent> Post(Guid id, Guid activityId, ActivityPostponement body, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, new PostponeActivity(id, activityId, body.NewDate, body.NewTime, body.Reason));
}
