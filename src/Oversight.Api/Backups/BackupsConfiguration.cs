using Marten;

namespace Oversight.Backups;

public static class BackupsConfiguration
{
    /// <summary>The daily backup's record lives outside the councils, like the councils themselves.</summary>
    public static StoreOptions AddBackupRecords(this StoreOptions options)
    {
        options.Schema.For<DailyBackupRecord>().SingleTenanted();
        return options;
    }

    public static WebApplicationBuilder AddBackups(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<BackupSettings>(builder.Configuration.GetSection("Backup"));
        builder.Services.AddSingleton<DatabaseBackups>();
        builder.Services.AddHostedService<DailyBackups>();
        return builder;
    }
}
