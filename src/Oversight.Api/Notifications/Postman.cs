using System.Security.Cryptography;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Wolverine;

namespace Oversight.Notifications;

/// <summary>Section <c>Notifications</c>.</summary>
public sealed class NotificationSettings
{
    /// <summary>When the daily digests go out, Vietnam time; a digest carries the notifications since the one before.</summary>
    public TimeOnly DigestAt { get; set; } = new(16, 30);

    /// <summary>
    /// An event read longer than this after it was recorded tells nobody: on a database that had work before notifications
    /// existed, old history is not news (replaying it would e-mail everyone about years of work).
    /// </summary>
    public TimeSpan NewsWithin { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The address people open the app at (https://…), put before the links in e-mails; unset, e-mails give the paths alone.</summary>
    public string? SiteAddress { get; set; }
}

/// <summary>How a person takes their notifications by e-mail (when they have an address and the deployment sends e-mail).</summary>
public enum EmailDelivery
{
    [Label("Gửi thư ngay khi có thông báo")]
    Immediately,
    [Label("Gửi một thư tổng hợp mỗi ngày")]
    DailyDigest,
}

/// <summary>
/// What to tell some people about an event: one line for the inbox, the page where they do what it asks (or read the answer),
/// and what more an e-mail says.
/// </summary>
public sealed record Notice(IReadOnlyList<Account> To, string Text, string Link, string? Details = null);

/// <summary>
/// Delivers the notices of an event: once per person and event (the notification's id is made from both, so a retry or a
/// replay finds it there and sends nothing again), never to the person who did what the event records, into the inbox in the
/// same transaction as the e-mails it queues (the outbox), each e-mail now or in the person's daily digest.
/// </summary>
public sealed class Postman(IOptions<NotificationSettings> options, TimeProvider clock)
{
    public NotificationSettings Settings => options.Value;

    public async Task<OutgoingMessages> Deliver(IDocumentSession session, IEvent told, IEnumerable<Notice> notices, CancellationToken cancellation)
    {
        var messages = new OutgoingMessages();
        var now = clock.GetUtcNow();
        if (now - told.Timestamp > Settings.NewsWithin)
        {
            return messages;
        }

        // A person named by two notices of one event hears the first.
        var planned = notices.SelectMany(notice => notice.To.Select(account => (Account: account, Notice: notice)))
            .Where(pair => !string.Equals(pair.Account.UserName, told.UserName, StringComparison.Ordinal))
            .DistinctBy(pair => pair.Account.Id)
            .Select(pair => (pair.Account, pair.Notice, Id: NotificationId(told.Id, pair.Account.Id)))
            .ToList();
        if (planned.Count == 0)
        {
            return messages;
        }

        var already = (await session.LoadManyAsync<Notification>(cancellation, planned.Select(pair => pair.Id))).Select(notification => notification.Id).ToHashSet();
        foreach (var (account, notice, id) in planned.Where(pair => !already.Contains(pair.Id)))
        {
            var mailed = !string.IsNullOrWhiteSpace(account.Email);
            var digest = mailed && account.EmailDelivery == EmailDelivery.DailyDigest ? Digests.Next(now, Settings) : ((DateOnly Day, DateTimeOffset At)?)null;
            session.Insert(new Notification
            {
                Id = id, AccountId = account.Id, Text = notice.Text, Link = notice.Link, CreatedAt = now, Source = told.EventTypeName, DigestOn = digest?.Day,
            });
            if (digest is { } next)
            {
                messages.AddRange(await Digests.Plan(session, account, next.Day, next.At, cancellation));
            }
            else if (mailed)
            {
                messages.Add(new SendEmail(account.Email!, notice.Text, Body(notice)));
            }
        }

        return messages;
    }

    public string Address(string link) => $"{Settings.SiteAddress?.TrimEnd('/')}{link}";

    string Body(Notice notice) =>
        $"{notice.Text}\n\n{(notice.Details is { Length: > 0 } details ? details + "\n\n" : "")}Xem và thực hiện tại: {Address(notice.Link)}\n\n{Footer}";

    public const string Footer =
        "Thư này do hệ thống Giám sát HĐND gửi tự động. Trên trang Tài khoản, bạn chọn nhận thư ngay khi có thông báo hay một thư tổng hợp mỗi ngày.";

    /// <summary>The same two ids always give the same id (a name-based UUID, version 8, from their SHA-256).</summary>
    public static Guid NotificationId(Guid eventId, Guid accountId)
    {
        Span<byte> both = stackalloc byte[32];
        eventId.TryWriteBytes(both[..16]);
        accountId.TryWriteBytes(both[16..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(both, hash);
        hash[7] = (byte)((hash[7] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16]);
    }
}
