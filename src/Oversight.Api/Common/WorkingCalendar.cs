using System.Text.Json;

namespace Oversight.Common;

/// <summary>
/// Working days as a Vietnamese office counts them: Monday to Friday, except the public holidays of the
/// year (Tết included), which are data (<c>calendar/holidays.json</c>) because their dates change every year.
/// </summary>
public sealed class WorkingCalendar(IReadOnlySet<DateOnly> holidays)
{
    public const string DefaultFile = "holidays.json";

    public IReadOnlySet<DateOnly> Holidays { get; } = holidays;

    public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Contains(date);

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

    public static WorkingCalendar Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<HolidayFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{path} không chứa danh sách ngày nghỉ.");
        return new WorkingCalendar(file.Days.Values.SelectMany(days => days).ToHashSet());
    }

    sealed record HolidayFile(Dictionary<string, List<DateOnly>> Days);
}
