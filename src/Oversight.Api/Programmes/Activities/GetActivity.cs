using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Web;
using Wolverine.Http;

namespace Oversight.Programmes.Activities;

public static class GetActivityEndpoint
{
    [Allow(Capability.ViewProgrammes)]
    [WolverineGet("/api/programmes/{id}/activities/{activityId}")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Một buổi làm việc hoặc khảo sát: ngày, giờ, địa điểm, cơ quan, thành phần, biên bản")]
    public static async Task<Results<Ok<Activity>, ProblemHttpResult>> Get(Guid id, Guid activityId, IQuerySession session, CancellationToken cancellation) =>
        (await session.LoadAsync<Programme>(id, cancellation))?.Activity(activityId) is { } activity
            ? TypedResults.Ok(activity)
            : Problems.NotFound("Không tìm thấy buổi làm việc này trong cuộc giám sát.");
}
