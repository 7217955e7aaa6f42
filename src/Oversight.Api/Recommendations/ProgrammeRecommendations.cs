using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine.Http;

namespace Oversight.Recommendations;

public static class ProgrammeRecommendations
{
    /// <summary>The recommendations a programme issued, in the order of their codes.</summary>
    public static Task<IReadOnlyList<Recommendation>> Load(IQuerySession session, Guid programmeId, CancellationToken cancellation) =>
        session.Query<Recommendation>().Where(recommendation => recommendation.ProgrammeId == programmeId).OrderBy(recommendation => recommendation.Code)
            .ToListAsync(cancellation);
}

public static class ProgrammeRecommendationsEndpoint
{
    [Allow(Capability.ViewProgrammes)]
    [WolverineGet("/api/programmes/{id}/recommendations")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Các kiến nghị đã ban hành của cuộc giám sát")]
    public static async Task<Results<Ok<IReadOnlyList<Recommendation>>, ProblemHttpResult>> Get(Guid id, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<Programme>(id, cancellation) is null
            ? Problems.NotFound("Không tìm thấy cuộc giám sát này.")
            : TypedResults.Ok(await ProgrammeRecommendations.Load(session, id, cancellation));
}
