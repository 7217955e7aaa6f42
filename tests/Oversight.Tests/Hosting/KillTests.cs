using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Npgsql;
using Oversight.Common;
using Oversight.Recommendations;
using Oversight.Recommendations.Register;
using Oversight.Tests.Support;

namespace Oversight.Tests.Hosting;

/// <summary>The app process is killed (kill -9) while people are writing, then started again on the same database.</summary>
public sealed class KillTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task Every_write_answered_2xx_before_a_kill_is_there_after_the_restart_and_none_twice_and_reminders_stay_scheduled()
    {
        var connectionString = await RunningApp.NewDatabase(Fixture.ConnectionString, "kill");
        var answered = new ConcurrentBag<string>();
        var enough = new TaskCompletionSource();
        using (var app = await RunningApp.Start(connectionString, samples: true))
        {
            using var client = await app.SignIn();
            // A granted extension schedules the recommendation's reminders (15, 7, 3 working days before, overdue notice after).
            using var agency = await app.SignIn("hanam.coquan");
            var open = (await agency.GetFromJsonAsync<PagedList<RegisterRow>>("/api/recommendations", Json.Options))!.Items
                .First(row => Recommendation.Awaits(row.Status));
            var dueDate = VietnamTime.Today(TimeProvider.System).AddMonths(2);
            (await agency.PostAsJsonAsync($"/api/recommendations/{open.Id}/extension-request", new { proposedDueDate = dueDate, reason = "Chờ kinh phí" }))
                .EnsureSuccessStatusCode();
            (await client.PostAsJsonAsync($"/api/recommendations/{open.Id}/extension-decision", new { approve = true })).EnsureSuccessStatusCode();
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

            await app.Kill();
            stop.Cancel();
            await Task.WhenAll(writers);
        }

        using (var again = await RunningApp.Start(connectionString, samples: true))
        {
            using var client = await again.SignIn();
            var stored = await client.GetFromJsonAsync<List<Oversight.Programmes.Listing.ProgrammeSummary>>("/api/programmes", Json.Options);
            var titles = stored!.Select(programme => programme.Title).ToList();
            titles.Count.ShouldBe(titles.Distinct().Count(), "a programme was stored twice");
            titles.Count.ShouldBeLessThan(500, "the list shows 500 at most");
            answered.ShouldBeSubsetOf(titles);
            await again.Kill();
        }

        await using var check = new NpgsqlConnection(connectionString);
        await check.OpenAsync();
        await using var duplicates = new NpgsqlCommand(
            "select count(*) from (select id from oversight.mt_events group by id having count(*) > 1) twice", check);
        ((long)(await duplicates.ExecuteScalarAsync())!).ShouldBe(0);
        // The reminders were scheduled durably: the kill and the restart left all four waiting for their day.
        await using var reminders = new NpgsqlCommand(
            "select count(*) from oversight.wolverine_incoming_envelopes where message_type like '%RecommendationReminder%' and status = 'Scheduled'", check);
        ((long)(await reminders.ExecuteScalarAsync())!).ShouldBe(4);
    }
}
