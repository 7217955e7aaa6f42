using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Notifications;
using Oversight.Web;

namespace Oversight.Pages;

[Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
public sealed class InboxModel(IDocumentSession session, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Notification> Notifications { get; private set; } = [];

    public async Task OnGetAsync() => Notifications = await Inbox.Of(session, Actor.Of(User), HttpContext.RequestAborted);

    /// <summary>Opening a notification marks it read and goes to what it is about.</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid notificationId)
    {
        try
        {
            await Inbox.MarkRead(session, Actor.Of(User), notificationId, clock, HttpContext.RequestAborted);
            await session.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (Refusal)
        {
            return NotFound();
        }

        var notification = await session.LoadAsync<Notification>(notificationId, HttpContext.RequestAborted);
        return LocalRedirect(notification!.Link);
    }

    public async Task<IActionResult> OnPostReadAsync(Guid notificationId)
    {
        try
        {
            await Inbox.MarkRead(session, Actor.Of(User), notificationId, clock, HttpContext.RequestAborted);
            await session.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (Refusal)
        {
            return NotFound();
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        var count = await Inbox.MarkAllRead(session, Actor.Of(User), clock, HttpContext.RequestAborted);
        await session.SaveChangesAsync(HttpContext.RequestAborted);
        this.Flash(new Web.Flash($"Đã đánh dấu {count} thông báo là đã đọc."));
        return RedirectToPage();
    }
}
