using Marten;
using Oversight.Hosting;

namespace Oversight.Backups;

public sealed class BackupsFeature : Feature
{
    /// <summary>The daily backup's record lives outside the councils, like the councils themselves.</summary>
    public override void Store(StoreOptions options) => options.Schema.For<DailyBackupRecord>().SingleTenanted();

    public override void Services(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BackupSettings>(configuration.GetSection("Backup"));
        services.AddSingleton<DatabaseBackups>();
        services.AddHostedService<DailyBackups>();
    }
}
