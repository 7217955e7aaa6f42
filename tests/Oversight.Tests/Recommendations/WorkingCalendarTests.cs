using Oversight.Common;

namespace Oversight.Tests.Recommendations;

public sealed class WorkingCalendarTests
{
    static readonly WorkingCalendar calendar = WorkingCalendar.Load(Path.Combine(AppContext.BaseDirectory, "calendar", WorkingCalendar.DefaultFile));

    [Theory]
    [InlineData("2025-01-24", 1, "2025-02-03")] // Friday before Tết Ất Tỵ: the next working day is after the holiday week
    [InlineData("2025-02-03", -3, "2025-01-22")]
    [InlineData("2026-02-13", 1, "2026-02-23")] // Tết Bính Ngọ
    [InlineData("2026-02-13", 5, "2026-02-27")]
    [InlineData("2024-04-26", 1, "2024-05-02")] // 29/4–1/5/2024 off
    [InlineData("2025-08-29", 1, "2025-09-03")] // National Day 1–2/9/2025
    [InlineData("2025-06-02", 15, "2025-06-23")]
    public void Working_days_skip_weekends_and_holidays(string from, int days, string expected) =>
        calendar.AddWorkingDays(DateOnly.Parse(from), days).ShouldBe(DateOnly.Parse(expected));

    [Fact]
    public void A_deadline_on_a_day_off_moves_to_the_next_working_day_and_days_between_count_only_working_ones()
    {
        calendar.Effective(new DateOnly(2024, 9, 1)).ShouldBe(new DateOnly(2024, 9, 4));
        calendar.Effective(new DateOnly(2025, 6, 4)).ShouldBe(new DateOnly(2025, 6, 4));
        calendar.WorkingDaysBetween(new DateOnly(2025, 1, 24), new DateOnly(2025, 2, 3)).ShouldBe(1);
        calendar.WorkingDaysBetween(new DateOnly(2025, 2, 3), new DateOnly(2025, 1, 24)).ShouldBe(0);
        calendar.Year(2026).Days.Count.ShouldBe(12);
    }
}
