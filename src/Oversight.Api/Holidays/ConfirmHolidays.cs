using System.Security.Claims;
using Marten;
using Oversight.Accounts;
using Oversight.Common;
using Wolverine;
using Wolverine.Http;

namespace Oversight.Holidays;

/// <summary>
/// Confirm a year's working days off, as listed: the provisional ones unchanged, or edited after the Government's
/// announcement. <see cref="Version"/> is the version of the year the list was made from (0 for a year never
/// confirmed): a list made from an older one is refused rather than overwriting someone's confirmation.
/// </summary>
[Requires(Capability.ManageHolidays)]
public sealed record ConfirmHolidays(int? Year, IReadOnlyList<PublicHoliday>? Days, int Version, string? Note);

public static class ConfirmHolidaysHandler
{
    public const int MaxDays = 60;

    /// <param name="inForce">The year as the calendar counts it before this confirmation.</param>
    /// <param name="version">The year's confirmed version (0: never confirmed).</param>
    public static HolidaysConfirmed Decide(HolidayYear inForce, int version, ConfirmHolidays command)
    {
        CheckYear(command.Year);
        var year = command.Year!.Value;
        var days = command.Days ?? [];
        var checks = new Checks()
            .Require(command.Days is { Count: > 0 }, "days", $"Hãy liệt kê các ngày nghỉ của năm {year}.")
            .Require(days.Count <= MaxDays, "days", $"Một năm có không quá {MaxDays} ngày nghỉ lễ, Tết.")
            .Text(command.Note, "note", "ghi chú (căn cứ: số thông báo, văn bản)", 500, required: false);
        foreach (var day in days)
        {
            var when = VietnamTime.Format(day.Date);
            checks.Require(day.Date.Year == year, "days", $"Ngày {when} không thuộc năm {year}.")
                .Require(!WorkingCalendar.IsWeekend(day.Date), "days",
                    $"Ngày {when} là {WorkingCalendar.Weekday(day.Date)}: chỉ ghi những ngày nghỉ rơi vào ngày làm việc (ngày lễ trùng cuối tuần thì ghi ngày nghỉ bù).")
                .Text(day.Name, "days", $"tên ngày nghỉ {when}", 120);
        }

        var repeated = days.GroupBy(day => day.Date).FirstOrDefault(group => group.Count() > 1);
        checks.Require(repeated is null, "days", $"Ngày {VietnamTime.Format(repeated?.Key)} được ghi hai lần.").ThrowIfAny();
        if (command.Version != version)
        {
            throw Refusal.Stale($"Ngày nghỉ năm {year} đã được xác nhận lại (lần {version}) trong khi bạn sửa từ lần {command.Version}: " +
                "hãy tải lại trang, xem danh sách mới và sửa lại nếu cần.");
        }

        var list = days.Select(day => new PublicHoliday(day.Date, day.Name)).OrderBy(day => day.Date).ToList();
        return new HolidaysConfirmed(year, list, inForce.Source, [.. list.Except(inForce.Days)], [.. inForce.Days.Except(list)],
            string.IsNullOrWhiteSpace(command.Note) ? null : command.Note);
    }

    public static void CheckYear(int? year)
    {
        if (year is not (>= LunarCalendar.FirstYear and <= LunarCalendar.LastYear))
        {
            throw Refusal.Invalid("year", $"Hãy chọn một năm từ {LunarCalendar.FirstYear} đến {LunarCalendar.LastYear}.");
        }
    }

    [Untargeted]
    public static async Task Handle(ConfirmHolidays command, IDocumentSession session, WorkingCalendar calendar, ILogger<ConfirmHolidays> logger,
        CancellationToken cancellation)
    {
        CheckYear(command.Year);
        var year = command.Year!.Value;
        var stream = await session.Events.FetchForWriting<ConfirmedHolidays>(ConfirmedHolidays.StreamId(year), cancellation);
        var inForce = stream.Aggregate?.ToYear() ?? calendar.Published(year) ?? calendar.Computed(year);
        var confirmed = Decide(inForce, (int)stream.CurrentVersion.GetValueOrDefault(), command);
        stream.AppendOne(confirmed);
        logger.LogInformation("Holidays of {Year} confirmed by {By}: {Added} added, {Removed} removed, replacing the {Replaced} list", year, session.LastModifiedBy,
            confirmed.Added.Count, confirmed.Removed.Count, confirmed.Replaced);
    }
}

public static class ConfirmHolidaysEndpoint
{
    public const string Tag = "Ngày nghỉ lễ, Tết";

    [Sends<ConfirmHolidays>]
    [WolverinePut("/api/holidays")]
    [Tags(Tag)]
    [EndpointSummary("Xác nhận (hoặc sửa rồi xác nhận) ngày nghỉ lễ, Tết của một năm; dùng chung cho mọi HĐND (quản trị hệ thống)")]
    public static async Task<HolidayYearView> Put(ConfirmHolidays command, ClaimsPrincipal user, IMessageBus bus, IDocumentStore store, WorkingCalendar calendar, HolidayUpdates updates,
        CancellationToken cancellation)
    {
        await bus.SendAsync(user, command, cancellation);
        await updates.Refresh(cancellation);
        return await HolidayYears.Read(store, calendar, command.Year!.Value, cancellation);
    }
}
