using Oversight.Audit;
using JasperFx.Events;
using Oversight.Common;

namespace Oversight.Holidays;

/// <summary>
/// The system administrator confirmed a year's working days off, as computed or edited: the list in force from now
/// on, what it replaced, and what changed (who and when are the event's metadata).
/// </summary>
public sealed record HolidaysConfirmed(int Year, IReadOnlyList<PublicHoliday> Days, HolidaySource Replaced, IReadOnlyList<PublicHoliday> Added,
    IReadOnlyList<PublicHoliday> Removed, string? Note) : IDescribedEvent
{
    public string Describe(EventContext context) =>
        $"Xác nhận ngày nghỉ lễ, Tết năm {Year}: {Days.Count} ngày{(Added.Count + Removed.Count == 0 ? "" : $" (thêm {Added.Count}, bỏ {Removed.Count})")}";
}

/// <summary>
/// A year's confirmed holidays: one stream per year. Holidays are national, the same for every council, so the
/// streams live in the shared default tenant, where no council's work is.
/// </summary>
public sealed class ConfirmedHolidays
{
    public Guid Id { get; set; }
    public int Year { get; set; }
    public List<PublicHoliday> Days { get; set; } = [];
    /// <summary>How many times the year was confirmed (the stream's version): an edit names the version it was made from.</summary>
    public int Version { get; set; }
    public DateTimeOffset ConfirmedAt { get; set; }
    public string? ConfirmedBy { get; set; }

    /// <summary>The stream of a year: its number and the letters of "holidays", so it cannot meet another stream's id.</summary>
    public static Guid StreamId(int year) => new(year, 0, 0, "holidays"u8.ToArray());

    public static ConfirmedHolidays Create(IEvent<HolidaysConfirmed> e)
    {
        var confirmed = new ConfirmedHolidays { Id = e.StreamId };
        confirmed.Apply(e);
        return confirmed;
    }

    public void Apply(IEvent<HolidaysConfirmed> e)
    {
        Year = e.Data.Year;
        Days = [.. e.Data.Days];
        ConfirmedAt = e.Timestamp;
        ConfirmedBy = e.UserName;
    }

    public HolidayYear ToYear() => new(Year, HolidaySource.Confirmed, Days);
}
