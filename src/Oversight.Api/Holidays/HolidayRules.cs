using Oversight.Common;

namespace Oversight.Holidays;

/// <summary>A holiday on the same day every year; <see cref="Days"/> 2 adds the day next to it (Quốc khánh: 02/9 and one day before or after).</summary>
public sealed record FixedHoliday(int Month, int Day, string Name, int Days = 1);

/// <summary>A holiday on a day of the lunar calendar (Giỗ Tổ Hùng Vương: 10/3 âm lịch).</summary>
public sealed record LunarHoliday(int Month, int Day, string Name);

/// <summary>Tết Nguyên đán: how many days off the law gives.</summary>
public sealed record LunarNewYear(string Name, int Days);

/// <summary>
/// The public holidays the law gives from a date on (the holiday file's <c>rules</c>, one entry per law), from which
/// the app computes a provisional list for a year the file does not have and nobody has confirmed.
/// </summary>
public sealed record HolidayRules(DateOnly From, string Basis, IReadOnlyList<FixedHoliday> Fixed, IReadOnlyList<LunarHoliday> Lunar, LunarNewYear LunarNewYear)
{
    public const string Compensation = " (nghỉ bù)";

    /// <summary>
    /// The year's working days off under these rules, as the Government has been announcing them:
    /// <list type="bullet">
    /// <item>Tết: as many weekdays in a row as the law gives days, from the first weekday on or after the second day
    /// before mùng 1 (the eve's eve). The law's days plus the compensation for those that fall on a weekend always
    /// come to that many weekdays, and the Government places them as one block around the eve; this placement gives
    /// the published schedules of 2024, 2025 and 2026 exactly.</item>
    /// <item>A day given as two (Quốc khánh) takes the day before it, or the day after when it is a Thursday, so the
    /// holiday joins the weekend.</item>
    /// <item>A holiday on a Saturday or Sunday (or on another holiday) is compensated on the next working day
    /// (Bộ luật Lao động 2019, Điều 111 khoản 3).</item>
    /// </list>
    /// Swaps the Government announces some years (a weekday off against a Saturday worked) cannot be foreseen;
    /// they are what confirming a year adds.
    /// </summary>
    public HolidayYear Provisional(int year)
    {
        var days = new Dictionary<DateOnly, string>();
        if (LunarCalendar.Covers(year))
        {
            var day = LunarCalendar.NewYear(year).AddDays(-2);
            for (var left = LunarNewYear.Days; left > 0; day = day.AddDays(1))
            {
                if (!WorkingCalendar.IsWeekend(day))
                {
                    days[day] = LunarNewYear.Name;
                    left--;
                }
            }
        }

        var lawDays = new List<PublicHoliday>();
        foreach (var holiday in Fixed)
        {
            var date = new DateOnly(year, holiday.Month, holiday.Day);
            lawDays.Add(new PublicHoliday(date, holiday.Name));
            if (holiday.Days == 2)
            {
                lawDays.Add(new PublicHoliday(date.AddDays(date.DayOfWeek == DayOfWeek.Thursday ? 1 : -1), holiday.Name));
            }
        }

        if (LunarCalendar.Covers(year))
        {
            lawDays.AddRange(Lunar.Select(holiday => new PublicHoliday(LunarCalendar.ToSolar(new LunarDate(year, holiday.Month, holiday.Day, false)), holiday.Name)));
        }

        // Days on free weekdays first, so that a compensation never takes a day that is a holiday in its own right.
        var compensated = new List<PublicHoliday>();
        foreach (var holiday in lawDays.OrderBy(holiday => holiday.Date))
        {
            if (WorkingCalendar.IsWeekend(holiday.Date) || !days.TryAdd(holiday.Date, holiday.Name))
            {
                compensated.Add(holiday);
            }
        }

        foreach (var holiday in compensated.OrderBy(holiday => holiday.Date))
        {
            var day = holiday.Date.AddDays(1);
            while (WorkingCalendar.IsWeekend(day) || days.ContainsKey(day))
            {
                day = day.AddDays(1);
            }

            if (day.Year == year)
            {
                days[day] = holiday.Name + Compensation;
            }
        }

        return new HolidayYear(year, HolidaySource.Provisional, days.Select(pair => new PublicHoliday(pair.Key, pair.Value)));
    }

    /// <summary>The file's rules must be ones the computation understands; a mistake stops the app at start, not a deadline later.</summary>
    public void Check(string path)
    {
        var wrong = Fixed.FirstOrDefault(holiday => holiday.Days is not (1 or 2) || holiday.Month is < 1 or > 12 || holiday.Day < 1
            || holiday.Day > DateTime.DaysInMonth(2001, holiday.Month) || string.IsNullOrWhiteSpace(holiday.Name));
        if (wrong is not null || Lunar.Any(holiday => holiday.Month is < 1 or > 12 || holiday.Day is < 1 or > 29 || string.IsNullOrWhiteSpace(holiday.Name))
            || LunarNewYear.Days is < 1 or > 10 || string.IsNullOrWhiteSpace(Basis))
        {
            throw new InvalidDataException($"{path}: quy tắc ngày nghỉ từ {VietnamTime.Format(From)} không hợp lệ (ngày cố định 1 hoặc 2 ngày, ngày âm lịch 1–29, Tết 1–10 ngày, có căn cứ).");
        }
    }
}
