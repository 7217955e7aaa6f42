using System.Globalization;
using System.Text;

namespace Oversight.Documents;

/// <summary>
/// Formatting for Vietnamese official documents, available in templates by their snake_case names:
/// <c>date_nd30</c>, <c>date_long</c>, <c>date_short</c>, <c>time_long</c>, <c>number</c>, <c>roman</c>,
/// <c>upper</c>, <c>lower_first</c>, <c>lines</c>. Independent of the machine's culture.
/// </summary>
public static class VietnameseFunctions
{
    static readonly NumberFormatInfo numbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NumberGroupSizes = [3] };

    /// <summary>
    /// A date as Nghị định 30/2020 (Phụ lục I) writes it: "ngày 08 tháng 7 năm 2024", "ngày 15 tháng 02 năm 2027" —
    /// a leading zero only for days below 10 and for months 1 and 2 (so that no one can add a digit before them).
    /// </summary>
    public static string DateNd30(object? date) => AsDate(date) is { } value ? $"ngày {Day(value)} tháng {Month(value)} năm {value.Year}" : "";

    /// <summary>The same as <see cref="DateNd30"/>: dates in the text of a document follow Nghị định 30.</summary>
    public static string DateLong(object? date) => DateNd30(date);

    /// <summary>"08/7/2024", "15/02/2027": the numeric form, with Nghị định 30's leading zeros.</summary>
    public static string DateShort(object? date) => AsDate(date) is { } value ? $"{Day(value)}/{Month(value)}/{value.Year}" : "";

    /// <summary>"14 giờ 00", "08 giờ 30": a time as the text of minutes writes it; from "14:00" or a time value.</summary>
    public static string TimeLong(object? time) => time switch
    {
        TimeOnly value => $"{value:HH} giờ {value:mm}",
        TimeSpan span => $"{span.Hours:00} giờ {span.Minutes:00}",
        DateTime moment => $"{moment:HH} giờ {moment:mm}",
        string text when TimeOnly.TryParse(text, CultureInfo.InvariantCulture, out var value) => $"{value:HH} giờ {value:mm}",
        _ => "",
    };

    static string Day(DateOnly date) => date.Day.ToString("00", CultureInfo.InvariantCulture);

    static string Month(DateOnly date) => date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);

    /// <summary>41.172, or with decimals 44,5: dots group thousands, a comma marks decimals.</summary>
    public static string Number(object? value, int decimals = 0) =>
        value is null ? "" : Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString($"N{Math.Clamp(decimals, 0, 10)}", numbers);

    /// <summary>Roman numerals for section headings (I., II., …); 1 to 3999.</summary>
    public static string Roman(int number)
    {
        if (number is < 1 or > 3999)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        var text = new StringBuilder();
        foreach (var (value, letters) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            for (; number >= value; number -= value)
            {
                text.Append(letters);
            }
        }

        return text.ToString();
    }

    /// <summary>Upper case that keeps every Vietnamese diacritic ("Sở Lao động" → "SỞ LAO ĐỘNG").</summary>
    public static string Upper(string? text) => text?.Normalize(NormalizationForm.FormC).ToUpperInvariant() ?? "";

    /// <summary>"Giám sát việc …" → "giám sát việc …", to continue a sentence with a title.</summary>
    public static string LowerFirst(string? text) => string.IsNullOrEmpty(text) ? "" : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>The non-empty lines of a text, so that a template can give each its own justified paragraph.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(line => line.TrimEnd('\r').Trim()).Where(line => line.Length > 0)];

    static DateOnly? AsDate(object? value) => value switch
    {
        DateOnly date => date,
        DateTime moment => DateOnly.FromDateTime(moment),
        DateTimeOffset moment => DateOnly.FromDateTime(moment.DateTime),
        string text when DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var date) => date,
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, out var moment) => DateOnly.FromDateTime(moment.DateTime),
        _ => null,
    };
}
