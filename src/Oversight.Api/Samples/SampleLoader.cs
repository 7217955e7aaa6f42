namespace Oversight.Samples;

/// <summary>Loads the sample stories once the app has started, when <c>Samples:LoadOnStart</c> is true (the run script sets it).</summary>
public sealed class SampleLoader(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, IConfiguration configuration, ILogger<SampleLoader> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue<bool>("Samples:LoadOnStart"))
        {
            return;
        }

        var started = new TaskCompletionSource();
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var folder = configuration["Samples:Folder"] ?? SamplePlayer.DefaultFolder;
            var loaded = await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(folder, stoppingToken);
            logger.LogInformation("{Count} sample programmes loaded from {Folder}", loaded, folder);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Sample data could not be loaded");
        }
    }
}
