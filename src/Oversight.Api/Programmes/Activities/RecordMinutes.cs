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

/// <summary>
/// Records that a session or survey took place, with the content of its minutes: the agency's report,
/// members' questions, the agency's explanations and acceptances, the head's concluding remarks; when the
/// session ended and who signs the minutes for the agency. Recording again revises the minutes.
/// </summary>
[Requires(ProgrammeAction.RecordMinutes)]
public sealed record RecordMinutes(
    Guid ProgrammeId,
    Guid ActivityId,
    string? ReportPresented,
    string? Questions,
    string? Explanations,
    string? Acceptances,
    string? ConcludingRemarks,
    TimeOnly? EndTime = null,
    string? AgencyRepresentative = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã lưu biên bản buổi làm việc.";
}

public static class RecordMinutesHandler
{
    public static object Decide(Programme programme, RecordMinutes command, DateOnly today)
    {
        programme.Ensure(ProgrammeAction.RecordMinutes);
        var activity = programme.Activity(command.ActivityId) ?? throw Refusal.NotFound("Không tìm thấy buổi làm việc này.");
        if (activity.Status == ActivityStatus.Cancelled)
        {
            throw Refusal.Conflict("Buổi làm việc đã bị hủy nên không ghi biên bản được.");
        }

        if (activity.Date > today)
        {
            throw Refusal.Conflict($"Buổi làm việc ngày {VietnamTime.Format(activity.Date)} chưa diễn ra: biên bản ghi sau khi làm việc (hoặc hoãn buổi làm việc sang ngày đã làm).");
        }

        var checks = new Checks();
        foreach (var (field, text) in new[]
                 {
                     ("reportPresented", command.ReportPresented), ("questions", command.Questions), ("explanations", command.Explanations),
                     ("acceptances", command.Acceptances), ("concludingRemarks", command.ConcludingRemarks),
                 })
        {
            checks.Text(text, field, "nội dung biên bản", 50_000, required: false);
        }

        checks.Identifier(command.AgencyRepresentative, "agencyRepresentative", "họ tên người ký biên bản thay mặt cơ quan", 200, required: false)
            .Require(command.EndTime is not { } end || activity.Time is not { } start || end > start, "endTime",
                "Giờ kết thúc phải sau giờ bắt đầu buổi làm việc.");
        checks.Require(new[] { command.ReportPresented, command.Questions, command.Explanations, command.Acceptances, command.ConcludingRemarks }
                .Any(text => !string.IsNullOrWhiteSpace(text)), "minutes", "Biên bản cần có ít nhất một nội dung.")
            .ThrowIfAny();
        var minutes = new Minutes(Clean(command.ReportPresented), Clean(command.Questions), Clean(command.Explanations),
            Clean(command.Acceptances), Clean(command.ConcludingRemarks), command.EndTime, Clean(command.AgencyRepresentative));
        // Fieldwork only ends once no activity is left on the schedule, so after it only revisions arrive here.
        return activity.Status == ActivityStatus.Held
            ? new MinutesRevised(programme.Id, activity.Id, minutes)
            : new ActivityHeld(programme.Id, activity.Id, minutes);
    }

    static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    public static object Handle(RecordMinutes command, [WriteTarget] Programme programme, TimeProvider clock) =>
        Decide(programme, command, VietnamTime.Today(clock));
}

public sealed record MinutesBody(string? ReportPresented, string? Questions, string? Explanations, string? Acceptances, string? ConcludingRemarks,
    TimeOnly? EndTime = null, string? AgencyRepresentative = null);

public static class RecordMinutesEndpoint
{
    [Sends<RecordMinutes>]
    [WolverinePut("/api/programmes/{id}/activities/{activityId}/minutes")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Ghi nhận buổi làm việc đã diễn ra và nội dung biên bản (gửi lại để sửa biên bản)")]
    public static Task<NoContent> Put(Guid id, Guid activityId, MinutesBody body, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, new RecordMinutes(id, activityId, body.ReportPresented, body.Questions, body.Explanations, body.Acceptances, body.ConcludingRemarks,
            body.EndTime, body.AgencyRepresentative));
}
