using System.Diagnostics;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Oversight.Hosting;

namespace Oversight.Scale;

// Fills a private PostgreSQL with five years of oversight work of every council in the country: 34
// provinces and 3,321 communes, 20,000 programmes, 100,000 recommendations, a million events.
// The events are the app's own, appended through Marten with the app's store configuration (so the
// inline projections write the same documents the commands would); HTTP and the deciders are skipped.
// Usage: Oversight.Scale --data FOLDER --password PASSWORD [--scale 1.0] [--workers 4]
//        Oversight.Scale measure --url URL --password PASSWORD [--repeats 100]   (times the reads of a running app)
// (A named class rather than top-level statements: the tests reference this project and the app's Program.)
static class Cli
{
    static async Task Main(string[] args)
    {
        if (args is ["measure", ..])
        {
            await Measure.Run(Options.Value(args, "--url") ?? "http://127.0.0.1:5056", Options.Value(args, "--password") ?? "", int.Parse(Options.Value(args, "--repeats") ?? "100"));
            return;
        }

        var options = Options.Parse(args);
        var settings = PrivatePostgresSettings.From(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataFolder"] = options.DataFolder }).Build());
        using var postgres = PrivatePostgres.Start(settings, NullLogger.Instance);
        await using var store = new DocumentStore(Persistence.Store(postgres.ConnectionString));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var country = Country.Plan(options.Scale, seed: 2026);
        Console.WriteLine($"Generating {country.Councils.Count:N0} councils, {country.Programmes:N0} programmes, {country.Recommendations:N0} recommendations " +
            $"({options.Workers} writers)");
        var clock = Stopwatch.StartNew();
        var progress = new Progress(country.Programmes);

        await Generator.Run(store, country, options.Password, options.Workers, progress.Add);
        progress.Done();

        await using (var query = store.QuerySession())
        {
            var events = await query.AdvancedSql.QueryAsync<long>($"select count(*) from {Persistence.Schema}.mt_events", CancellationToken.None);
            var streams = await query.AdvancedSql.QueryAsync<long>($"select count(*) from {Persistence.Schema}.mt_streams", CancellationToken.None);
            var size = await query.AdvancedSql.QueryAsync<long>("select pg_database_size(current_database())", CancellationToken.None);
            var elapsed = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"| generated in | events | streams | events/s | database size |");
            Console.WriteLine($"|---|---|---|---|---|");
            Console.WriteLine($"| {elapsed:0} s | {events[0]:N0} | {streams[0]:N0} | {events[0] / elapsed:N0} | {size[0] / 1024 / 1024:N0} MB |");
        }
    }
}

sealed record Options(string DataFolder, string Password, double Scale, int Workers)
{
    public static string? Value(string[] args, string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

    public static Options Parse(string[] args)
    {
        string? Value(string name) => Options.Value(args, name);
        var folder = Value("--data") ?? throw new ArgumentException("--data FOLDER is required");
        var password = Value("--password") ?? throw new ArgumentException("--password is required (the bench accounts sign in with it)");
        return new Options(folder, password, double.Parse(Value("--scale") ?? "1", System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Value("--workers") ?? "4"));
    }
}

/// <summary>A one-line progress bar on the terminal (a line per tenth when the output is not one).</summary>
sealed class Progress(int total)
{
    readonly Stopwatch clock = Stopwatch.StartNew();
    readonly Lock gate = new();
    int done;
    long events;
    int lastTenth;

    public void Add(int programmes, int appended)
    {
        lock (gate)
        {
            done += programmes;
            events += appended;
            var tenth = done * 10 / total;
            if (!Console.IsOutputRedirected)
            {
                var bar = new string('#', done * 40 / total).PadRight(40, '.');
                Console.Write($"\r[{bar}] {done:N0}/{total:N0} programmes, {events:N0} events, {events / clock.Elapsed.TotalSeconds:N0} events/s ");
            }
            else if (tenth > lastTenth)
            {
                Console.WriteLine($"{tenth * 10}% {done:N0}/{total:N0} programmes, {events:N0} events, {events / clock.Elapsed.TotalSeconds:N0} events/s");
            }

            lastTenth = tenth;
        }
    }

    public void Done()
    {
        if (!Console.IsOutputRedirected)
        {
            Console.WriteLine();
        }
    }
}
