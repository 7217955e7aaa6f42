using System.Security.Claims;
using Oversight.Accounts;

namespace Oversight.Web;

/// <summary>An entry of the main menu; <paramref name="Position"/> orders the entries of all features.</summary>
public sealed record NavigationItem(string Label, string Href, string Section, Capability Requires, int Position);

public static class Navigation
{
    /// <summary>The home page (the person's work), then what the features bring, in their positions.</summary>
    static readonly IReadOnlyList<NavigationItem> items =
    [
        new("Trang chủ", "/", "home", Capability.OwnAccount, 0),
        .. Hosting.Features.All.SelectMany(feature => feature.Navigation).OrderBy(item => item.Position),
    ];

    /// <summary>The sections this person may open; nobody is shown a door that answers 403.</summary>
    public static IReadOnlyList<NavigationItem> For(ClaimsPrincipal user) =>
        Actor.From(user) is { } actor ? [.. items.Where(item => actor.Can(item.Requires))] : [];
}
