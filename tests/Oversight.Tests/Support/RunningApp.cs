using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Npgsql;

namespace Oversight.Tests.Support;

/// <summary>The app as a process of its own (same build as the tests), for tests that kill it or run several.</summary>
public sealed class RunningApp : IDisposable
{
    readonly ConcurrentQueue<string> output = new();

    RunningApp(Process process, string url)
    {
        Process = process;
        Url = url;
    }

    public Process Process { get; }
    public string Url { get; }
    public string Output => string.Join('\n', output);

    /// <summary>A fresh database on the tests' PostgreSQL, so that no other app instance works on it.</summary>
    public static async Task<string> NewDatabase(string connectionString, string prefix)
    {
        var database = $"{prefix}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;
    }

    /// <summary>
    /// Starts the app in Production on that database (none: its private database, in the settings' Database__DataFolder);
    /// with the samples it is ready once they are loaded, otherwise once the host has started.
    /// </summary>
    public static async Task<RunningApp> Start(string? connectionString, bool samples, IReadOnlyDictionary<string, string>? settings = null)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(AppProcess.Repository, "src", "Oversight.Api", "bin", configuration, "net10.0", "Oversight.Api.dll");
        var start = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (connectionString is not null)
        {
            start.Environment["ConnectionStrings__Oversight"] = connectionString;
        }

        start.Environment["ASPNETCORE_URLS"] = url;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Samples__LoadOnStart"] = samples ? "true" : "false";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Serilog__MinimumLevel__Override__Oversight.Samples.SampleLoader"] = "Information";
        start.Environment["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var app = new RunningApp(Process.Start(start)!, url);
        var marker = samples ? "sample programmes loaded" : "Application started";
        var ready = new TaskCompletionSource();
        void Read(object _, DataReceivedEventArgs line)
        {
            app.output.Enqueue(line.Data ?? "");
            if (line.Data?.Contains(marker) == true)
            {
                ready.TrySetResult();
            }
        }

        app.Process.OutputDataReceived += Read;
        app.Process.ErrorDataReceived += Read;
        app.Process.BeginOutputReadLine();
        app.Process.BeginErrorReadLine();
        await Task.WhenAny(ready.Task, app.Process.WaitForExitAsync()).WaitAsync(TimeSpan.FromSeconds(60));
        ready.Task.IsCompleted.ShouldBeTrue($"the app did not start: {app.Output}");
        return app;
    }

    /// <summary>A client signed in as a demo account of the samples (the cookie kept by hand: it is Secure outside Development).</summary>
    public async Task<HttpClient> SignIn(string userName = "hanam.vanphong")
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = new Uri(Url) };
        using var response = await client.PostAsJsonAsync("/api/account/sign-in", new { userName, password = "demo-giam-sat" });
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.GetValues("Set-Cookie").First();
        client.DefaultRequestHeaders.Add("Cookie", cookie[..cookie.IndexOf(';')]);
        return client;
    }

    /// <summary>SIGTERM, as a service manager stops it: the app shuts down (and stops its private PostgreSQL).</summary>
    public async Task Stop()
    {
        using (var terminate = System.Diagnostics.Process.Start("kill", ["-TERM", Process.Id.ToString()]))
        {
            await terminate.WaitForExitAsync();
        }

        await Process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>kill -9: no shutdown code runs.</summary>
    public async Task Kill()
    {
        Process.Kill();
        await Process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill();
            Process.WaitForExit();
        }

        Process.Dispose();
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
