using System.Collections.Concurrent;
using System.Diagnostics;
using Alba;
using Marten;
using Oversight.Programmes;
using Oversight.Tests.Programmes;
using Oversight.Tests.Support;

namespace Oversight.Tests.Hosting;

/// <summary>PostgreSQL stops and comes back while the app runs under writes: clean, quick 503s meanwhile, then work resumes on its own.</summary>
public sealed class DatabaseOutageTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task While_PostgreSQL_is_down_the_app_answers_503_quickly_and_recovers_with_no_manual_step()
    {
        await Host.Send(HttpMethod.Post, "/api/programmes", ProgrammeStory.Creation() with { Title = "Trước khi cơ sở dữ liệu dừng" }, 201);

        // Four clerks keep creating programmes through the whole outage.
        var answers = new ConcurrentQueue<(string Title, int Status, TimeSpan Took)>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var title = $"Ghi liên tục {writer}-{n}";
                var clock = Stopwatch.StartNew();
                var result = await Host.Scenario(scenario =>
                {
                    scenario.Post.Json(ProgrammeStory.Creation() with { Title = title }, JsonStyle.MinimalApi).ToUrl("/api/programmes");
                    scenario.IgnoreStatusCode();
                });
                answers.Enqueue((title, result.Context.Response.StatusCode, clock.Elapsed));
            }
        })).ToList();
        await Until(() => answers.Count(answer => answer.Status == 201) >= 10, "writes before the outage");

        PgCtl("stop", "-m", "fast", "-w");
        try
        {
            foreach (var (method, url) in new[] { ("GET", "/health/ready"), ("GET", "/api/programmes"), ("POST", "/api/programmes"), ("GET", "/cuoc-giam-sat") })
            {
                var clock = Stopwatch.StartNew();
                var result = await Host.Scenario(scenario =>
                {
                    if (method == "GET")
                    {
                        scenario.Get.Url(url);
                    }
                    else
                    {
                        scenario.Post.Json(ProgrammeStory.Creation() with { Title = "Trong lúc cơ sở dữ liệu dừng" }, JsonStyle.MinimalApi).ToUrl(url);
                    }

                    scenario.StatusCodeShouldBe(503);
                });
                clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), $"{method} {url} hung");
                if (url.StartsWith("/api"))
                {
                    (await result.ReadAsTextAsync()).ShouldContain("Dịch vụ tạm thời gián đoạn");
                }
            }
        }
        finally
        {
            await Until(() => answers.Count(answer => answer.Status == 503) >= 10, "refusals during the outage");
            PgCtl("start", "-w", "-l", Path.Combine(Fixture.DataFolder, "pgdata", "restart.log"));
        }

        // Recovery needs nobody: probe until ready (each probe is a real request, there is no timer).
        var until = DateTime.UtcNow.AddSeconds(30);
        while ((await Host.Scenario(scenario =>
               {
                   scenario.Get.Url("/health/ready");
                   scenario.IgnoreStatusCode();
               })).Context.Response.StatusCode != 200)
        {
            DateTime.UtcNow.ShouldBeLessThan(until, "the app did not become ready again");
        }

        var before = answers.Count;
        await Until(() => answers.Skip(before).Count(answer => answer.Status == 201) >= 10, "writes after the outage");
        stop.Cancel();
        await Task.WhenAll(writers);

        // Every answer was a success or a clean 503, none hung; every success is stored, once.
        answers.Select(answer => answer.Status).Distinct().Order().ShouldBe([201, 503]);
        answers.Max(answer => answer.Took).ShouldBeLessThan(TimeSpan.FromSeconds(10));
        await using var session = Fixture.Store.QuerySession(People.CouncilA);
        var stored = await session.Query<Programme>().Where(programme => programme.Title.StartsWith("Ghi liên tục") || programme.Title.StartsWith("Trước khi"))
            .Select(programme => programme.Title).ToListAsync();
        stored.ShouldContain("Trước khi cơ sở dữ liệu dừng");
        stored.Count.ShouldBe(stored.Distinct().Count());
        answers.Where(answer => answer.Status == 201).Select(answer => answer.Title).ShouldBeSubsetOf(stored);

        // The app recovered by itself; the tests' own connections (other tests open some directly) pooled before the restart are dead.
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    static async Task Until(Func<bool> condition, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(until, $"still waiting for {what}");
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    /// <summary>pg_ctl on the tests' cluster, as its owner (the postgres user when the tests run as root).</summary>
    void PgCtl(params string[] arguments)
    {
        var pgCtl = Directory.GetDirectories("/usr/lib/postgresql").Select(folder => Path.Combine(folder, "bin", "pg_ctl")).Where(File.Exists).Order().Last();
        string[] command = [pgCtl, .. arguments, "-D", Path.Combine(Fixture.DataFolder, "pgdata")];
        var start = Environment.UserName == "root"
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", .. command])
            : new ProcessStartInfo(command[0], command[1..]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, output);
    }
}
