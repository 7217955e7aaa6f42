using Oversight.Common;
using Oversight.Holidays;

namespace Oversight.Tests.Holidays;

/// <summary>The lunar calendar computed from the astronomy against dates everyone in Vietnam knows, and against the holiday file.</summary>
public sealed class LunarCalendarTests
{
    static readonly WorkingCalendar calendar = WorkingCalendar.Load(Path.Combine(AppContext.BaseDirectory, "calendar", WorkingCalendar.DefaultFile));

    /// <summary>
    /// Mùng 1 Tết as printed on Vietnamese calendars. 1968, 1985 and 2007 are the years UTC+7 matters: the North kept Tết
    /// Mậu Thân on 29/1/1968 (the South, on UTC+8, a day later); Tết Ất Sửu 1985 came a month before China's (20/2/1985);
    /// the new moons of Tết Đinh Hợi and Tết Canh Tuất fall at 23:14 on 17/2/2007 and 23:07 on 2/2/2030 in Hà Nội, after
    /// midnight in Beijing (China: 18/2/2007, 3/2/2030).
    /// </summary>
    [Theory]
    [InlineData(1968, "1968-01-29")]
    [InlineData(1985, "1985-01-21")]
    [InlineData(2007, "2007-02-17")]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    [InlineData(2029, "2029-02-13")]
    [InlineData(2030, "2030-02-02")]
    public void Tet_falls_on_the_day_Vietnamese_calendars_print(int year, string newYear)
    {
        LunarCalendar.NewYear(year).ShouldBe(DateOnly.Parse(newYear));
        LunarCalendar.FromSolar(DateOnly.Parse(newYear)).ShouldBe(new LunarDate(year, 1, 1, false));
    }

    /// <summary>Giỗ Tổ Hùng Vương, 10/3 âm lịch; 2020 and 2023 had a leap month before it (4 and 2), which it must not count.</summary>
    [Theory]
    [InlineData(2020, "2020-04-02")]
    [InlineData(2021, "2021-04-21")]
    [InlineData(2022, "2022-04-10")]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void The_Hung_Kings_day_is_the_tenth_of_the_third_lunar_month(int year, string date) =>
        LunarCalendar.ToSolar(new LunarDate(year, 3, 10, false)).ShouldBe(DateOnly.Parse(date));

    [Theory]
    [InlineData(2012, 4)]
    [InlineData(2014, 9)]
    [InlineData(2017, 6)]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2028, 5)]
    public void A_year_of_thirteen_months_repeats_the_month_without_a_major_solar_term(int year, int leapMonth)
    {
        var leap = Days(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)).Select(LunarCalendar.FromSolar).Where(date => date.LeapMonth)
            .Select(date => date.Month).Distinct().ToList();
        leap.ShouldBe([leapMonth]);
        // The leap month follows the month whose number it repeats.
        (LunarCalendar.ToSolar(new LunarDate(year, leapMonth, 1, true)).DayNumber - LunarCalendar.ToSolar(new LunarDate(year, leapMonth, 1, false)).DayNumber)
            .ShouldBeInRange(29, 30);
        Should.Throw<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(new LunarDate(year, leapMonth == 12 ? 1 : leapMonth + 1, 1, true)));
    }

    [Fact]
    public void Every_day_from_1968_to_2100_converts_to_a_lunar_date_and_back()
    {
        var previous = LunarCalendar.FromSolar(new DateOnly(1968, 1, 1));
        foreach (var day in Days(new DateOnly(1968, 1, 2), new DateOnly(2100, 12, 31)))
        {
            var lunar = LunarCalendar.FromSolar(day);
            LunarCalendar.ToSolar(lunar).ShouldBe(day);
            // Days follow one another; a month has 29 or 30 of them.
            (lunar.Day == previous.Day + 1 || (lunar.Day == 1 && previous.Day is 29 or 30)).ShouldBeTrue($"{day}: {lunar} after {previous}");
            previous = lunar;
        }
    }

    /// <summary>The Tết block the rules compute is the one the Government published for each year of the holiday file.</summary>
    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void The_computed_Tet_holidays_equal_the_published_ones(int year)
    {
        var published = calendar.Published(year)!.Days.Where(day => day.Name == "Tết Nguyên đán").Select(day => day.Date).ToList();
        published.Count.ShouldBe(5);
        calendar.Computed(year).Days.Where(day => day.Name == "Tết Nguyên đán").Select(day => day.Date).ShouldBe(published);
    }

    /// <summary>
    /// The whole of each published year but the swaps the Government announced (a weekday off against a Saturday worked),
    /// which no rule foresees: 29/4/2024, 2/5/2025, 2/1/2026.
    /// </summary>
    [Theory]
    [InlineData(2024, "2024-04-29")]
    [InlineData(2025, "2025-05-02")]
    [InlineData(2026, "2026-01-02")]
    public void The_computed_year_is_the_published_one_but_for_the_announced_swap(int year, string swap)
    {
        var published = calendar.Published(year)!.Days.Select(day => day.Date).ToList();
        calendar.Computed(year).Days.Select(day => day.Date).ShouldBe(published.Where(day => day != DateOnly.Parse(swap)));
    }

    [Fact]
    public void The_years_after_the_file_are_provisional_and_follow_the_rules()
    {
        var year2027 = calendar.Year(2027);
        year2027.Source.ShouldBe(HolidaySource.Provisional);
        year2027.Days.ShouldBe([
            new PublicHoliday(new DateOnly(2027, 1, 1), "Tết Dương lịch"),
            // Mùng 1 is Saturday 6/2: Thursday 4/2 (the eve's eve) to Wednesday 10/2.
            new PublicHoliday(new DateOnly(2027, 2, 4), "Tết Nguyên đán"),
            new PublicHoliday(new DateOnly(2027, 2, 5), "Tết Nguyên đán"),
            new PublicHoliday(new DateOnly(2027, 2, 8), "Tết Nguyên đán"),
            new PublicHoliday(new DateOnly(2027, 2, 9), "Tết Nguyên đán"),
            new PublicHoliday(new DateOnly(2027, 2, 10), "Tết Nguyên đán"),
            new PublicHoliday(new DateOnly(2027, 4, 16), "Giỗ Tổ Hùng Vương"),
            new PublicHoliday(new DateOnly(2027, 4, 30), "Ngày Chiến thắng"),
            // 1/5 is a Saturday.
            new PublicHoliday(new DateOnly(2027, 5, 3), "Ngày Quốc tế Lao động (nghỉ bù)"),
            new PublicHoliday(new DateOnly(2027, 9, 2), "Quốc khánh"),
            // 2/9 is a Thursday: the second day is Friday 3/9.
            new PublicHoliday(new DateOnly(2027, 9, 3), "Quốc khánh"),
        ]);

        var year2028 = calendar.Year(2028);
        year2028.Provisional.ShouldBeTrue();
        year2028.Days.Select(day => (day.Date.ToString("MM-dd"), day.Name)).ShouldBe([
            // 1/1 is a Saturday.
            ("01-03", "Tết Dương lịch (nghỉ bù)"),
            // Mùng 1 is Wednesday 26/1: Monday 24/1 to Friday 28/1.
            ("01-24", "Tết Nguyên đán"), ("01-25", "Tết Nguyên đán"), ("01-26", "Tết Nguyên đán"), ("01-27", "Tết Nguyên đán"), ("01-28", "Tết Nguyên đán"),
            ("04-04", "Giỗ Tổ Hùng Vương"),
            // 30/4 is a Sunday and 1/5 a holiday of its own: the compensation is Tuesday 2/5.
            ("05-01", "Ngày Quốc tế Lao động"), ("05-02", "Ngày Chiến thắng (nghỉ bù)"),
            ("09-01", "Quốc khánh"), ("09-04", "Quốc khánh (nghỉ bù)"),
        ]);

        // Before Bộ luật Lao động 2019, National Day was one day.
        calendar.Year(2019).Days.Count(day => day.Name.StartsWith("Quốc khánh")).ShouldBe(1);
        calendar.RulesFor(2027).Basis.ShouldContain("Bộ luật Lao động 2019");
    }

    static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
