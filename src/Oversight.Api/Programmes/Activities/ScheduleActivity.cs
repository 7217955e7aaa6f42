using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Programmes.Activities;

/// <summary>
/// Puts a working session (buổi làm việc) or field survey (khảo sát) with an agency on the schedule;
/// <see cref="NotifiedOn"/> is the date of the schedule notice sent to the agency (today when not given).
/// </summary>
[Requires(ProgrammeAction.ScheduleActivity)]
public sealed record ScheduleActivity(
    [SetByServer] Guid ProgrammeId,
    [SetByServer] Guid ActivityId,
    ActivityKind Kind,
    DateOnly? Date,
    TimeOnly? Time,
    [Example("Hội trường UBND xã Thanh Hà")] string? Place,
    Guid AgencyId,
    IReadOnlyList<Guid>? MemberIds,
    string? AgencyAttendees,
    DateOnly? NotifiedOn = null,
    string? DateReason = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã xếp lịch làm việc.";
}

public static class ScheduleActivityHandler
{
    public static ActivityScheduled Decide(Programme programme, ScheduleActivity command, DateOnly today, Actor actor)
    {
        programme.Ensure(ProgrammeAction.ScheduleActivity);
        var members = command.MemberIds ?? [];
        var checks = new Checks();
        var notified = checks.Happened("notifiedOn", "ngày thông báo lịch", command.NotifiedOn, command.DateReason, today, actor);
        checks
            .Require(Enum.IsDefined(command.Kind), "kind", "Hãy chọn loại hoạt động: làm việc hoặc khảo sát.")
            .Require(command.Date is not null, "date", "Hãy nhập ngày làm việc.")
            .Require(command.Date is null || command.Date >= programme.Delegation!.DecisionDate, "date", "Ngày làm việc không thể trước ngày thành lập Đoàn.")
            .Text(command.Place, "place", "địa điểm", 500)
            .Require(programme.Agency(command.AgencyId) is not null, "agencyId", "Hãy chọn một cơ quan chịu giám sát của cuộc giám sát này.")
            .Require(members.All(member => programme.ActiveMember(member) is not null), "memberIds", "Thành phần dự chỉ gồm thành viên hiện có của Đoàn.")
            .Text(command.AgencyAttendees, "agencyAttendees", "thành phần phía cơ quan", 2000, required: false)
            .Require(command.NotifiedOn is null || command.Date is null || command.NotifiedOn <= command.Date, "notifiedOn",
                "Ngày thông báo lịch không thể sau ngày làm việc.")
            .ThrowIfAny();
        return new ActivityScheduled(programme.Id, command.ActivityId, command.Kind, command.Date!.Value, command.Time, command.Place!,
            command.AgencyId, [.. members.Distinct()], command.AgencyAttendees, notified.On, notified.Reason);
    }

    public static ActivityScheduled Handle(ScheduleActivity command, [WriteTarget] Programme programme, Actor actor,
        TimeProvider clock) => Decide(programme, command, VietnamTime.Today(clock), actor);
}

public static class ScheduleActivityEndpoint
{
    [Sends<ScheduleActivity>]
    [WolverinePost("/api/programmes/{id}/activities")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Xếp lịch buổi làm việc hoặc khảo sát")]
    public static async Task<CreationResponse<Guid>> Post(Guid id, ScheduleActivity command, ClaimsPrincipal user, IMessageBus bus)
    {
        var activityId = Guid.CreateVersion7();
        await bus.SendAsync(user, command with { ProgrammeId = id, ActivityId = activityId });
        return new CreationResponse<Guid>($"/api/programmes/{id}/activities/{activityId}", activityId);
    }
}
