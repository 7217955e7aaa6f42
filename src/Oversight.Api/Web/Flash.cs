using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Oversight.Web;

/// <summary>
/// What an action did, said at the top of the next page ("Đã ban hành số 01/KH-ĐGS", with a link to it). It survives the
/// redirect that follows a successful form in the sign-in-free temp-data cookie, and is shown once.
/// </summary>
public sealed record Flash(string Text, string? Href = null, string? LinkText = null)
{
    const string Key = "oversight-flash";

    public static void Set(ITempDataDictionary data, Flash flash) => data[Key] = JsonSerializer.Serialize(flash);

    public static Flash? Take(ITempDataDictionary data) =>
        data.TryGetValue(Key, out var value) && value is string json ? JsonSerializer.Deserialize<Flash>(json) : null;
}

public static class FlashPages
{
    public static void Flash(this PageModel page, Flash flash) => Web.Flash.Set(page.TempData, flash);
}
