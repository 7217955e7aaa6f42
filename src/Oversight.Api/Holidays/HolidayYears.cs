using Marten;
using Oversight.Accounts;
using Oversight.Common;
using Wolverine.Http;

namespace Oversight.Holidays;

/// <summary>One confirmation of a year, as the history shows it.</summary>
public sealed record HolidayChange(DateTimeOffset At, string? By, string What, IReadOnlyList<PublicHoliday> Added, IReadOnlyList<PublicHoliday> Removed,
    string? Note);

/// <summary>
/// A year's working days off as the calendar counts them, where they come from, what the rules compute for it,
/// and who confirmed or changed it when.
/// </summary>
public sealed record HolidayYearView(int Year, HolidaySource Source, string SourceLabel, bool Provisional, int Version, IReadOnlyList<PublicHoliday> Days,
    IReadOnlyList<PublicHoliday> Computed, string Basis, IReadOnlyList<HolidayChange> History);

public static class HolidayYears
{
    /// <summary>The years an administrator is asked to confirm while they are provisional: this one and the next.</summary>
    public static IReadOnlyList<int> Unconfirmed(WorkingCalendar calendar, DateOnly today) =>
        [.. new[] { today.Year, today.Year + 1 }.Where(year => calendar.Year(year).Provisional)];

    /// <summary>The year straight from the database (not the calendar's copy, which another instance may not have refreshed yet).</summary>
    public static async Task<HolidayYearView> Read(IDocumentStore store, WorkingCalendar calendar, int year, CancellationToken cancellation)
    {
        ConfirmHolidaysHandler.CheckYear(year);
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(ConfirmedHolidays.StreamId(year), token: cancellation);
        var computed = calendar.Computed(year);
        var stored = events.LastOrDefault()?.Data is HolidaysConfirmed last ? new HolidayYear(year, HolidaySource.Confirmed, last.Days) : null;
        var inForce = stored ?? calendar.Published(year) ?? computed;
        var history = events.Select(e => e.Data is HolidaysConfirmed confirmed
                ? new HolidayChange(e.Timestamp, e.UserName, What(confirmed), confirmed.Added, confirmed.Removed, confirmed.Note)
                : null)
            .OfType<HolidayChange>().Reverse().ToList();
        return new HolidayYearView(year, inForce.Source, Labels.Of(inForce.Source), inForce.Provisional, events.Count, inForce.Days, computed.Days,
            calendar.RulesFor(year).Basis, history);
    }

    static string What(HolidaysConfirmed confirmed)
    {
        var list = confirmed.Replaced switch
        {
            HolidaySource.Provisional => "danh sách dự kiến",
            HolidaySource.File => "danh sách có sẵn",
            HolidaySource.Confirmed => "danh sách đã xác nhận",
        };
        return confirmed.Added.Count == 0 && confirmed.Removed.Count == 0 ? $"Xác nhận {list}, không thay đổi" : $"Sửa {list} và xác nhận";
    }
}

public static class HolidayYearsEndpoint
{
    [Allow(Capability.ManageHolidays)]
    [WolverineGet("/api/holidays")]
    [Tags(ConfirmHolidaysEndpoint.Tag)]
    [EndpointSummary("Ngày nghỉ lễ, Tết của một năm (mặc định: năm nay): nguồn (dự kiến, có sẵn, đã xác nhận), danh sách, lịch sử xác nhận")]
    public static Task<HolidayYearView> Get(int? year, IDocumentStore store, WorkingCalendar calendar, TimeProvider clock, CancellationToken cancellation) =>
        HolidayYears.Read(store, calendar, year ?? VietnamTime.Today(clock).Year, cancellation);
}
