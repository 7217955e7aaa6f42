using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Wolverine.Http;

namespace Oversight.Councils;

public static class ListCouncilsEndpoint
{
    [Allow(Capability.ManageCouncils)]
    [WolverineGet("/api/councils")]
    [Tags(CouncilsFeature.Tag)]
    [EndpointSummary("Các HĐND dùng phần mềm")]
    public static async Task<IReadOnlyList<Council>> Get(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<Council>().OrderBy(council => council.Level).ThenBy(council => council.Id).ToListAsync(cancellation);

    [Allow(Capability.ManageCouncils)]
    [WolverineGet("/api/councils/{councilId}")]
    [Tags(CouncilsFeature.Tag)]
    [EndpointSummary("Một HĐND dùng phần mềm")]
    public static async Task<Results<Ok<Council>, ProblemHttpResult>> GetOne(string councilId, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<Council>(councilId, cancellation) is { } council
            ? TypedResults.Ok(council)
            : Web.Problems.NotFound("Không có HĐND này.");

    [Allow(Capability.ManageCouncilSettings)]
    [WolverineGet("/api/council")]
    [Tags(CouncilsFeature.Tag)]
    [EndpointSummary("HĐND của người đang đăng nhập và các thiết lập của nó")]
    public static async Task<Council> GetOwn(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation) =>
        await session.LoadAsync<Council>(Actor.Of(user).CouncilId ?? "", cancellation) ?? throw Refusal.NotFound("Tài khoản này không thuộc HĐND nào.");
}
