using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Web;
using Wolverine.Http;

namespace Oversight.Programmes.Reporting;

/// <summary>
/// A recommendation of the draft report: <see cref="Position"/> is its place in the list, which becomes its code's last number when the
/// conclusion is issued (KN-2024-001-03); <see cref="Url"/> reads it.
/// </summary>
public sealed record DraftRecommendationView(Guid Id, int Position, Guid AgencyId, string AgencyName, IReadOnlyList<Guid> CoAgencyIds, string Text,
    DateOnly? DueDate, IReadOnlyList<Guid> FindingIds, string Url);

public static class DraftRecommendations
{
    public static string Url(Guid programmeId, Guid recommendationId) => $"/api/programmes/{programmeId}/report/recommendations/{recommendationId}";

    public static IReadOnlyList<DraftRecommendationView> Of(Programme programme) =>
        [.. programme.Recommendations.Select((draft, index) => new DraftRecommendationView(draft.Id, index + 1, draft.AgencyId, programme.AgencyName(draft.AgencyId),
            draft.CoAgencyIds, draft.Text, draft.DueDate, draft.FindingIds, Url(programme.Id, draft.Id)))];
}

public static class DraftRecommendationsEndpoint
{

    [Allow(Capability.ViewProgrammes)]
    [WolverineGet("/api/programmes/{id}/report/recommendations")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Các kiến nghị của dự thảo báo cáo, theo thứ tự")]
    public static async Task<Results<Ok<IReadOnlyList<DraftRecommendationView>>, ProblemHttpResult>> Get(Guid id, IQuerySession session,
        CancellationToken cancellation) =>
        await session.LoadAsync<Programme>(id, cancellation) is { } programme
            ? TypedResults.Ok(DraftRecommendations.Of(programme))
            : Problems.NotFound("Không tìm thấy cuộc giám sát này.");

    [Allow(Capability.ViewProgrammes)]
    [WolverineGet("/api/programmes/{id}/report/recommendations/{recommendationId}")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Một kiến nghị của dự thảo báo cáo")]
    public static async Task<Results<Ok<DraftRecommendationView>, ProblemHttpResult>> GetOne(Guid id, Guid recommendationId, IQuerySession session,
        CancellationToken cancellation) =>
        await session.LoadAsync<Programme>(id, cancellation) is { } programme && DraftRecommendations.Of(programme).FirstOrDefault(draft => draft.Id == recommendationId) is { } found
            ? TypedResults.Ok(found)
            : Problems.NotFound("Không có kiến nghị này trong dự thảo báo cáo.");
}
