using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Wolverine.Http;

namespace Oversight.Notifications;

/// <summary>A message in one person's in-app inbox (the council's data, like the work it is about).</summary>
public sealed class Notification
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public string Text { get; set; } = "";
    /// <summary>The page the notification is about.</summary>
    public string Link { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

public static class Inbox
{
    public const string Tag = "Thông báo";

    public static async Task<IReadOnlyList<Notification>> Of(IQuerySession session, Actor actor, CancellationToken cancellation) =>
        await session.Query<Notification>().Where(notification => notification.AccountId == actor.AccountId)
            .OrderByDescending(notification => notification.CreatedAt).Take(200).ToListAsync(cancellation);

    public static async Task MarkRead(IDocumentSession session, Actor actor, Guid notificationId, TimeProvider clock, CancellationToken cancellation)
    {
        var notification = await session.LoadAsync<Notification>(notificationId, cancellation);
        if (notification is null || notification.AccountId != actor.AccountId)
        {
            throw Refusal.NotFound("Không có thông báo này.");
        }

        notification.ReadAt ??= clock.GetUtcNow();
        session.Update(notification);
    }
}

public static class InboxEndpoint
{
    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverineGet("/api/inbox")]
    [Tags(Inbox.Tag)]
    [EndpointSummary("Hộp thông báo của người đang đăng nhập (nhắc hạn, quá hạn, trả lời của cơ quan…)")]
    public static Task<IReadOnlyList<Notification>> Get(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation) =>
        Inbox.Of(session, Actor.Of(user), cancellation);

    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverinePost("/api/inbox/{notificationId}/read")]
    [Tags(Inbox.Tag)]
    [EndpointSummary("Đánh dấu đã đọc")]
    public static async Task<NoContent> PostRead(Guid notificationId, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock,
        CancellationToken cancellation)
    {
        await Inbox.MarkRead(session, Actor.Of(user), notificationId, clock, cancellation);
        return TypedResults.NoContent();
    }
}
