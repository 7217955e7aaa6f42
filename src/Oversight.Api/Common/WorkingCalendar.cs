using System.Collections.Concurrent;
using System.Text.Json;
using Oversight.Holidays;

namespace Oversight.Common;

/// <summary>A working day off: a public holiday, its compensation, or a day the Government gave off for a longer break.</summary>
public sealed record PublicHoliday(DateOnly Date, string Name);

/// <summary>Where a year's days off come from, from least to most trusted.</summary>
public enum HolidaySource
{
    /// <summary>Computed by the app from the rules (Tết from the lunar calendar), until someone confirms the year.</summary>
    [Label("Dự kiến (phần mềm tự tính, chưa xác nhận)")]
    Provisional,
    /// <summary>Listed in the holiday file shipped with the app.</summary>
    [Label("Theo danh sách có sẵn của phần mềm")]
    File,
    /// <summary>Confirmed or edited in the app by the system administrator.</summary>
    [Label("Đã xác nhận")]
    Confirmed,
}

/// <summary>One year's working days off (weekends are off anyway and are not listed).</summary>
public sealed class HolidayYear
{
    readonly Dictionary<DateOnly, PublicHoliday> byDate;

    public HolidayYear(int year, HolidaySource source, IEnumerable<PublicHoliday> days)
    {
        Year = year;
        Source = source;
        Days = [.. days.OrderBy(day => day.Date)];
        byDate = Days.ToDictionary(day => day.Date);
    }

    public int Year { get; }

    public HolidaySource Source { get; }

    public IReadOnlyList<PublicHoliday> Days { get; }

    public bool Provisional => Source == HolidaySource.Provisional;

    public PublicHoliday? On(DateOnly date) => byDate.GetValueOrDefault(date);

}

/// <summary>Why a due date is not the day the agency works to: the day it falls on is off, and the next working day.</summary>
public sealed record DueDateShift(DateOnly DueDate, DateOnly Effective, string? Why);

/// <summary>
/// Working days as a Vietnamese office counts them: Monday to Friday, except the public holidays of the year.
/// A year's holidays are, by trust: those confirmed in the app (stored, see <c>Holidays/</c>), those of the
/// holiday file (<c>calendar/holidays.json</c>), or else provisional ones the file's rules compute.
/// One instance serves the whole app; the confirmed years are swapped in whole when they change.
/// </summary>
public sealed class WorkingCalendar
{
    public const string DefaultFile = "holidays.json";

    readonly IReadOnlyDictionary<int, HolidayYear> published;
    readonly IReadOnlyList<HolidayRules> rules;
    readonly ConcurrentDictionary<int, HolidayYear> provisional = new();
    volatile IReadOnlyDictionary<int, HolidayYear> confirmed = new Dictionary<int, HolidayYear>();

    public WorkingCalendar(IEnumerable<HolidayYear> published, IEnumerable<HolidayRules> rules)
    {
        this.published = published.ToDictionary(year => year.Year);
        this.rules = [.. rules.OrderBy(set => set.From)];
        if (this.rules.Count == 0)
        {
            throw new ArgumentException("At least one set of holiday rules is needed.", nameof(rules));
        }
    }

    /// <summary>The days off of a year as the calendar counts them now.</summary>
    public HolidayYear Year(int year) => confirmed.GetValueOrDefault(year) ?? published.GetValueOrDefault(year) ?? Computed(year);

    /// <summary>The year as the holiday file has it, if it does.</summary>
    public HolidayYear? Published(int year) => published.GetValueOrDefault(year);

    /// <summary>What the rules give for the year, whatever else is known of it.</summary>
    public HolidayYear Computed(int year) => provisional.GetOrAdd(year, static (y, calendar) => calendar.RulesFor(y).Provisional(y), this);

    /// <summary>The rules of the law in force on 1 January of the year (the oldest ones for years before any).</summary>
    public HolidayRules RulesFor(int year) => rules.LastOrDefault(set => set.From <= new DateOnly(year, 1, 1)) ?? rules[0];

    /// <summary>Raised after each refresh of the confirmed years, so that whoever waits for a confirmation made elsewhere waits on it.</summary>
    public event Action? Refreshed;

    /// <summary>Replaces the years confirmed in the app (all of them, as just read from the database).</summary>
    public void UseConfirmed(IEnumerable<HolidayYear> years)
    {
        confirmed = years.ToDictionary(year => year.Year);
        Refreshed?.Invoke();
    }

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public PublicHoliday? HolidayOn(DateOnly date) => Year(date.Year).On(date);

    public bool IsWorkingDay(DateOnly date) => !IsWeekend(date) && HolidayOn(date) is null;

    /// <summary>Whether some year between the two dates (either order) counts with provisional holidays.</summary>
    public bool IsProvisional(DateOnly from, DateOnly to)
    {
        for (var year = Math.Min(from.Year, to.Year); year <= Math.Max(from.Year, to.Year); year++)
        {
            if (Year(year).Provisional)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The date <paramref name="days"/> working days after (or, when negative, before) the given one.</summary>
    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        var step = Math.Sign(days);
        for (var left = Math.Abs(days); left > 0;)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>A deadline that falls on a day off moves to the next working day.</summary>
    public DateOnly Effective(DateOnly due)
    {
        while (!IsWorkingDay(due))
        {
            due = due.AddDays(1);
        }

        return due;
    }

    /// <summary>The effective date of a deadline and, when it moved, why: "Hạn rơi vào Tết Nguyên đán (dự kiến) nên chuyển sang…".</summary>
    public DueDateShift Shift(DateOnly due)
    {
        var effective = Effective(due);
        if (effective == due)
        {
            return new DueDateShift(due, due, null);
        }

        var first = DayOffName(due);
        var later = new List<string>();
        for (var day = due.AddDays(1); day < effective; day = day.AddDays(1))
        {
            if (HolidayOn(day) is not null && DayOffName(day) is var name && name != first && !later.Contains(name))
            {
                later.Add(name);
            }
        }

        var then = later.Count == 0 ? "" : $", tiếp theo là {string.Join(", ", later)},";
        return new DueDateShift(due, effective,
            $"Hạn {VietnamTime.Format(due)} rơi vào {first}{then} nên chuyển sang ngày làm việc tiếp theo: {Weekday(effective)}, {VietnamTime.Format(effective)}.");
    }

    /// <summary>
    /// What a day off is called: the holiday's name (marked when provisional), or for a weekend inside a holiday's
    /// block (the Saturday and Sunday of Tết) that holiday, else the day of the week.
    /// </summary>
    public string DayOffName(DateOnly date)
    {
        var holiday = HolidayOn(date);
        if (holiday is null && IsWeekend(date))
        {
            var friday = date.AddDays(date.DayOfWeek == DayOfWeek.Saturday ? -1 : -2);
            if (HolidayOn(friday) is { } before && HolidayOn(friday.AddDays(3)) is { } after && Base(before.Name) == Base(after.Name))
            {
                holiday = before with { Name = Base(before.Name) };
            }
        }

        return holiday is null ? Weekday(date) : holiday.Name + (Year(holiday.Date.Year).Provisional ? " (dự kiến)" : "");

        static string Base(string name) => name.EndsWith(HolidayRules.Compensation) ? name[..^HolidayRules.Compensation.Length] : name;
    }

    public static string Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        DayOfWeek.Sunday => "Chủ nhật",
    };

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when <paramref name="to"/> is not later).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The holiday file: its rules and the years it lists. Any mistake in it stops the app at start.</summary>
    public static WorkingCalendar Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<HolidayFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{path} không chứa danh sách ngày nghỉ.");
        if (file.Rules is not { Count: > 0 })
        {
            throw new InvalidDataException($"{path} thiếu quy tắc ngày nghỉ (rules).");
        }

        foreach (var set in file.Rules)
        {
            set.Check(path);
        }

        var years = new List<HolidayYear>();
        foreach (var (year, days) in file.Days ?? [])
        {
            if (days.Any(day => day.Date.Year != year || string.IsNullOrWhiteSpace(day.Name)) || days.DistinctBy(day => day.Date).Count() != days.Count)
            {
                throw new InvalidDataException($"{path}: năm {year} có ngày không thuộc năm đó, ngày trùng hoặc ngày thiếu tên.");
            }

            years.Add(new HolidayYear(year, HolidaySource.File, days));
        }

        return new WorkingCalendar(years, file.Rules);
    }

    sealed record HolidayFile(List<HolidayRules>? Rules, Dictionary<int, List<PublicHoliday>>? Days);
}
