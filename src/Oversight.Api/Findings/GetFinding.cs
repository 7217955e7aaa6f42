using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine.Http;

namespace Oversight.Findings;

public static class GetFindingEndpoint
{
    [Allow(Capability.ViewProgrammes)]
    [WolverineGet("/api/findings/{findingId}")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Một ý kiến, phát hiện: nội dung, số liệu, người nêu, buổi làm việc, các lần sửa và gộp")]
    public static async Task<Results<Ok<Finding>, ProblemHttpResult>> Get(Guid findingId, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<Finding>(findingId, cancellation) is { } finding
            ? TypedResults.Ok(finding)
            : Problems.NotFound("Không tìm thấy ý kiến này.");
}
