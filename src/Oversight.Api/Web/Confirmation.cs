using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Oversight.Web;

/// <summary>
/// The confirmation step of an action that cannot be undone or that the public will see: the page answers the first post
/// with what will happen and the same form again (its fields kept), to be sent once more with <c>confirmed=true</c>.
/// No script is needed, so it works under the strict content security policy and without JavaScript.
/// </summary>
public sealed record Confirmation(string Title, IReadOnlyList<string> Consequences, string Button, bool Danger = false)
{
    public const string Field = "confirmed";
    const string Key = "oversight-confirmation";

    public static Confirmation? Of(ViewDataDictionary data) => data[Key] as Confirmation;

    public static void Ask(ViewDataDictionary data, Confirmation confirmation) => data[Key] = confirmation;

    /// <summary>The fields the confirmation posts again: the user's own, not the antiforgery token nor the confirmation flag.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Fields(HttpRequest request) =>
        request.HasFormContentType
            ? request.Form.Where(field => field.Key is not (Field or "__RequestVerificationToken"))
                .SelectMany(field => field.Value.Select(value => new KeyValuePair<string, string?>(field.Key, value)))
            : [];
}

public static class ConfirmationPages
{
    /// <summary>Whether the person already confirmed this post.</summary>
    public static bool Confirmed(this PageModel page) =>
        page.Request.HasFormContentType && page.Request.Form[Confirmation.Field] == "true";

    public static void AskToConfirm(this PageModel page, Confirmation confirmation) => Confirmation.Ask(page.ViewData, confirmation);
}
