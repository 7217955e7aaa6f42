using Marten;
using Oversight.Hosting;

namespace Oversight.Notifications;

public sealed class NotificationsFeature : Feature
{
    public override void Store(StoreOptions options) => options.Schema.For<Notification>().Index(notification => notification.AccountId);

    public override void Services(IServiceCollection services, IConfiguration configuration) =>
        services.Configure<MailSettings>(configuration.GetSection("Mail"));
}
