using Alba;
using JasperFx;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Hosting;
using Wolverine;

namespace Oversight.Tests.Support;

/// <summary>
/// One app host for every integration test, in Development mode, on a throwaway private PostgreSQL
/// cluster of its own (the same code path as the app's zero-configuration default).
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    readonly TestFolder data = new("tests");

    public IAlbaHost Host { get; private set; } = null!;

    /// <summary>Where the tests' private PostgreSQL keeps its cluster (<c>pgdata</c>).</summary>
    public string DataFolder => data.Path;

    public CapturedLog Log { get; } = new();

    /// <summary>Where the app sends its e-mail during the tests.</summary>
    public SmtpServer Mail { get; } = new();

    public string ConnectionString => Host.Services.GetRequiredService<OversightDatabase>().ConnectionString;

    public async Task InitializeAsync()
    {
        JasperFxEnvironment.AutoStartHost = true;
        Host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:DataFolder", data.Path);
            builder.UseSetting("Mail:Host", "127.0.0.1");
            builder.UseSetting("Mail:Port", Mail.Port.ToString());
            builder.UseSetting("Mail:Security", "None");
            // The daily backup is tested on its own (BackupTests), not left to fire in the middle of other tests.
            builder.UseSetting("Backup:Daily", "false");
            builder.ConfigureServices(services =>
            {
                services.RunWolverineInSoloMode();
                services.AddSingleton<Serilog.Core.ILogEventSink>(Log);
            });
        });
        // Requests are made by council A's secretariat unless a test says otherwise (Access.As, Access.WithCookie):
        // this runs before the scenario's own headers, which replace it.
        Host.BeforeEach(context => context.Request.Headers.Authorization = $"Bearer {People.SecretariatA.Token}");
    }

    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    /// <summary>Waits until the notifications' subscription has read every event stored so far (and its handlers have committed).</summary>
    public Task EventsRead() => Marten.Events.TestingExtensions.WaitForNonStaleProjectionDataAsync(Store, TimeSpan.FromSeconds(60));

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Mail.Dispose();
        data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}

/// <summary>Base of the tests that use the shared host: each starts from an empty database.</summary>
[Collection(AppCollection.Name)]
public abstract class IntegrationContext(AppFixture fixture) : IAsyncLifetime
{
    protected AppFixture Fixture { get; } = fixture;

    protected IAlbaHost Host => Fixture.Host;

    public async Task InitializeAsync()
    {
        await Host.ResetAllMartenDataAsync();
        // Holidays an earlier test confirmed are gone from the database: the calendar forgets them now, not at its next read.
        await Host.Services.GetRequiredService<Oversight.Holidays.HolidayUpdates>().Refresh(CancellationToken.None);
        await People.Seed(Fixture.Store);
    }

    /// <summary>A session in council A, where the default caller works.</summary>
    protected IQuerySession CouncilA() => Fixture.Store.QuerySession(People.CouncilA);

    public Task DisposeAsync() => Task.CompletedTask;
}
