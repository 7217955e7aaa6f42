using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Web;
using Wolverine.Http;

namespace Oversight.Programmes.Reporting;

/// <summary>The members' comments on the draft report, each with the secretary's answer once given: where a new comment is found.</summary>
public static class DraftCommentsEndpoint
{
    public static string Url(Guid programmeId) => $"/api/programmes/{programmeId}/report/comments";

    [Allow(Capability.ViewProgrammes)]
    [WolverineGet("/api/programmes/{id}/report/comments")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Các góp ý của thành viên Đoàn vào dự thảo báo cáo")]
    public static async Task<Results<Ok<IReadOnlyList<DraftComment>>, ProblemHttpResult>> Get(Guid id, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<Programme>(id, cancellation) is { } programme
            ? TypedResults.Ok(programme.Report?.Comments ?? [])
            : Problems.NotFound("Không tìm thấy cuộc giám sát này.");
}
