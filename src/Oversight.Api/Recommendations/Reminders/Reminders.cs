using Marten;
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
/// done or the due date has changed meanwhile (the date it was scheduled for is in the message).
/// </summary>
public sealed record RecommendationReminder(Guid RecommendationId, DateOnly DueDate, int WorkingDaysBefore)
{
    public bool IsOverdueNotice => WorkingDaysBefore == 0;
}

/// <summary>Which reminder: N working days before this due date (0: the overdue notice).</summary>
public sealed record ReminderMoment(DateOnly DueDate, int WorkingDaysBefore);

public sealed record ReminderSent(Guid RecommendationId, Guid ProgrammeId, DateOnly On, DateOnly DueDate, int WorkingDaysBefore, int Recipients);

public static class ReminderSchedule
{
    /// <summary>The reminders still ahead for a due date: N working days before it, and the notice the working day after it.</summary>
    public static OutgoingMessages For(Guid recommendationId, DateOnly dueDate, DateTimeOffset now, WorkingCalendar calendar, ReminderSettings settings)
    {
        var effective = calendar.Effective(dueDate);
        var moments = settings.WorkingDaysBefore.Where(days => days > 0).Distinct()
            .Select(days => (Days: days, Date: calendar.AddWorkingDays(effective, -days)))
            .Append((Days: 0, Date: calendar.AddWorkingDays(effective, 1)));
        var messages = new OutgoingMessages();
        foreach (var (days, date) in moments)
        {
            var at = new DateTimeOffset(date.ToDateTime(settings.At), VietnamTime.Offset);
            if (at > now)
            {
                messages.Add(new RecommendationReminder(recommendationId, dueDate, days).ScheduledAt(at));
            }
        }

        return messages;
    }
}

public static class RecommendationReminderHandler
{
    /// <summary>
    /// Whether the reminder still has a reason: the agency has not answered, the due date is the one it was set for,
    /// and it has not been sent already.
    /// </summary>
    public static bool Applies(Recommendation recommendation, RecommendationReminder reminder) =>
        recommendation.AwaitsAgency && recommendation.DueDate == reminder.DueDate
        && !recommendation.RemindersSent.Contains(new ReminderMoment(reminder.DueDate, reminder.WorkingDaysBefore));

    public static string Text(Recommendation recommendation, RecommendationReminder reminder) => reminder.IsOverdueNotice
        ? $"Kiến nghị {recommendation.Code} gửi {recommendation.AgencyName} đã quá hạn {VietnamTime.Format(recommendation.DueDate)}."
        : $"Kiến nghị {recommendation.Code} gửi {recommendation.AgencyName} đến hạn {VietnamTime.Format(recommendation.DueDate)} " +
          $"(còn {reminder.WorkingDaysBefore} ngày làm việc).";

    public static async Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(RecommendationReminder reminder, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Recommendation>(reminder.RecommendationId, cancellation);
        if (stream.Aggregate is not { } recommendation || !Applies(recommendation, reminder))
        {
            return ([], []);
        }

        var (notes, mails) = await Recipients.Tell(session, recommendation, Text(recommendation, reminder), clock.GetUtcNow(), agencyOnly: false, cancellation);
        stream.AppendOne(new ReminderSent(recommendation.Id, recommendation.ProgrammeId, VietnamTime.DateOf(clock.GetUtcNow()), reminder.DueDate,
            reminder.WorkingDaysBefore, notes.Count));
        return (notes, mails);
    }
}

/// <summary>Who hears about a recommendation: its agency's accounts and (unless only the agency is meant) the council's secretariat.</summary>
public static class Recipients
{
    public static async Task<(IReadOnlyList<IMartenOp> Notifications, OutgoingMessages Mails)> Tell(IQuerySession session, Recommendation recommendation,
        string text, DateTimeOffset now, bool agencyOnly, CancellationToken cancellation)
    {
        var council = session.TenantId;
        var people = (await session.Query<Account>()
                .Where(account => account.CouncilId == council && !account.Disabled
                    && (account.Role == Role.AgencyUser || account.Role == Role.Secretariat || account.Role == Role.CouncilAdministrator))
                .ToListAsync(cancellation))
            .Where(account => account.Role == Role.AgencyUser ? account.ToActor().IsOwnAgency(recommendation.AgencyName) : !agencyOnly)
            .ToList();
        var link = $"/kien-nghi/{recommendation.Id}";
        var mails = new OutgoingMessages();
        mails.AddRange(people.Where(person => !string.IsNullOrWhiteSpace(person.Email))
            .Select(person => new SendEmail(person.Email!, $"Kiến nghị {recommendation.Code}", $"{text}\n\n{recommendation.Text}\n\nXem và trả lời: {link}")));
        return ([.. people.Select(person => (IMartenOp)MartenOps.Store(new Notification
        {
            Id = Guid.CreateVersion7(), AccountId = person.Id, Text = text, Link = link, CreatedAt = now,
        }))], mails);
    }
}
