using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Oversight.Recommendations.Reminders;
using Oversight.Tests.Security;
using Oversight.Tests.Support;
using Wolverine;

namespace Oversight.Tests.Hosting;

/// <summary>
/// Two instances of the app on one database, as a council runs it when one machine is not enough: the
/// background work (scheduled reminders) is done once, and a killed instance's share passes to the other.
/// </summary>
public sealed class ClusterTests(AppFixture fixture) : IntegrationContext(fixture)
{
    const int Worlds = 4;
    static readonly int[] daysBefore = [1, 2, 3, 4, 5];

    /// <summary>Quick enough to notice a dead instance within the test (the defaults take over a minute).</summary>
    static readonly Dictionary<string, string> quickCluster = new()
    {
        ["Wolverine__Durability__HealthCheckPollingTime"] = "00:00:01",
        ["Wolverine__Durability__FirstHealthCheckExecution"] = "00:00:00.200",
        ["Wolverine__Durability__StaleNodeTimeout"] = "00:00:04",
        ["Wolverine__Durability__CheckAssignmentPeriod"] = "00:00:01",
        ["Wolverine__Durability__ScheduledJobPollingTime"] = "00:00:01",
        ["Wolverine__Durability__ScheduledJobFirstExecution"] = "00:00:00.200",
    };

    [Fact]
    public async Task Each_reminder_fires_once_across_two_instances_and_a_killed_instance_hands_its_work_to_the_other()
    {
        var connectionString = await RunningApp.NewDatabase(Fixture.ConnectionString, "cluster");
        using var first = await RunningApp.Start(connectionString, samples: false, quickCluster);
        var firstNode = (await WaitFor(connectionString, "select id::text from oversight.wolverine_nodes", rows => rows.Count == 1))[0];
        using var second = await RunningApp.Start(connectionString, samples: false, quickCluster);
        var nodes = await WaitFor(connectionString, "select id::text from oversight.wolverine_nodes", rows => rows.Count == 2);
        var holder = (await WaitFor(connectionString,
            "select node_id::text from oversight.wolverine_node_assignments where id like 'wolverinedb://%'", rows => rows.Count == 1))[0];
        var (doomed, survivor) = holder == firstNode ? (first, second) : (second, first);
        var survivorNode = nodes.Single(node => node != holder);

        // A third instance (without the durability agents, so it never runs them) records the work and
        // schedules twenty reminders a few seconds ahead, as issuing conclusions would.
        await using (var planner = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Oversight", connectionString);
            builder.UseSetting("Wolverine:Durability:DurabilityAgentEnabled", "false");
        }))
        {
            await People.Seed(planner.Services.GetRequiredService<IDocumentStore>());
            var recommendations = new List<Guid>();
            for (var n = 0; n < Worlds; n++)
            {
                recommendations.Add((await World.Plan(planner, People.SecretariatA, member: null, $"Giám sát số {n}")).RecommendationId);
            }

            using var scope = planner.Services.CreateScope();
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            var at = DateTimeOffset.UtcNow.AddSeconds(3);
            foreach (var recommendation in recommendations)
            {
                foreach (var days in daysBefore)
                {
                    await bus.ScheduleAsync(new RecommendationReminder(recommendation, new DateOnly(2024, 10, 5), days), at,
                        new DeliveryOptions { TenantId = People.CouncilA });
                }
            }
        }

        // The instance holding the database's durability agent dies without a word.
        await doomed.Kill();

        const string reminded = "select data->>'RecommendationId' || '/' || (data->>'WorkingDaysBefore') from oversight.mt_events where type = 'reminder_sent'";
        await WaitFor(connectionString, reminded, rows => rows.Count >= Worlds * daysBefore.Length, TimeSpan.FromSeconds(90));
        // Nothing left that could still fire.
        await WaitFor(connectionString,
            "select id::text from oversight.wolverine_incoming_envelopes where message_type like '%RecommendationReminder%' and status <> 'Handled'",
            rows => rows.Count == 0);
        var sent = await Rows(connectionString, reminded);
        sent.Count.ShouldBe(Worlds * daysBefore.Length, "every reminder fires");
        sent.Distinct().Count().ShouldBe(sent.Count, "no reminder fires twice");
        // Each told its three people (agency, secretariat, council administrator) once, through the subscription that runs on one instance.
        await WaitFor(connectionString, "select id::text from oversight.mt_doc_notification where data->>'Source' = 'reminder_sent'",
            rows => rows.Count == Worlds * daysBefore.Length * 3, TimeSpan.FromSeconds(60));
        // The dead instance is noticed and its agent (the database's recovery and scheduling work) moves to the survivor.
        await WaitFor(connectionString, "select node_id::text from oversight.wolverine_node_assignments where id like 'wolverinedb://%'",
            rows => rows.SequenceEqual([survivorNode]));
        await WaitFor(connectionString, "select id::text from oversight.wolverine_nodes", rows => rows.SequenceEqual([survivorNode]));
        survivor.Process.HasExited.ShouldBeFalse(survivor.Output);
    }

    static async Task<List<string>> Rows(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    /// <summary>Reads until the rows satisfy the condition (the instances work in the background).</summary>
    static async Task<List<string>> WaitFor(string connectionString, string sql, Func<List<string>, bool> condition, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var rows = await Rows(connectionString, sql);
            if (condition(rows))
            {
                return rows;
            }

            DateTime.UtcNow.ShouldBeLessThan(until, $"still waiting for: {sql} (now {rows.Count} rows)");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
