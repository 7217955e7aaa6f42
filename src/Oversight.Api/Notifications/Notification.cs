using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Wolverine.Http;

namespace Oversight.Notifications;

/// <summary>
/// A message in one person's in-app inbox (the council's data, like the work it is about). Its id is made from the
/// event it tells of and the person, so telling the same person of the same event again finds it already there.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public string Text { get; set; } = "";
    /// <summary>The page where the person does what the notification asks, or reads the answer.</summary>
    public string Link { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    /// <summary>The type of the event it tells of (as the event store names it).</summary>
    public string Source { get; set; } = "";
    /// <summary>For a person who takes a daily digest: the day of the digest that carries it by e-mail.</summary>
    public DateOnly? DigestOn { get; set; }
}

public sealed record UnreadCount(int Count);

public static class Inbox
{
    public const string Tag = "Thông báo";

    public static async Task<IReadOnlyList<Notification>> Of(IQuerySession session, Actor actor, CancellationToken cancellation) =>
        await session.Query<Notification>().Where(notification => notification.AccountId == actor.AccountId)
            .OrderByDescending(notification => notification.CreatedAt).Take(200).ToListAsync(cancellation);

    public static Task<int> Unread(IQuerySession session, Actor actor, CancellationToken cancellation) =>
        session.Query<Notification>().CountAsync(notification => notification.AccountId == actor.AccountId && notification.ReadAt == null, cancellation);

    /// <summary>The count the menu shows; none while the database cannot be reached (the page then says so itself).</summary>
    public static async Task<int?> UnreadForMenu(IQuerySession session, Actor actor, CancellationToken cancellation)
    {
        try
        {
            return await Unread(session, actor, cancellation);
        }
        catch (Exception error) when (Hosting.DatabaseOutage.Is(error))
        {
            return null;
        }
    }

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

    /// <summary>Marks every unread notification of the person read; how many there were.</summary>
    public static async Task<int> MarkAllRead(IDocumentSession session, Actor actor, TimeProvider clock, CancellationToken cancellation)
    {
        var unread = await session.Query<Notification>().Where(notification => notification.AccountId == actor.AccountId && notification.ReadAt == null)
            .ToListAsync(cancellation);
        var now = clock.GetUtcNow();
        foreach (var notification in unread)
        {
            notification.ReadAt = now;
            session.Update(notification);
        }

        return unread.Count;
    }
}

public static class InboxEndpoint
{
    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverineGet("/api/inbox")]
    [Tags(Inbox.Tag)]
    [EndpointSummary("Hộp thông báo của người đang đăng nhập (việc được giao, trả lời, nhắc hạn…), mới nhất trước")]
    public static Task<IReadOnlyList<Notification>> Get(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation) =>
        Inbox.Of(session, Actor.Of(user), cancellation);

    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverineGet("/api/inbox/unread")]
    [Tags(Inbox.Tag)]
    [EndpointSummary("Số thông báo chưa đọc")]
    public static async Task<UnreadCount> GetUnread(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation) =>
        new(await Inbox.Unread(session, Actor.Of(user), cancellation));

    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverinePost("/api/inbox/{notificationId}/read")]
    [Tags(Inbox.Tag)]
    [EndpointSummary("Đánh dấu một thông báo đã đọc")]
    public static async Task<NoContent> PostRead(Guid notificationId, IDocumentSession session, ClaimsPrincipal user, TimeProvider clock,
        CancellationToken cancellation)
    {
        await Inbox.MarkRead(session, Actor.Of(user), notificationId, clock, cancellation);
        return TypedResults.NoContent();
    }

    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverinePost("/api/inbox/read")]
    [Tags(Inbox.Tag)]
    [EndpointSummary("Đánh dấu mọi thông báo đã đọc")]
    public static async Task<NoContent> PostReadAll(IDocumentSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellation)
    {
        await Inbox.MarkAllRead(session, Actor.Of(user), clock, cancellation);
        return TypedResults.NoContent();
    }
}
