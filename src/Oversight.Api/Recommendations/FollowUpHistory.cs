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

    /// <summary>Each recommendation's latest answer from its agency, in words (for the status report to the council); none for those never answered.</summary>
    public static async Task<IReadOnlyDictionary<Guid, FollowUpEntry>> LatestAnswers(IQuerySession session, IReadOnlyList<Recommendation> recommendations,
        CancellationToken cancellation)
    {
        if (recommendations.Count == 0)
        {
            return new Dictionary<Guid, FollowUpEntry>();
        }

        var ids = recommendations.Select(recommendation => recommendation.Id).ToArray();
        var events = await session.Events.QueryAllRawEvents().Where(e => e.StreamId.IsOneOf(ids)).OrderBy(e => e.Sequence).ToListAsync(cancellation);
        return events.Where(e => e.Data is IAgencyAnswer).GroupBy(e => e.StreamId).ToDictionary(stream => stream.Key, stream =>
        {
            var answer = (IAgencyAnswer)stream.Last().Data;
            return new FollowUpEntry(answer.On, answer.Describe(new EventContext(null)), answer.Details, answer.Evidence);
        });
    }
}
