namespace Oversight.Backups;

public static class BackupsConfiguration
{
    public static WebApplicationBuilder AddBackups(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DatabaseBackups>();
        return builder;
    }
}
