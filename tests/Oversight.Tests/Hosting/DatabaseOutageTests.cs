using System.Diagnostics;
using Alba;
using Oversight.Programmes.Listing;
using Oversight.Tests.Programmes;
using Oversight.Tests.Support;

namespace Oversight.Tests.Hosting;

/// <summary>PostgreSQL stops and comes back while the app runs: clean, quick 503s meanwhile, then work resumes on its own.</summary>
public sealed class DatabaseOutageTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task While_PostgreSQL_is_down_the_app_answers_503_quickly_and_recovers_with_no_manual_step()
    {
        await Host.Send(HttpMethod.Post, "/api/programmes", ProgrammeStory.Creation() with { Title = "Trước khi cơ sở dữ liệu dừng" }, 201);

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

        await Host.Send(HttpMethod.Post, "/api/programmes", ProgrammeStory.Creation() with { Title = "Sau khi cơ sở dữ liệu chạy lại" }, 201);
        (await Host.GetJson<List<ProgrammeSummary>>("/api/programmes")).Select(programme => programme.Title).Order()
            .ShouldBe(["Sau khi cơ sở dữ liệu chạy lại", "Trước khi cơ sở dữ liệu dừng"]);

        // The app recovered by itself; the tests' own connections (other tests open some directly) pooled before the restart are dead.
        Npgsql.NpgsqlConnection.ClearAllPools();
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
