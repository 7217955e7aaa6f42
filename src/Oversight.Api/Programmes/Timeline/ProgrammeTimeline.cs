using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Audit;
using Oversight.Common;
using Oversight.Findings;
using Oversight.Recommendations;
using Oversight.Web;
using Wolverine.Http;

namespace Oversight.Programmes.Timeline;

/// <summary>One thing that happened to a programme: when, who recorded it, and what, in Vietnamese.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string? By, string What, string EventType, long Sequence);

public static class ProgrammeTimeline
{
    /// <summary>The programme's own events with those of its findings and recommendations, oldest first.</summary>
    public static async Task<IReadOnlyList<TimelineEntry>?> Load(IQuerySession session, Guid id, CancellationToken cancellation)
    {
        var programme = await session.LoadAsync<Programme>(id, cancellation);
        if (programme is null)
        {
            return null;
        }

        var streams = await Streams(session, id, cancellation);
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(streams))
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellation);
        return [.. events.Select(e => new TimelineEntry(e.Timestamp, e.UserName, EventHistory.Describe(e.Data, programme), e.EventTypeName, e.Sequence))];
    }

    /// <summary>The streams of a programme: its own, its findings' and its recommendations'.</summary>
    public static async Task<Guid[]> Streams(IQuerySession session, Guid id, CancellationToken cancellation)
    {
        var findingIds = await session.Query<Finding>().Where(finding => finding.ProgrammeId == id).Select(finding => finding.Id).ToListAsync(cancellation);
        var recommendationIds = await session.Query<Recommendation>().Where(recommendation => recommendation.ProgrammeId == id)
            .Select(recommendation => recommendation.Id).ToListAsync(cancellation);
        var drafts = await session.LoadAsync<Programme>(id, cancellation) is { } programme ? programme.Recommendations.Select(draft => draft.Id) : [];
        return [id, .. findingIds, .. recommendationIds, .. drafts];
    }
}

public static class ProgrammeTimelineEndpoint
{
    [Allow(Capability.ViewProgrammes)]
    [WolverineGet("/api/programmes/{id}/timeline")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Nhật ký cuộc giám sát: ai làm gì, khi nào")]
    public static async Task<Results<Ok<IReadOnlyList<TimelineEntry>>, ProblemHttpResult>> Get(Guid id, IQuerySession session, CancellationToken cancellation) =>
        await ProgrammeTimeline.Load(session, id, cancellation) is { } entries
            ? TypedResults.Ok(entries)
            : Problems.NotFound("Không tìm thấy cuộc giám sát này.");
}
