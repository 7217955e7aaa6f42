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

    [Theory]
    [InlineData("2025-06-04", "2025-06-04", null)]
    [InlineData("2025-06-07", "2025-06-09", "Hạn 07/06/2025 rơi vào Thứ Bảy nên chuyển sang ngày làm việc tiếp theo: Thứ Hai, 09/06/2025.")]
    // Mùng 1 Tết Giáp Thìn was a Saturday inside the published Tết block (8–14/2/2024).
    [InlineData("2024-02-10", "2024-02-15", "Hạn 10/02/2024 rơi vào Tết Nguyên đán nên chuyển sang ngày làm việc tiếp theo: Thứ Năm, 15/02/2024.")]
    [InlineData("2026-04-26", "2026-04-28",
        "Hạn 26/04/2026 rơi vào Chủ nhật, tiếp theo là Giỗ Tổ Hùng Vương (nghỉ bù), nên chuyển sang ngày làm việc tiếp theo: Thứ Ba, 28/04/2026.")]
    [InlineData("2027-04-30", "2027-05-04",
        "Hạn 30/04/2027 rơi vào Ngày Chiến thắng (dự kiến), tiếp theo là Ngày Quốc tế Lao động (nghỉ bù) (dự kiến), nên chuyển sang ngày làm việc tiếp theo: Thứ Ba, 04/05/2027.")]
    public void A_due_date_on_a_day_off_says_what_the_day_is_and_where_it_moves(string due, string effective, string? why) =>
        calendar.Shift(DateOnly.Parse(due)).ShouldBe(new DueDateShift(DateOnly.Parse(due), DateOnly.Parse(effective), why));
}
