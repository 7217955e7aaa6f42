using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.Core;
using JasperFx.MultiTenancy;
using Marten;
using Marten.Exceptions;
using Oversight.Backups;
using Oversight.Councils;
using Oversight.Holidays;
using Oversight.Programmes;
using Weasel.Core;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Hosting;

public static class Persistence
{
    public const string Schema = "oversight";

    /// <summary>The event store and documents as the app uses them (the scale generator in bench/ writes through the same).</summary>
    public static StoreOptions Store(string connectionString)
    {
        var options = new StoreOptions();
        options.Connection(connectionString);
        options.DatabaseSchemaName = Schema;
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString);
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Events.MetadataConfig.CausationIdEnabled = true;
        options.Events.MetadataConfig.UserNameEnabled = true;
        // Each council is a tenant: its id is on every stream and document of its work, and every
        // session is opened for one council, so a query cannot see another council's rows.
        options.Events.TenancyStyle = TenancyStyle.Conjoined;
        options.Policies.AllDocumentsAreMultiTenanted();
        foreach (var feature in Features.All)
        {
            feature.Store(options);
        }

        return options;
    }

    /// <summary>Marten (events and documents) and Wolverine (handlers, HTTP, durable messaging) on one database.</summary>
    public static WebApplicationBuilder AddOversightPersistence(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OversightDatabase>();
        builder.Services.AddMarten(services => Store(services.GetRequiredService<OversightDatabase>().ConnectionString))
            .BuildSessionsWith<CouncilSessions>()
            // Indexes added to an existing install (such as the audit trail's) are built at start, not on first use.
            .ApplyAllDatabaseChangesOnStartup()
            // The notifications' subscription runs in Marten's async daemon, which Wolverine runs on exactly one instance of a
            // cluster (its node agents, the same that hold the scheduled messages) and moves to another when that one dies.
            .IntegrateWithWolverine(integration => integration.UseWolverineManagedEventSubscriptionDistribution = true);

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

        builder.Services.AddSingleton(TimeProvider.System);
        foreach (var feature in Features.All)
        {
            feature.Services(builder.Services, builder.Configuration);
            feature.Access();
        }

        builder.Host.UseWolverine(options =>
        {
            options.Policies.AutoApplyTransactions();
            // The signed-in user's name goes onto every event as metadata (who did what).
            options.EnableRelayOfUserName = true;
            options.Policies.UseDurableLocalQueues();
            // How quickly instances sharing the database notice a dead one and take over its work
            // (Wolverine:Durability:StaleNodeTimeout, HealthCheckPollingTime…); Wolverine's defaults otherwise.
            builder.Configuration.GetSection("Wolverine:Durability").Bind(options.Durability);
            // Two writers on one stream (or one year's numbering): the loser runs again on fresh state,
            // where its decider either succeeds or refuses properly (412 for a stale edit).
            // Full jitter spreads a crowd of simultaneous writers out instead of colliding them again.
            options.OnException<ConcurrencyException>().Or<DocumentAlreadyExistsException>()
                .RetryWithCooldown(5.Milliseconds(), 10.Milliseconds(), 20.Milliseconds(), 40.Milliseconds(), 80.Milliseconds(), 160.Milliseconds())
                .WithFullJitter();
        });
        builder.Services.AddWolverineHttp();
        return builder;
    }
}
