using Marten;
using Microsoft.AspNetCore.Mvc;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Programmes.Activities;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.Programmes;

public sealed class ScheduleModel(IQuerySession session, IMessageBus bus) : ProgrammePage(session, bus)
{
    [BindProperty] public ActivityKind Kind { get; set; }
    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public TimeOnly? Time { get; set; }
    [BindProperty] public Guid AgencyId { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public List<Guid> MemberIds { get; set; } = [];
    [BindProperty] public string? AgencyAttendees { get; set; }
    [BindProperty] public DateOnly? NotifiedOn { get; set; }

    public Task<IActionResult> OnPostScheduleAsync() =>
        Run(new ScheduleActivity(Id, Guid.CreateVersion7(), Kind, Date, Time, Place, AgencyId, MemberIds, AgencyAttendees, NotifiedOn, DateReason));

    public Task<IActionResult> OnPostPostponeAsync(Guid activityId, DateOnly? newDate, TimeOnly? newTime, string? reason) =>
        Run(new PostponeActivity(Id, activityId, newDate, newTime, reason));

    public Task<IActionResult> OnPostCancelAsync(Guid activityId, string? reason) =>
        RunConfirmed(new CancelActivity(Id, activityId, reason), () => Checked(() => CancelActivityHandler.Decide(Programme, new CancelActivity(Id, activityId, reason)),
            new Confirmation($"Hủy buổi {Describe(activityId)}?",
            [
                $"Buổi làm việc bị hủy với lý do: {reason}",
                "Không ghi biên bản, ý kiến cho buổi này được nữa; muốn làm việc lại thì xếp một buổi mới.",
            ], "Xác nhận hủy buổi làm việc", Danger: true)));

    string Describe(Guid activityId) =>
        Programme.Activity(activityId) is { } activity
            ? $"{Labels.Of(activity.Kind).ToLowerInvariant()} với {Programme.AgencyName(activity.AgencyId)} ngày {Common.VietnamTime.Format(activity.Date)}"
            : "làm việc";
}
