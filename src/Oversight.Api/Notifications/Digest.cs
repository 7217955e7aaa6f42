using System.Text;
using Marten;
using Oversight.Accounts;
using Oversight.Common;
using Wolverine;

namespace Oversight.Notifications;

/// <summary>
/// One person's e-mail digest of one day: made with the first notification it will carry, when its scheduled message is
/// queued; marked sent once its e-mail is queued, so a message delivered twice sends one e-mail.
/// </summary>
public sealed class Digest
{
    /// <summary>The account and the day (<see cref="Digests.IdOf"/>).</summary>
    public string Id { get; set; } = "";
    public Guid AccountId { get; set; }
    public DateOnly Day { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}

/// <summary>Time to send a person's digest of a day (a durable scheduled message: it survives restarts).</summary>
public sealed record SendDigest(Guid AccountId, DateOnly Day);

public static class Digests
{
    public static string IdOf(Guid accountId, DateOnly day) => $"{accountId:N}/{day:yyyy-MM-dd}";

    /// <summary>The digest a notification made now goes out in: today's at the digest hour, or tomorrow's once it has passed.</summary>
    public static (DateOnly Day, DateTimeOffset At) Next(DateTimeOffset now, NotificationSettings settings)
    {
        var today = VietnamTime.DateOf(now);
        var at = new DateTimeOffset(today.ToDateTime(settings.DigestAt), VietnamTime.Offset);
        return at > now ? (today, at) : (today.AddDays(1), at.AddDays(1));
    }

    /// <summary>The scheduled message of the person's digest of that day, unless it is planned already.</summary>
    public static async Task<OutgoingMessages> Plan(IDocumentSession session, Account account, DateOnly day, DateTimeOffset at, CancellationToken cancellation)
    {
        var id = IdOf(account.Id, day);
        if (await session.LoadAsync<Digest>(id, cancellation) is not null)
        {
            return [];
        }

        session.Insert(new Digest { Id = id, AccountId = account.Id, Day = day });
        return [new SendDigest(account.Id, day).WithDeliveryOptions(new DeliveryOptions { ScheduledTime = at, TenantId = session.TenantId })];
    }

    /// <summary>One e-mail listing the day's notifications, oldest first.</summary>
    public static SendEmail Mail(string to, DateOnly day, IReadOnlyList<Notification> notifications, Postman postman)
    {
        var body = new StringBuilder($"Các thông báo trên hệ thống Giám sát HĐND đến {postman.Settings.DigestAt.ToString("HH:mm")} ngày {VietnamTime.Format(day)}:\n\n");
        foreach (var notification in notifications)
        {
            body.Append($"- {VietnamTime.Format(notification.CreatedAt)}: {notification.Text}\n  {postman.Address(notification.Link)}\n");
        }

        body.Append($"\nXem tất cả tại: {postman.Address("/thong-bao")}\n\n{Postman.Footer}");
        return new SendEmail(to, $"Tổng hợp {notifications.Count} thông báo ngày {VietnamTime.Format(day)} – Giám sát HĐND", body.ToString());
    }
}

public static class SendDigestHandler
{
    public static async Task<OutgoingMessages> Handle(SendDigest message, IDocumentSession session, Postman postman, TimeProvider clock,
        CancellationToken cancellation)
    {
        var digest = await session.LoadAsync<Digest>(Digests.IdOf(message.AccountId, message.Day), cancellation);
        if (digest is null || digest.SentAt is not null)
        {
            return [];
        }

        digest.SentAt = clock.GetUtcNow();
        session.Update(digest);
        var notifications = await session.Query<Notification>()
            .Where(notification => notification.AccountId == message.AccountId && notification.DigestOn == message.Day)
            .OrderBy(notification => notification.CreatedAt).ToListAsync(cancellation);
        var account = await session.LoadAsync<Account>(message.AccountId, cancellation);
        return notifications.Count == 0 || account is not { Disabled: false, Email: { Length: > 0 } email }
            ? []
            : [Digests.Mail(email, message.Day, notifications, postman)];
    }
}
