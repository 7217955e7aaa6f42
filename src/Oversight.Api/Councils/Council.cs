using Oversight.Common;
using Marten;
using Microsoft.Extensions.Options;
using Oversight.Documents;
using Oversight.Programmes.Deadlines;

namespace Oversight.Councils;

public enum CouncilLevel
{
    [Label("Cấp tỉnh")]
    Province,
    [Label("Cấp xã")]
    Commune,
}

/// <summary>
/// A People's Council using the deployment: a Marten tenant (its id is the tenant id on every stream and
/// document of its work). Council records themselves sit outside the tenants.
/// </summary>
public sealed class Council
{
    /// <summary>A short slug such as <c>ha-nam</c> or <c>tan-bien</c>: the tenant id.</summary>
    public string Id { get; set; } = "";

    /// <summary>In full, as the heading of its documents names it: "Hội đồng nhân dân tỉnh Hà Nam".</summary>
    public string Name { get; set; } = "";

    /// <summary>The place written before the date of its documents: "Hà Nam".</summary>
    public string Place { get; set; } = "";

    public CouncilLevel Level { get; set; }

    /// <summary>For a commune council: the province council it belongs to.</summary>
    public string? ProvinceId { get; set; }

    /// <summary>
    /// The committees (Ban) named when the council was added; the directory's matching turns them into committees of the council's
    /// directory (where they are kept and edited) and empties this list.
    /// </summary>
    public List<string> Committees { get; set; } = [];

    /// <summary>Document symbols of this council by template (overrides the deployment's).</summary>
    public Dictionary<string, string> Symbols { get; set; } = [];

    /// <summary>Legal deadlines as this council counts them; the deployment's when not set.</summary>
    public DeadlineSettings? Deadlines { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

}

/// <summary>The deployment's settings as they apply to the council of a session.</summary>
public static class CouncilSettings
{
    public static async Task<DocumentSettings> Documents(IQuerySession session, IOptions<DocumentSettings> deployment, CancellationToken cancellation)
    {
        var defaults = deployment.Value;
        if (await session.LoadAsync<Council>(session.TenantId, cancellation) is not { } council)
        {
            return defaults;
        }

        return new DocumentSettings
        {
            CouncilName = council.Name,
            Place = string.IsNullOrWhiteSpace(council.Place) ? defaults.Place : council.Place,
            Symbols = new Dictionary<string, string>(defaults.Symbols.Concat(council.Symbols).GroupBy(pair => pair.Key).Select(group => group.Last())),
            TemplateFolder = defaults.TemplateFolder,
        };
    }

    public static async Task<DeadlineSettings> Deadlines(IQuerySession session, IOptions<DeadlineSettings> deployment, CancellationToken cancellation) =>
        (await session.LoadAsync<Council>(session.TenantId, cancellation))?.Deadlines ?? deployment.Value;
}
