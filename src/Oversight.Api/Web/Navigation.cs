namespace Oversight.Web;

public sealed record NavigationItem(string Label, string Href, string Section);

public static class Navigation
{
    public static readonly IReadOnlyList<NavigationItem> Live =
    [
        new("Trang chủ", "/", "home"),
        new("Cuộc giám sát", "/cuoc-giam-sat", "programmes"),
        new("Lịch làm việc", "/lich", "calendar"),
        new("Mẫu văn bản", "/mau-van-ban", "templates"),
    ];

    /// <summary>Sections announced in the menu before they are built, so users see where the product goes.</summary>
    public static readonly IReadOnlyList<string> Upcoming = ["Kiến nghị", "Quản trị"];
}
