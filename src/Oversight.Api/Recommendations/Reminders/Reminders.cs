using Oversight.Audit;
using Marten;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Notifications;
using Wolverine;
using Wolverine.Marten;

namespace Oversight.Recommendations.Reminders;

/// <summary>Section <c>Reminders</c>: how many working days before a due date the agency is reminded, and at what time of day.</summary>
public sealed class ReminderSettings
{
    public int[] WorkingDaysBefore { get; set; } = [15, 7, 3];

    public TimeOnly At { get; set; } = new(8, 0);
}

/// <summary>
/// A reminder due at a moment: a durable scheduled message, so it survives restarts. It does not trust its
/// own reason for being: when it arrives it looks at the recommendation, and does nothing if the work was
/// done or the due date has changed meanwhile (the date it was scheduled for is in the message). <see cref="On"/>
/// is the day the calendar gave it when it was scheduled: if the holidays have changed since so that its day is
/// now later (a provisional year confirmed with more days off), it waits for that day.
/// </summary>
public sealed record RecommendationReminder(Guid RecommendationId, DateOnly DueDate, int WorkingDaysBefore, DateOnly? On = null)
{
    public bool IsOverdueNotice => WorkingDaysBefore == 0;
}

/// <summary>Which reminder: N working days before this due date (0: the overdue notice).</summary>
public sealed record ReminderMoment(DateOnly DueDate, int WorkingDaysBefore);

public sealed record ReminderSent(Guid RecommendationId, Guid ProgrammeId, DateOnly On, DateOnly DueDate, int WorkingDaysBefore, int Recipients) : IFollowUpEvent
{
    public string Describe(EventContext context) => WorkingDaysBefore == 0
        ? $"Thông báo kiến nghị quá hạn tới {Recipients} người"
        : $"Nhắc hạn kiến nghị (còn {WorkingDaysBefore} ngày làm việc) tới {Recipients} người";

    string? IFollowUpEvent.Details => null;
}

public static class ReminderSchedule
{
    /// <summary>Every reminder of a due date, as the calendar counts now: N working days before its effective date, and the notice the working day after.</summary>
    public static IReadOnlyList<(int Days, DateOnly Date)> Moments(DateOnly dueDate, WorkingCalendar calendar, ReminderSettings settings)
    {
        var effective = calendar.Effective(dueDate);
        return [.. settings.WorkingDaysBefore.Where(days => days > 0).Distinct().OrderDescending()
            .Select(days => (Days: days, Date: calendar.AddWorkingDays(effective, -days)))
            .Append((Days: 0, Date: calendar.AddWorkingDays(effective, 1)))];
    }

    public static DateTimeOffset At(DateOnly date, ReminderSettings settings) => new(date.ToDateTime(settings.At), VietnamTime.Offset);

    /// <summary>The reminders still ahead for a due date.</summary>
    public static OutgoingMessages For(Guid recommendationId, DateOnly dueDate, DateTimeOffset now, WorkingCalendar calendar, ReminderSettings settings)
    {
        var messages = new OutgoingMessages();
        foreach (var (days, date) in Moments(dueDate, calendar, settings))
        {
            if (At(date, settings) > now)
            {
                messages.Add(new RecommendationReminder(recommendationId, dueDate, days, date).ScheduledAt(At(date, settings)));
            }
        }

        return messages;
    }

    /// <summary>
    /// When a reminder that arrives now should come instead, if the calendar moved its day later since it was scheduled
    /// (null: send it now; a day moved earlier is past already, and late beats never).
    /// </summary>
    public static DateTimeOffset? Postponed(RecommendationReminder reminder, DateTimeOffset now, WorkingCalendar calendar, ReminderSettings settings)
    {
        if (reminder.On is not { } planned
            || Moments(reminder.DueDate, calendar, settings).Where(moment => moment.Days == reminder.WorkingDaysBefore).Select(moment => (DateOnly?)moment.Date)
                .FirstOrDefault() is not { } day
            || day == planned)
        {
            return null;
        }

        return At(day, settings) > now ? At(day, settings) : null;
    }

    /// <summary>The due date as the agency works to it, why it moved, and every reminder of it with what became of it.</summary>
    public static DuePlan Plan(Recommendation recommendation, DateTimeOffset now, WorkingCalendar calendar, ReminderSettings settings)
    {
        var shift = calendar.Shift(recommendation.DueDate);
        var reminders = Moments(recommendation.DueDate, calendar, settings).Select(moment =>
        {
            var at = At(moment.Date, settings);
            var state = recommendation.RemindersSent.Contains(new ReminderMoment(recommendation.DueDate, moment.Days)) ? ReminderState.Sent
                : !recommendation.AwaitsAgency ? ReminderState.NotNeeded
                : at > now ? ReminderState.Scheduled
                : ReminderState.Passed;
            return new PlannedReminder(moment.Days, moment.Days == 0 ? "Thông báo quá hạn" : $"Nhắc hạn (còn {moment.Days} ngày làm việc)", moment.Date, at,
                calendar.IsProvisional(moment.Date, shift.Effective), state, Labels.Of(state));
        });
        return new DuePlan(recommendation.DueDate, shift.Effective, shift.Why, calendar.IsProvisional(recommendation.DueDate, shift.Effective), [.. reminders]);
    }

}

public enum ReminderState
{
    [Label("Sẽ gửi")]
    Scheduled,
    [Label("Đã gửi")]
    Sent,
    /// <summary>The agency has answered (done, explained): reminders stop.</summary>
    [Label("Không gửi (cơ quan đã trả lời)")]
    NotNeeded,
    /// <summary>Its moment was over before the due date was set (an extension granted late, for instance).</summary>
    [Label("Đã qua")]
    Passed,
}

/// <summary>One reminder of a due date: which, on what day (provisional when a year it spans has provisional holidays), and what became of it.</summary>
public sealed record PlannedReminder(int WorkingDaysBefore, string What, DateOnly On, DateTimeOffset At, bool Provisional, ReminderState State, string StateLabel);

/// <summary>The due date as set, the one the agency works to (the next working day when it falls on a day off) and why, and its reminders.</summary>
public sealed record DuePlan(DateOnly DueDate, DateOnly EffectiveDueDate, string? Moved, bool Provisional, IReadOnlyList<PlannedReminder> Reminders);

public static class RecommendationReminderHandler
{
    /// <summary>
    /// Whether the reminder still has a reason: the agency has not answered, the due date is the one it was set for,
    /// and it has not been sent already.
    /// </summary>
    public static bool Applies(Recommendation recommendation, RecommendationReminder reminder) =>
        recommendation.AwaitsAgency && recommendation.DueDate == reminder.DueDate
        && !recommendation.RemindersSent.Contains(new ReminderMoment(reminder.DueDate, reminder.WorkingDaysBefore));

    public static string Text(Recommendation recommendation, DateOnly dueDate, int workingDaysBefore) => workingDaysBefore == 0
        ? $"Kiến nghị {recommendation.Code} gửi {recommendation.AgencyName} đã quá hạn {VietnamTime.Format(dueDate)}."
        : $"Kiến nghị {recommendation.Code} gửi {recommendation.AgencyName} đến hạn {VietnamTime.Format(dueDate)} " +
          $"(còn {workingDaysBefore} ngày làm việc).";

    /// <summary>Records that the reminder went out; the agency and the secretariat are told of that event (<see cref="Notifications.RecommendationNoticeHandler"/>).</summary>
    public static async Task<OutgoingMessages> Handle(RecommendationReminder reminder, IDocumentSession session,
        TimeProvider clock, WorkingCalendar calendar, IOptions<ReminderSettings> settings, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Recommendation>(reminder.RecommendationId, cancellation);
        if (stream.Aggregate is not { } recommendation || !Applies(recommendation, reminder))
        {
            return [];
        }

        if (ReminderSchedule.Postponed(reminder, clock.GetUtcNow(), calendar, settings.Value) is { } later)
        {
            return [(reminder with { On = VietnamTime.DateOf(later) }).ScheduledAt(later)];
        }

        var people = await Recipients.Of(session, cancellation);
        stream.AppendOne(new ReminderSent(recommendation.Id, recommendation.ProgrammeId, VietnamTime.DateOf(clock.GetUtcNow()), reminder.DueDate,
            reminder.WorkingDaysBefore, people.Agency(recommendation.DirectoryAgencyId).Count + people.Secretariat.Count));
        return [];
    }
}
