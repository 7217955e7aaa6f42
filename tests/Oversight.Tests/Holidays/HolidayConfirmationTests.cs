using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Common;
using Oversight.Holidays;
using Oversight.Recommendations.Register;
using Oversight.Recommendations.Reminders;
using Oversight.Tests.Security;
using Oversight.Tests.Support;
using Wolverine;
using Wolverine.Tracking;

namespace Oversight.Tests.Holidays;

/// <summary>
/// Due dates and reminders in the years after the holiday file, over HTTP: provisional holidays computed by the app,
/// shown as such, until the system administrator confirms or edits the year.
/// </summary>
public sealed class HolidayConfirmationTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly DateOnly tet2027 = new(2027, 2, 6), tet2028 = new(2028, 1, 26);

    [Fact]
    public async Task A_due_date_on_Tet_2027_or_2028_moves_past_the_provisional_holidays_and_its_reminders_count_around_them()
    {
        var world = await World.Plan(Host, People.SecretariatA, member: null);
        var url = $"/api/recommendations/{world.RecommendationId}";

        // Mùng 1 Tết Đinh Mùi (Saturday 6/2/2027): Tết is provisionally Thursday 4/2 to Wednesday 10/2.
        var scheduled = await Extend(url, tet2027);
        var due = (await Host.GetJson<RecommendationView>(url)).Due;
        due.DueDate.ShouldBe(tet2027);
        due.EffectiveDueDate.ShouldBe(new DateOnly(2027, 2, 11));
        due.Moved.ShouldBe("Hạn 06/02/2027 rơi vào Tết Nguyên đán (dự kiến) nên chuyển sang ngày làm việc tiếp theo: Thứ Năm, 11/02/2027.");
        due.Provisional.ShouldBeTrue();
        due.Reminders.Select(reminder => (reminder.WorkingDaysBefore, reminder.On)).ShouldBe([
            (15, new DateOnly(2027, 1, 14)), (7, new DateOnly(2027, 1, 26)), (3, new DateOnly(2027, 2, 1)), (0, new DateOnly(2027, 2, 12))]);
        due.Reminders.ShouldAllBe(reminder => reminder.Provisional && reminder.At.Offset == TimeSpan.FromHours(7) && reminder.At.Hour == 8);
        // What the extension scheduled is that schedule (the moments still ahead), each message knowing its day.
        scheduled.Select(reminder => (reminder.WorkingDaysBefore, reminder.On)).ShouldBe(
            due.Reminders.Where(reminder => reminder.At > DateTimeOffset.UtcNow).Select(reminder => (reminder.WorkingDaysBefore, (DateOnly?)reminder.On)), ignoreOrder: true);

        var page = await Page($"/kien-nghi/{world.RecommendationId}", People.AgencyA);
        page.ShouldContain("hạn thực tế <strong id=\"effective-due\">Thứ Năm, 11/02/2027</strong>");
        page.ShouldContain(due.Moved!);
        page.ShouldContain("Thứ Năm, 14/01/2027 08:00 <span class=\"provisional-mark\">(dự kiến)</span>");
        page.ShouldContain("Thứ Hai, 01/02/2027 08:00");
        page.ShouldContain("Thông báo quá hạn");
        page.ShouldContain("Thứ Sáu, 12/02/2027 08:00");

        // Mùng 1 Tết Mậu Thân (Wednesday 26/1/2028): Monday 24 to Friday 28/1; the 15-day reminder reaches back past 3/1/2028
        // (Tết Dương lịch, compensated: 1/1 is a Saturday) into 2027.
        await Extend(url, tet2028);
        due = (await Host.GetJson<RecommendationView>(url)).Due;
        due.EffectiveDueDate.ShouldBe(new DateOnly(2028, 1, 31));
        due.Moved.ShouldBe("Hạn 26/01/2028 rơi vào Tết Nguyên đán (dự kiến) nên chuyển sang ngày làm việc tiếp theo: Thứ Hai, 31/01/2028.");
        due.Reminders.Select(reminder => (reminder.WorkingDaysBefore, reminder.On)).ShouldBe([
            (15, new DateOnly(2027, 12, 31)), (7, new DateOnly(2028, 1, 13)), (3, new DateOnly(2028, 1, 19)), (0, new DateOnly(2028, 2, 1))]);
        page = await Page($"/kien-nghi/{world.RecommendationId}", People.SecretariatA);
        page.ShouldContain("Thứ Sáu, 31/12/2027 08:00 <span class=\"provisional-mark\">(dự kiến)</span>");
        page.ShouldContain("Thứ Tư, 19/01/2028 08:00");
        page.ShouldContain("Thứ Ba, 01/02/2028 08:00");
        page.ShouldContain("id=\"provisional-note\"");
    }

    [Fact]
    public async Task The_system_administrator_is_asked_to_confirm_until_the_year_is_confirmed_and_each_confirmation_is_kept_with_who_and_what()
    {
        var calendar = Host.Services.GetRequiredService<WorkingCalendar>();
        var unconfirmed = HolidayYears.Unconfirmed(calendar, VietnamTime.Today(TimeProvider.System));
        var home = await Page("/", People.SystemAdmin);
        foreach (var year in unconfirmed)
        {
            home.ShouldContain($"id=\"holiday-banner-{year}\"");
            home.ShouldContain($"href=\"/quan-tri/ngay-nghi?year={year}\"");
        }

        (await Page("/", People.SecretariatA)).ShouldNotContain("holiday-banner");
        (await Page("/quan-tri", People.SystemAdmin)).ShouldContain("href=\"/quan-tri/ngay-nghi\"");

        var provisional = await Host.GetJson<HolidayYearView>("/api/holidays?year=2027", People.SystemAdmin);
        provisional.ShouldSatisfyAllConditions(
            view => view.Source.ShouldBe(HolidaySource.Provisional),
            view => view.Version.ShouldBe(0),
            view => view.Days.ShouldBe(view.Computed),
            view => view.History.ShouldBeEmpty(),
            view => view.Basis.ShouldContain("Bộ luật Lao động 2019"));
        (await Page("/quan-tri/ngay-nghi?year=2027", People.SystemAdmin)).ShouldContain("04/02/2027 Tết Nguyên đán");

        var world = await World.Plan(Host, People.SecretariatA, member: null);
        var url = $"/api/recommendations/{world.RecommendationId}";
        await Extend(url, new DateOnly(2027, 2, 10));
        (await Host.GetJson<RecommendationView>(url)).Due.EffectiveDueDate.ShouldBe(new DateOnly(2027, 2, 11));

        // Suppose the Government gives Wednesday 3/2 to Tuesday 9/2 instead.
        var announced = provisional.Days.Where(day => day.Date != new DateOnly(2027, 2, 10)).Append(new PublicHoliday(new DateOnly(2027, 2, 3), "Tết Nguyên đán"))
            .ToList();
        var bad = new { year = 2027, version = 0, days = announced.Append(new PublicHoliday(new DateOnly(2027, 2, 6), "Mùng 1 Tết")) };
        (await Problem(await Host.SendAs(People.SystemAdmin, HttpMethod.Put, "/api/holidays", bad, 400))).ShouldContain("06/02/2027 là Thứ Bảy");
        (await Problem(await Host.SendAs(People.SystemAdmin, HttpMethod.Put, "/api/holidays", new { year = 1900, version = 0, days = announced }, 400)))
            .ShouldContain("từ 1968 đến 2199");
        (await Problem(await Host.SendAs(People.SystemAdmin, HttpMethod.Put, "/api/holidays", new { year = 2027, version = 0 }, 400)))
            .ShouldContain("Hãy liệt kê các ngày nghỉ của năm 2027");
        await Host.SendAs(People.SecretariatA, HttpMethod.Put, "/api/holidays", new { year = 2027, version = 0, days = announced }, 403);

        var confirmed = await (await Host.SendAs(People.SystemAdmin, HttpMethod.Put, "/api/holidays",
            new { year = 2027, version = 0, days = announced, note = "Thông báo nghỉ Tết Đinh Mùi" }, 200)).Read<HolidayYearView>();
        confirmed.Source.ShouldBe(HolidaySource.Confirmed);
        confirmed.Version.ShouldBe(1);
        confirmed.Days.Select(day => day.Date).ShouldContain(new DateOnly(2027, 2, 3));
        var change = confirmed.History.Single();
        change.ShouldSatisfyAllConditions(
            () => change.By.ShouldBe(People.SystemAdmin.UserName),
            () => change.What.ShouldBe("Sửa danh sách dự kiến và xác nhận"),
            () => change.Added.ShouldBe([new PublicHoliday(new DateOnly(2027, 2, 3), "Tết Nguyên đán")]),
            () => change.Removed.ShouldBe([new PublicHoliday(new DateOnly(2027, 2, 10), "Tết Nguyên đán")]),
            () => change.Note.ShouldBe("Thông báo nghỉ Tết Đinh Mùi"),
            () => (DateTimeOffset.UtcNow - change.At).ShouldBeLessThan(TimeSpan.FromMinutes(1)));
        Fixture.Log.Where("Holidays of {Year} confirmed by {By}", "Year", "2027").Single().Properties["By"].ToString().ShouldBe($"\"{People.SystemAdmin.UserName}\"");

        // It counts at once: 10/2/2027 is a working day now, and nothing is provisional in 2027 any more.
        var due = (await Host.GetJson<RecommendationView>(url)).Due;
        due.EffectiveDueDate.ShouldBe(new DateOnly(2027, 2, 10));
        due.Moved.ShouldBeNull();
        due.Provisional.ShouldBeFalse();
        due.Reminders.Single(reminder => reminder.WorkingDaysBefore == 3).On.ShouldBe(new DateOnly(2027, 1, 29));
        (await Page($"/kien-nghi/{world.RecommendationId}", People.SecretariatA)).ShouldNotContain("(dự kiến)");
        (await Page("/", People.SystemAdmin)).ShouldNotContain("holiday-banner-2027");

        // A list made from the provisional one, sent after the confirmation, would overwrite it: refused.
        (await Problem(await Host.SendAs(People.SystemAdmin, HttpMethod.Put, "/api/holidays", new { year = 2027, version = 0, days = provisional.Days }, 412)))
            .ShouldContain("đã được xác nhận lại");
        var again = await (await Host.SendAs(People.SystemAdmin, HttpMethod.Put, "/api/holidays", new { year = 2027, version = 1, days = announced }, 200))
            .Read<HolidayYearView>();
        again.History.Select(entry => entry.What).ShouldBe(["Xác nhận danh sách đã xác nhận, không thay đổi", "Sửa danh sách dự kiến và xác nhận"]);
        var page = await Page("/quan-tri/ngay-nghi?year=2027", People.SystemAdmin);
        page.ShouldContain("Đã xác nhận");
        page.ShouldContain("Thông báo nghỉ Tết Đinh Mùi");
        page.ShouldContain("03/02/2027 Tết Nguyên đán");
        (await Page("/quan-tri/ngay-nghi?year=1900", People.SystemAdmin, 404)).ShouldContain("Không tìm thấy");
    }

    [Fact]
    public async Task A_confirmation_made_on_one_instance_counts_on_another_within_the_refresh_interval()
    {
        var connectionString = await RunningApp.NewDatabase(Fixture.ConnectionString, "holidays");
        await using var first = await Start(connectionString);
        await using var second = await Start(connectionString);
        await People.Seed(first.Services.GetRequiredService<IDocumentStore>());
        var days = second.Services.GetRequiredService<WorkingCalendar>().Computed(2029).Days;
        await first.SendAs(People.SystemAdmin, HttpMethod.Put, "/api/holidays", new { year = 2029, version = 0, days = days.Skip(1) }, 200);

        // The second instance's own refresh must bring it in: wait for a refresh after which the year counts as confirmed.
        var calendar = second.Services.GetRequiredService<WorkingCalendar>();
        var confirmed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            if (calendar.Year(2029).Source == HolidaySource.Confirmed)
            {
                confirmed.TrySetResult();
            }
        }

        calendar.Refreshed += Check;
        Check();
        await confirmed.Task.WaitAsync(HolidayUpdates.Interval + TimeSpan.FromSeconds(5));
        calendar.Refreshed -= Check;

        calendar.Year(2029).Source.ShouldBe(HolidaySource.Confirmed);
        calendar.IsWorkingDay(days[0].Date).ShouldBeTrue();
    }

    /// <summary>The agency asks for the date and the secretariat grants it; the reminders the grant scheduled.</summary>
    async Task<IReadOnlyList<RecommendationReminder>> Extend(string url, DateOnly dueDate)
    {
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"{url}/extension-request", new { proposedDueDate = dueDate, reason = "Chờ phân bổ kinh phí" }, 204);
        var tracked = await Host.ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ =>
            Host.SendAs(People.SecretariatA, HttpMethod.Post, $"{url}/extension-decision", new { approve = true }, 204)));
        return [.. tracked.Scheduled.MessagesOf<RecommendationReminder>()];
    }

    async Task<string> Page(string url, Person person, int status = 200) => await (await Host.Scenario(scenario =>
    {
        scenario.As(person);
        scenario.Get.Url(url);
        scenario.StatusCodeShouldBe(status);
    })).ReadAsTextAsync();

    static async Task<string> Problem(IScenarioResult result) => await result.ReadAsTextAsync();

    Task<IAlbaHost> Start(string connectionString) => AlbaHost.For<Program>(builder =>
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Oversight", connectionString);
        builder.ConfigureServices(services => services.RunWolverineInSoloMode());
    });
}
