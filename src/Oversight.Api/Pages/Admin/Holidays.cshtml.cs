using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Holidays;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.Admin;

/// <summary>The public holidays of a year: where they come from, confirming or editing them, and who did so when.</summary>
[Allow(Capability.ManageHolidays)]
public sealed class HolidaysModel(IDocumentStore store, IMessageBus bus, WorkingCalendar calendar, HolidayUpdates updates, TimeProvider clock) : PageModel
{
    static readonly string[] formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    /// <summary>One day a line: "04/02/2027 Tết Nguyên đán".</summary>
    [BindProperty] public string? Days { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Note { get; set; }

    public HolidayYearView View { get; private set; } = null!;

    /// <summary>The years around this one, with where their holidays come from.</summary>
    public IReadOnlyList<HolidayYear> Years { get; private set; } = [];

    public string? Done { get; private set; }

    public Task<IActionResult> OnGetAsync() => Show();

    public async Task<IActionResult> OnPostAsync()
    {
        var days = Parse(Days);
        if (await this.TrySendAsync(bus, new ConfirmHolidays(Year, days, Version, Note), null))
        {
            await updates.Refresh(HttpContext.RequestAborted);
            Done = $"Đã xác nhận {days.Count} ngày nghỉ của năm {Year}; hạn và lịch nhắc hạn được tính theo danh sách này.";
            ModelState.Clear();
            Note = null;
        }

        return await Show();
    }

    /// <summary>The lines of the form as days off; a line that does not read adds its error and is left out.</summary>
    List<PublicHoliday> Parse(string? text)
    {
        var days = new List<PublicHoliday>();
        var lines = (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var index = 0; index < lines.Length; index++)
        {
            var parts = lines[index].Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!DateOnly.TryParseExact(parts[0], formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                ModelState.AddModelError(nameof(Days), $"Dòng {index + 1} (“{lines[index]}”): hãy bắt đầu bằng ngày dạng dd/MM/yyyy, rồi đến tên ngày nghỉ.");
                continue;
            }

            days.Add(new PublicHoliday(date, parts.Length > 1 ? parts[1].TrimStart('-', '–', ':', ' ') : ""));
        }

        return days;
    }

    async Task<IActionResult> Show()
    {
        var today = VietnamTime.Today(clock);
        Year ??= HolidayYears.Unconfirmed(calendar, today).FirstOrDefault(today.Year);
        if (Year is not (>= LunarCalendar.FirstYear and <= LunarCalendar.LastYear))
        {
            // A form for a year out of range has its refusal above it already; a link to one leads nowhere.
            if (HttpMethods.IsGet(Request.Method))
            {
                return NotFound();
            }

            Year = today.Year;
        }

        View = await HolidayYears.Read(store, calendar, Year.Value, HttpContext.RequestAborted);
        Years = [.. Enumerable.Range(today.Year - 1, 4).Append(Year.Value).Distinct().Order().Select(calendar.Year)];
        if (ModelState.IsValid)
        {
            Days = string.Join("\n", View.Days.Select(day => $"{VietnamTime.Format(day.Date)} {day.Name}"));
            Version = View.Version;
        }

        return Page();
    }
}
