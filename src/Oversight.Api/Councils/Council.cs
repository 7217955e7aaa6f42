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

    /// <summary>Who holds the offices that sign the council's documents (Chủ tịch, Phó Chủ tịch, Trưởng Ban…).</summary>
    public List<Official> Officials { get; set; } = [];

    /// <summary>The council's term (khóa), e.g. 19 for "khóa XIX".</summary>
    public int? Term { get; set; }

    /// <summary>The session (kỳ họp thứ …) the council's draft resolutions go to.</summary>
    public int? Session { get; set; }

    /// <summary>Numbers of legal bases the configuration leaves to the council (by the basis's id), e.g. the detailing resolution of a new law.</summary>
    public Dictionary<string, string> LegalNumbers { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>A copy to decide a change on; every setting a change replaces is replaced whole, never edited in place.</summary>
    public Council Copy() => (Council)MemberwiseClone();

    /// <summary>Names as a list keeps them: blank lines dropped, each once.</summary>
    public static List<string> Clean(IReadOnlyList<string>? names) =>
        [.. (names ?? []).Where(name => !string.IsNullOrWhiteSpace(name)).Distinct()];

    public const string PaddedCommittee = "Tên Ban không được bắt đầu hoặc kết thúc bằng khoảng trắng.";

    /// <summary>Committee names are matched as typed (an official's Ban, a programme's unit): one with spaces around it is refused, not trimmed.</summary>
    public static bool Unpadded(IReadOnlyList<string>? names) =>
        (names ?? []).All(name => string.IsNullOrWhiteSpace(name) || name.Trim().Length == name.Length);
}

/// <summary>An office that signs documents: Chủ tịch, Phó Chủ tịch and Ủy viên of the Thường trực; the heads of the Ban.</summary>
public enum OfficialPosition
{
    [Label("Chủ tịch")]
    Chairman,
    [Label("Phó Chủ tịch")]
    ViceChairman,
    [Label("Ủy viên Thường trực")]
    StandingMember,
    [Label("Trưởng Ban")]
    CommitteeHead,
    [Label("Phó Trưởng Ban")]
    CommitteeDeputyHead,
}

/// <summary>A person holding an office of the council; <see cref="Committee"/> names the Ban of a Trưởng Ban or Phó Trưởng Ban.</summary>
public sealed record Official(string Name, OfficialPosition Position, string? Committee = null)
{
    /// <summary>"Phó Chủ tịch: Đặng Thanh Sơn", "Trưởng Ban Văn hóa - Xã hội: …": one line of the settings page.</summary>
    public string Line => $"{Labels.Of(Position)}{(Committee is { } committee ? " " + committee[(committee.StartsWith("Ban ", StringComparison.Ordinal) ? 4 : 0)..] : "")}: {Name}";

    /// <summary>Reads a line of the settings page back; null when it names no office.</summary>
    public static Official? Parse(string line)
    {
        var colon = line.IndexOf(':');
        if (colon < 0)
        {
            return null;
        }

        var office = line[..colon].Trim();
        var name = line[(colon + 1)..].Trim();
        // Longest office first: "Phó Trưởng Ban" before "Trưởng Ban", "Phó Chủ tịch" before "Chủ tịch".
        foreach (var (prefix, position) in Enum.GetValues<OfficialPosition>().Select(position => (Labels.Of(position), position)).OrderByDescending(office => office.Item1.Length))
        {
            if (office.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = office[prefix.Length..].Trim();
                var committee = position is OfficialPosition.CommitteeHead or OfficialPosition.CommitteeDeputyHead && rest.Length > 0 ? "Ban " + rest : null;
                return new Official(name, position, committee);
            }
        }

        return null;
    }
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
            Officials = council.Officials,
            Committees = council.Committees,
            Term = council.Term,
            Session = council.Session,
            LegalNumbers = council.LegalNumbers,
            Law = defaults.Law,
            Calendar = defaults.Calendar,
        };
    }

    public static async Task<DeadlineSettings> Deadlines(IQuerySession session, IOptions<DeadlineSettings> deployment, CancellationToken cancellation) =>
        (await session.LoadAsync<Council>(session.TenantId, cancellation))?.Deadlines ?? deployment.Value;
}
