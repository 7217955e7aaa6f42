using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Common;
using Oversight.Notifications;
using Oversight.Recommendations;
using Oversight.Recommendations.Register;
using Oversight.Recommendations.Reminders;
using Oversight.Tests.Security;
using Oversight.Tests.Support;
using Wolverine;
using Wolverine.Tracking;

namespace Oversight.Tests.Recommendations;

public sealed class ReminderTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly WorkingCalendar calendar = WorkingCalendar.Load(Path.Combine(AppContext.BaseDirectory, "calendar", WorkingCalendar.DefaultFile));

    [Fact]
    public void Reminders_fall_on_working_days_before_the_due_date_and_the_notice_on_the_working_day_after()
    {
        // Due Friday 27/2/2026, just after Tết Bính Ngọ (16–20/2).
        var messages = ReminderSchedule.For(Guid.NewGuid(), new DateOnly(2026, 2, 27), new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero), calendar,
            new ReminderSettings());
        var schedule = messages.Cast<ScheduledMessage<RecommendationReminder>>()
            .Select(message => (message.Message.WorkingDaysBefore, Date: VietnamTime.DateOf(message.Options.ScheduledTime!.Value))).ToList();
        schedule.ShouldBe([(15, new DateOnly(2026, 1, 30)), (7, new DateOnly(2026, 2, 11)), (3, new DateOnly(2026, 2, 24)), (0, new DateOnly(2026, 3, 2))]);

        // Only the moments still ahead are scheduled.
        ReminderSchedule.For(Guid.NewGuid(), new DateOnly(2026, 2, 27), new DateTimeOffset(2026, 2, 23, 0, 0, 0, TimeSpan.Zero), calendar, new ReminderSettings())
            .Count.ShouldBe(2);
    }

    [Fact]
    public void A_reminder_whose_day_the_confirmed_holidays_moved_later_waits_for_that_day_and_one_moved_earlier_goes_out_when_it_arrives()
    {
        var settings = new ReminderSettings();
        var provisional = WorkingCalendar.Load(Path.Combine(AppContext.BaseDirectory, "calendar", WorkingCalendar.DefaultFile));
        // Due Monday 15/2/2027, after the provisional Tết (4–10/2): three working days before is Wednesday 3/2.
        var dueDate = new DateOnly(2027, 2, 15);
        var reminder = ReminderSchedule.For(Guid.NewGuid(), dueDate, new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), provisional, settings)
            .Cast<ScheduledMessage<RecommendationReminder>>().Select(message => message.Message).Single(message => message.WorkingDaysBefore == 3);
        reminder.On.ShouldBe(new DateOnly(2027, 2, 3));
        var arrival = ReminderSchedule.At(new DateOnly(2027, 2, 3), settings);
        ReminderSchedule.Postponed(reminder, arrival, provisional, settings).ShouldBeNull();
        ReminderSchedule.Postponed(reminder with { On = null }, arrival, provisional, settings).ShouldBeNull();

        // The Government's Tết turns out to be 3–9/2: the third working day before 15/2 is Wednesday 10/2.
        var tet = provisional.Year(2027).Days.Where(day => day.Name == "Tết Nguyên đán").Select(day => day.Date).ToList();
        ReminderSchedule.Postponed(reminder, arrival, With2027(tet.Where(day => day != new DateOnly(2027, 2, 10)).Append(new DateOnly(2027, 2, 3))), settings)
            .ShouldBe(ReminderSchedule.At(new DateOnly(2027, 2, 10), settings));
        // A longer break (to 12/2) makes it Monday 1/2, already past when the reminder arrives: it goes out now, late rather than never.
        ReminderSchedule.Postponed(reminder, arrival, With2027(tet.Append(new DateOnly(2027, 2, 11)).Append(new DateOnly(2027, 2, 12))), settings).ShouldBeNull();

        WorkingCalendar With2027(IEnumerable<DateOnly> tetDays)
        {
            var confirmed = WorkingCalendar.Load(Path.Combine(AppContext.BaseDirectory, "calendar", WorkingCalendar.DefaultFile));
            confirmed.UseConfirmed([new HolidayYear(2027, HolidaySource.Confirmed, provisional.Year(2027).Days.Where(day => day.Name != "Tết Nguyên đán")
                .Concat(tetDays.Select(day => new PublicHoliday(day, "Tết Nguyên đán"))))]);
            return confirmed;
        }
    }

    [Fact]
    public async Task A_granted_extension_schedules_reminders_which_notify_and_e_mail_the_agency_and_the_secretariat_only_while_they_apply()
    {
        var world = await World.Plan(Host, People.SecretariatA, member: null);
        var url = $"/api/recommendations/{world.RecommendationId}";
        var dueDate = VietnamTime.Today(TimeProvider.System).AddMonths(2);
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"{url}/extension-request", new { proposedDueDate = dueDate, reason = "Chờ kinh phí" }, 204);

        var tracked = await Host.ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ =>
            Host.SendAs(People.SecretariatA, HttpMethod.Post, $"{url}/extension-decision", new { approve = true }, 204)));
        var reminders = tracked.Scheduled.MessagesOf<RecommendationReminder>().ToList();
        reminders.Select(reminder => reminder.WorkingDaysBefore).Order().ShouldBe([0, 3, 7, 15]);
        reminders.ShouldAllBe(reminder => reminder.DueDate == dueDate && reminder.RecommendationId == world.RecommendationId);

        var threeDays = reminders.Single(reminder => reminder.WorkingDaysBefore == 3);
        await Replay(threeDays);
        var recommendation = await Host.GetJson<RecommendationView>(url);
        recommendation.History[^1].What.ShouldBe("Nhắc hạn kiến nghị (còn 3 ngày làm việc) tới 3 người");
        await Fixture.EventsRead();
        foreach (var person in new[] { People.AgencyA, People.SecretariatA, People.AdminA })
        {
            (await Reminded(person)).Single().Text.ShouldContain("còn 3 ngày làm việc");
        }

        (await Host.GetJson<List<Notification>>("/api/inbox", People.ViewerA)).ShouldBeEmpty();
        var subject = (await Reminded(People.AgencyA)).Single().Text;
        await Fixture.Mail.WaitFor(mails => mails.Count(mail => Subject(mail.Data) == subject) >= 3, TimeSpan.FromSeconds(30));
        Fixture.Mail.Received.Where(mail => Subject(mail.Data) == subject).Select(mail => mail.To).ShouldContain(People.AgencyA.Email);

        // The same reminder delivered again, one for a date no longer due, and one after the agency reported it done, change nothing.
        await Replay(threeDays);
        await Replay(threeDays with { DueDate = dueDate.AddDays(-1) });
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"{url}/explanation", new { explanation = "Không thuộc thẩm quyền của Sở", outsideCompetence = true }, 204);
        await Replay(reminders.Single(reminder => reminder.WorkingDaysBefore == 0));
        (await Host.GetJson<RecommendationView>(url)).History.Count(entry => entry.What.StartsWith("Nhắc hạn") || entry.What.StartsWith("Thông báo"))
            .ShouldBe(1);

        await Fixture.EventsRead();
        var notification = (await Reminded(People.AgencyA)).Single();
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"/api/inbox/{notification.Id}/read", null, 204);
        (await Reminded(People.AgencyA)).Single().ReadAt.ShouldNotBeNull();
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"/api/inbox/{notification.Id}/read", null, 404);
    }

    [Fact]
    public async Task A_scheduled_reminder_survives_a_restart_of_the_app()
    {
        // A database of its own, so that the shared test host cannot be the one that runs the reminder.
        var connectionString = await RunningApp.NewDatabase(Fixture.ConnectionString, "restart");
        var world = Guid.Empty;
        await using (var first = await Start(connectionString))
        {
            await People.Seed(first.Services.GetRequiredService<IDocumentStore>());
            world = (await World.Plan(first, People.SecretariatA, member: null)).RecommendationId;
            using var scope = first.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().ScheduleAsync(new RecommendationReminder(world, new DateOnly(2024, 10, 5), 3), DateTimeOffset.UtcNow.AddSeconds(3),
                new DeliveryOptions { TenantId = People.CouncilA });
        }

        // The reminder e-mails its recipients: their arrival is the sign that the second instance ran it.
        await using var second = await Start(connectionString);
        await Fixture.Mail.WaitFor(mails => mails.Any(mail => Subject(mail.Data)?.Contains("còn 3 ngày làm việc") == true && mail.Data.Contains($"/kien-nghi/{world}")),
            TimeSpan.FromSeconds(30));
        await using var session = second.Services.GetRequiredService<IDocumentStore>().QuerySession(People.CouncilA);
        (await session.LoadAsync<Recommendation>(world))!.RemindersSent.ShouldNotBeEmpty();
    }

    Task<IAlbaHost> Start(string connectionString) => AlbaHost.For<Program>(builder =>
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Oversight", connectionString);
        builder.UseSetting("Mail:Host", "127.0.0.1");
        builder.UseSetting("Mail:Port", Fixture.Mail.Port.ToString());
        builder.UseSetting("Mail:Security", "None");
        builder.ConfigureServices(services => services.RunWolverineInSoloMode());
    });

    /// <summary>The person's notifications of reminders (an extension's request and decision tell them too).</summary>
    async Task<List<Notification>> Reminded(Person person) =>
        [.. (await Host.GetJson<List<Notification>>("/api/inbox", person)).Where(notification => notification.Source == "reminder_sent")];

    static string? Subject(string mail) => MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail))).Subject;

    Task Replay(RecommendationReminder reminder) =>
        Host.ExecuteAndWaitAsync((Func<IMessageContext, Task>)(context => context.InvokeForTenantAsync(People.CouncilA, reminder)));
}
