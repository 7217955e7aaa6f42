using Marten;
using Oversight.Audit;
using Oversight.Programmes;

namespace Oversight.Recommendations;

/// <summary>A recommendation's follow-up as its page and the API list it, in words built from its events when read.</summary>
public static class FollowUpHistory
{
    public static async Task<IReadOnlyList<FollowUpEntry>> Load(IQuerySession session, Recommendation recommendation, CancellationToken cancellation)
    {
        var events = await session.Events.FetchStreamAsync(recommendation.Id, token: cancellation);
        var programme = await session.LoadAsync<Programme>(recommendation.ProgrammeId, cancellation);
        return [.. events.Select(e => e.Data).OfType<IFollowUpEvent>()
            .Select(step => new FollowUpEntry(step.On, EventHistory.Describe(step, programme), step.Details, step.Evidence))];
    }
}
