using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Npgsql;
using Oversight.Tests.Support;

namespace Oversight.Tests.Hosting;

/// <summary>The app process is killed (kill -9) while people are writing, then started again on the same database.</summary>
public sealed class KillTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task Every_write_answered_2xx_before_a_kill_is_there_after_the_restart_and_none_twice()
    {
        var database = $"kill_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(Fixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(Fixture.ConnectionString) { Database = database }.ConnectionString;
        var answered = new ConcurrentBag<string>();
        var enough = new TaskCompletionSource();
        using (var app = await Start(connectionString))
        {
            using var client = await SignedIn(app.Url);
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    var title = $"Giám sát {writer}-{n} trước khi tiến trình bị dừng";
                    try
                    {
                        using var response = await client.PostAsJsonAsync("/api/programmes",
                            new { title, year = 2026, agencies = new[] { "Sở Tài chính" }, body = "StandingCommittee" }, stop.Token);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            answered.Add(title);
                            if (answered.Count >= 20)
                            {
                                enough.TrySetResult();
                            }
                        }
                    }
                    catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
                    {
                        return;
                    }
                }
            })).ToList();

            // Kill in the middle of the writes, once some are answered.
            await enough.Task.WaitAsync(TimeSpan.FromSeconds(60));

            app.Process.Kill();
            await app.Process.WaitForExitAsync();
            stop.Cancel();
            await Task.WhenAll(writers);
        }

        using (var again = await Start(connectionString))
        {
            using var client = await SignedIn(again.Url);
            var stored = await client.GetFromJsonAsync<List<Oversight.Programmes.Listing.ProgrammeSummary>>("/api/programmes", Json.Options);
            var titles = stored!.Select(programme => programme.Title).ToList();
            titles.Count.ShouldBe(titles.Distinct().Count(), "a programme was stored twice");
            titles.Count.ShouldBeLessThan(500, "the list shows 500 at most");
            answered.ShouldBeSubsetOf(titles);
            again.Process.Kill();
        }

        await using var check = new NpgsqlConnection(connectionString);
        await check.OpenAsync();
        await using var duplicates = new NpgsqlCommand(
            "select count(*) from (select id from oversight.mt_events group by id having count(*) > 1) twice", check);
        ((long)(await duplicates.ExecuteScalarAsync())!).ShouldBe(0);
    }

    sealed record RunningApp(Process Process, string Url) : IDisposable
    {
        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill();
                Process.WaitForExit();
            }

            Process.Dispose();
        }
    }

    static async Task<RunningApp> Start(string connectionString)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(AppProcess.Repository, "src", "Oversight.Api", "bin", configuration, "net10.0", "Oversight.Api.dll");
        var start = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ConnectionStrings__Oversight"] = connectionString;
        start.Environment["ASPNETCORE_URLS"] = url;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Samples__LoadOnStart"] = "true";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Serilog__MinimumLevel__Override__Oversight.Samples.SampleLoader"] = "Information";
        var process = Process.Start(start)!;
        // Ready once the sample loader says it is done: the demo accounts exist by then.
        var ready = new TaskCompletionSource();
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, line) =>
        {
            output.Enqueue(line.Data ?? "");
            if (line.Data?.Contains("sample programmes loaded") == true)
            {
                ready.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new RunningApp(process, url);
        await Task.WhenAny(ready.Task, process.WaitForExitAsync()).WaitAsync(TimeSpan.FromSeconds(60));
        ready.Task.IsCompleted.ShouldBeTrue($"the app did not start: {string.Join('\n', output)}");
        return app;
    }

    static async Task<HttpClient> SignedIn(string url)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = new Uri(url) };
        using var response = await client.PostAsJsonAsync("/api/account/sign-in", new { userName = "hanam.vanphong", password = "demo-giam-sat" });
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.GetValues("Set-Cookie").First();
        client.DefaultRequestHeaders.Add("Cookie", cookie[..cookie.IndexOf(';')]);
        return client;
    }

    static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
