namespace Oversight.Web;

public static class Navigation
{
    /// <summary>Sections announced in the menu before they are built, so users see where the product goes.</summary>
    public static readonly IReadOnlyList<string> Upcoming =
        ["Cuộc giám sát", "Lịch làm việc", "Kiến nghị", "Văn bản", "Quản trị"];
}
