using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Wolverine;
using Wolverine.Http;

namespace Oversight.Notifications;

/// <summary>How the person takes notifications by e-mail, as the profile page and the API show it.</summary>
public sealed record EmailChoice(EmailDelivery Email, string EmailLabel, string? Address, bool MailConfigured, string DigestAt);

public sealed record EmailChoiceChange(EmailDelivery? Email);

/// <summary>A person chooses for their own account: each notification e-mailed at once, or one digest a day.</summary>
[Requires(Capability.OwnAccount)]
public sealed record ChooseEmailDelivery(EmailDelivery? Email);

public static class ChooseEmailDeliveryHandler
{
    public static Account Decide(Account account, ChooseEmailDelivery command)
    {
        new Checks().Require(command.Email is { } email && Enum.IsDefined(email), "email", "Hãy chọn nhận thư ngay hay một thư tổng hợp mỗi ngày.")
            .ThrowIfAny();
        var changed = account.Copy();
        changed.EmailDelivery = command.Email!.Value;
        return changed;
    }

    [OnOwnAccount]
    public static async Task Handle(ChooseEmailDelivery command, Actor actor, IDocumentSession session, CancellationToken cancellation)
    {
        var account = await session.LoadAsync<Account>(actor.AccountId, cancellation) ?? throw Refusal.NotFound("Không có tài khoản này.");
        session.Update(Decide(account, command));
        AccountCache.Forget(account.Id);
    }

    public static async Task<EmailChoice> Of(IQuerySession session, Actor actor, IOptions<MailSettings> mail, IOptions<NotificationSettings> settings,
        CancellationToken cancellation)
    {
        var account = await session.LoadAsync<Account>(actor.AccountId, cancellation) ?? throw Refusal.NotFound("Không có tài khoản này.");
        return new EmailChoice(account.EmailDelivery, Labels.Of(account.EmailDelivery), account.Email, !string.IsNullOrWhiteSpace(mail.Value.Host),
            settings.Value.DigestAt.ToString("HH:mm"));
    }
}

public static class EmailChoiceEndpoint
{
    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverineGet("/api/account/notifications")]
    [Tags(Inbox.Tag)]
    [EndpointSummary("Cách nhận thông báo qua thư điện tử: ngay khi có, hay một thư tổng hợp mỗi ngày (và giờ gửi)")]
    public static Task<EmailChoice> Get(IQuerySession session, ClaimsPrincipal user, IOptions<MailSettings> mail, IOptions<NotificationSettings> settings,
        CancellationToken cancellation) =>
        ChooseEmailDeliveryHandler.Of(session, Actor.Of(user), mail, settings, cancellation);

    [Sends<ChooseEmailDelivery>]
    [WolverinePut("/api/account/notifications")]
    [Tags(Inbox.Tag)]
    [EndpointSummary("Chọn nhận thông báo qua thư ngay (Immediately) hay một thư tổng hợp mỗi ngày (DailyDigest)")]
    public static async Task<NoContent> Put(EmailChoiceChange change, ClaimsPrincipal user, IMessageBus bus)
    {
        await bus.SendAsync(Actor.Of(user), new ChooseEmailDelivery(change.Email));
        return TypedResults.NoContent();
    }
}
