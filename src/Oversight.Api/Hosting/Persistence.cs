using JasperFx;
using JasperFx.CodeGeneration;
using Marten;
using Oversight.Programmes;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Hosting;

public static class Persistence
{
    public const string Schema = "oversight";

    /// <summary>Marten (events and documents) and Wolverine (handlers, HTTP, durable messaging) on one database.</summary>
    public static WebApplicationBuilder AddOversightPersistence(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OversightDatabase>();
        builder.Services.AddMarten(services =>
            {
                var options = new StoreOptions();
                options.Connection(services.GetRequiredService<OversightDatabase>().ConnectionString);
                options.DatabaseSchemaName = Schema;
                options.Events.MetadataConfig.CorrelationIdEnabled = true;
                options.Events.MetadataConfig.CausationIdEnabled = true;
                options.Events.MetadataConfig.UserNameEnabled = true;
                options.AddProgrammes();
                return options;
            })
            .IntegrateWithWolverine();

        builder.Services.CritterStackDefaults(defaults =>
        {
            // Development compiles handlers at start (WolverineFx.RuntimeCompilation, Debug builds only);
            // everywhere else the code committed under Internal/Generated runs, and a missing type stops the boot.
            defaults.Development.GeneratedCodeMode = TypeLoadMode.Dynamic;
            defaults.Production.GeneratedCodeMode = TypeLoadMode.Static;
            defaults.Production.AssertAllPreGeneratedTypesExist = true;
            // A council installs the app and expects it to keep its own schema current.
            defaults.Production.ResourceAutoCreate = AutoCreate.CreateOrUpdate;
        });

        builder.Host.UseWolverine(options =>
        {
            options.Policies.AutoApplyTransactions();
            options.Policies.UseDurableLocalQueues();
        });
        builder.Services.AddWolverineHttp();
        return builder;
    }
}
