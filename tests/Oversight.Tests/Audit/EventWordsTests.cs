using System.Reflection;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Audit;
using Oversight.Programmes;
using Oversight.Samples;
using Oversight.Tests.Support;

namespace Oversight.Tests.Audit;

/// <summary>The timeline and the audit trail say in Vietnamese what every event recorded: no event type is left without words.</summary>
public sealed class EventWordsTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public void Every_event_type_the_app_records_describes_itself()
    {
        // What the aggregates and projections fold, and what the store was told of, are the app's events.
        var folded = typeof(Programme).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.Name is "Apply" or "Create" && method.GetParameters().Length == 1)
            .Select(method => method.GetParameters()[0].ParameterType)
            .Select(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEvent<>) ? type.GetGenericArguments()[0] : type);
        var known = Fixture.Store.Options.Events.AllKnownEventTypes().Select(type => type.EventType);
        var events = folded.Concat(known).Where(type => type.Namespace?.StartsWith("Oversight") == true).Distinct().ToList();
        events.Count.ShouldBeGreaterThan(45);
        events.Where(type => !typeof(IDescribedEvent).IsAssignableFrom(type)).Select(type => type.Name).ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_event_of_the_samples_reads_as_Vietnamese_words_in_the_audit_trail()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(SamplePlayer.DefaultFolder, CancellationToken.None, People.CouncilA);
        }

        await using var session = CouncilA();
        var stored = await session.Events.QueryAllRawEvents().ToListAsync();
        stored.Count.ShouldBeGreaterThan(40);
        var programmes = (await session.Query<Programme>().ToListAsync()).ToDictionary(programme => programme.Id);
        foreach (var e in stored)
        {
            var programme = e.Data.GetType().GetProperty("ProgrammeId")?.GetValue(e.Data) is Guid id ? programmes.GetValueOrDefault(id) : null;
            var words = EventHistory.Describe(e.Data, programme);
            words.ShouldNotContain(e.EventType.Name);
            words.Any(letter => letter > '\u00FF').ShouldBeTrue($"{e.EventType.Name}: “{words}” has no Vietnamese letter");
        }

        var audit = await Host.GetJson<List<AuditEntry>>("/api/audit", People.SecretariatA);
        audit.ShouldNotBeEmpty();
        audit.ShouldAllBe(entry => entry.What.Any(letter => letter > '\u00FF'));
    }
}
