using System.Reflection;
using JasperFx.Events;
using Marten;
using Oversight.Accounts;
using Oversight.Hosting;
using Oversight.Web;
using Wolverine.Marten;

namespace Oversight.Notifications;

/// <summary>
/// Notifications are derived from the event store, never from the commands: a Marten subscription (run by the async daemon on one
/// node of a cluster) reads each event of the types below, in order, and hands it to its Wolverine handler
/// (<see cref="ProgrammeNoticeHandler"/>, <see cref="RecommendationNoticeHandler"/>, and those features bring), which stores the inbox entries and queues the e-mails in one
/// transaction. The subscription remembers how far it got only after a handler has committed, so a crash repeats an event rather
/// than losing it, and the notifications' ids (event and person) make the repeat change nothing.
/// </summary>
public sealed class NotificationsFeature : Feature
{
    public const string Subscription = "notifications";

    /// <summary>The event types that tell someone: those a notice handler takes (a static <c>…NoticeHandler</c> class of any feature).</summary>
    public static readonly IReadOnlyList<Type> EventTypes = [.. typeof(NotificationsFeature).Assembly.GetTypes()
        .Where(type => type is { IsAbstract: true, IsSealed: true } && type.Name.EndsWith("NoticeHandler", StringComparison.Ordinal))
        .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static))
        .Where(method => method.Name == "Handle")
        .Select(method => method.GetParameters()[0].ParameterType)
        .Where(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEvent<>))
        .Select(type => type.GetGenericArguments()[0])
        .Distinct()];

    public override void Store(StoreOptions options)
    {
        options.Schema.For<Notification>().Index(notification => notification.AccountId);
        options.Schema.For<Digest>().Index(digest => digest.AccountId);
    }

    public override void Services(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailSettings>(configuration.GetSection("Mail"));
        services.Configure<NotificationSettings>(configuration.GetSection("Notifications"));
        services.AddSingleton<Postman>();
        services.ProcessEventsWithWolverineHandlersInStrictOrder(Subscription, subscription =>
        {
            foreach (var type in EventTypes)
            {
                subscription.IncludeType(type);
            }
        });
    }

    public override IEnumerable<NavigationItem> Navigation => [new("Thông báo", "/thong-bao", "inbox", Capability.OwnAccount, 80)];
}
