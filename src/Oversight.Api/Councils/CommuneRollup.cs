using System.Security.Claims;
using Marten;
using Oversight.Accounts;
using Oversight.Programmes;
using Oversight.Recommendations;
using Wolverine.Http;

namespace Oversight.Councils;

/// <summary>A commune council's work in numbers only: a province sees how its communes are doing, not what they wrote.</summary>
public sealed record CommuneFigures(string CouncilId, string Name, int Programmes, IReadOnlyDictionary<ProgrammeStatus, int> ProgrammesByStatus,
    int Recommendations, IReadOnlyDictionary<RecommendationStatus, int> RecommendationsByStatus);

public static class CommuneRollupQuery
{
    public static async Task<IReadOnlyList<CommuneFigures>> Read(IDocumentStore store, Actor actor, CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        var province = actor.CouncilId is null ? null : await session.LoadAsync<Council>(actor.CouncilId, cancellation);
        if (province is not { Level: CouncilLevel.Province })
        {
            return [];
        }

        var communes = await session.Query<Council>().Where(council => council.ProvinceId == province.Id).OrderBy(council => council.Name).ToListAsync(cancellation);
        if (communes.Count == 0)
        {
            return [];
        }

        var ids = communes.Select(council => council.Id).ToArray();
        // Counted in the database across the communes' tenants; no programme or recommendation content leaves it.
        var programmes = await session.Query<Programme>().Where(programme => programme.TenantIsOneOf(ids))
            .Select(programme => new TenantCount<ProgrammeStatus>(programme.TenantId!, programme.Status)).ToListAsync(cancellation);
        var recommendations = await session.Query<Recommendation>().Where(recommendation => recommendation.TenantIsOneOf(ids))
            .Select(recommendation => new TenantCount<RecommendationStatus>(recommendation.TenantId!, recommendation.Status)).ToListAsync(cancellation);
        return [.. communes.Select(council => new CommuneFigures(council.Id, council.Name,
            programmes.Count(row => row.Tenant == council.Id), ByStatus(programmes, council.Id),
            recommendations.Count(row => row.Tenant == council.Id), ByStatus(recommendations, council.Id)))];
    }

    static IReadOnlyDictionary<T, int> ByStatus<T>(IEnumerable<TenantCount<T>> rows, string tenant) where T : notnull =>
        rows.Where(row => row.Tenant == tenant).GroupBy(row => row.Status).ToDictionary(group => group.Key, group => group.Count());
}

public static class CommuneRollupEndpoint
{
    [Allow(Capability.ViewCommuneRollup)]
    [WolverineGet("/api/communes")]
    [Tags(CouncilsFeature.Tag)]
    [EndpointSummary("Số liệu tổng hợp của các HĐND cấp xã thuộc tỉnh (chỉ số lượng, không có nội dung)")]
    public static Task<IReadOnlyList<CommuneFigures>> Get(IDocumentStore store, ClaimsPrincipal user, CancellationToken cancellation) =>
        CommuneRollupQuery.Read(store, Actor.Of(user), cancellation);
}

public sealed record TenantCount<T>(string Tenant, T Status);
