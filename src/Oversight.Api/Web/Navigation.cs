using System.Security.Claims;
using Oversight.Accounts;

namespace Oversight.Web;

public sealed record NavigationItem(string Label, string Href, string Section, Capability Requires);

public static class Navigation
{
    static readonly IReadOnlyList<NavigationItem> items =
    [
        new("Trang chủ", "/", "home", Capability.OwnAccount),
        new("Cuộc giám sát", "/cuoc-giam-sat", "programmes", Capability.ViewProgrammes),
        new("Lịch làm việc", "/lich", "calendar", Capability.ViewAddressedWork),
        new("Kiến nghị", "/kien-nghi", "recommendations", Capability.ViewAddressedWork),
        new("Giải trình", "/giai-trinh", "hearings", Capability.ViewAddressedWork),
        new("Chất vấn", "/chat-van", "questioning", Capability.ViewAddressedWork),
        new("Mẫu văn bản", "/mau-van-ban", "templates", Capability.ManageTemplates),
        new("Nhật ký", "/nhat-ky", "audit", Capability.ViewAudit),
        new("Danh bạ", "/danh-ba", "directory", Capability.ManageDirectory),
        new("Quản trị", "/quan-tri", "admin", Capability.ManageAccounts),
        new("Thông báo", "/thong-bao", "inbox", Capability.OwnAccount),
    ];

    /// <summary>The sections this person may open; nobody is shown a door that answers 403.</summary>
    public static IReadOnlyList<NavigationItem> For(ClaimsPrincipal user) =>
        Actor.From(user) is { } actor ? [.. items.Where(item => actor.Can(item.Requires))] : [];
}
