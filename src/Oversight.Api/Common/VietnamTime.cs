namespace Oversight.Common;

/// <summary>Dates as a Vietnamese office reads them: in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).</summary>
public static class VietnamTime
{
    /// <summary>UTC+7, the same all year.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    static readonly TimeZoneInfo zone = Find();

    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy");

    public static string Format(DateOnly? date) => date is { } value ? Format(value) : "";

    public static string Format(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, zone).ToString("dd/MM/yyyy HH:mm");

    static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            // Machines without tzdata: Vietnam has kept UTC+7 without daylight saving since 1975.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Giờ Việt Nam", "Giờ Việt Nam");
        }
    }
}
