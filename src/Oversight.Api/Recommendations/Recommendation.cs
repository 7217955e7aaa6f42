using JasperFx.MultiTenancy;
namespace Oversight.Recommendations;

/// <summary>
/// A recommendation (kiến nghị) went out with the conclusion, addressed to one agency. Each lives in a
/// stream of its own, where its follow-up is recorded.
/// </summary>
public sealed record RecommendationIssued(
    Guid RecommendationId,
    Guid ProgrammeId,
    string Code,
    Guid AgencyId,
    string AgencyName,
    IReadOnlyList<string> CoAgencies,
    string Text,
    DateOnly DueDate,
    IReadOnlyList<Guid> FindingIds,
    string ConclusionNumber,
    DateOnly IssuedOn);

public enum RecommendationStatus
{
    Issued,
}

public sealed class Recommendation : ITenanted
{
    public Guid Id { get; set; }

    /// <summary>The council (Marten fills it in); lets a province count its communes' work without reading it.</summary>
    public string? TenantId { get; set; }
    public Guid ProgrammeId { get; set; }
    /// <summary>Stable code printed on documents, e.g. KN-2024-002-03 (year, programme, position).</summary>
    public string Code { get; set; } = "";
    public Guid AgencyId { get; set; }
    public string AgencyName { get; set; } = "";
    public List<string> CoAgencies { get; set; } = [];
    public string Text { get; set; } = "";
    public DateOnly DueDate { get; set; }
    public List<Guid> FindingIds { get; set; } = [];
    public string ConclusionNumber { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    public RecommendationStatus Status { get; set; }

    public static Recommendation Create(RecommendationIssued issued) => new()
    {
        Id = issued.RecommendationId,
        ProgrammeId = issued.ProgrammeId,
        Code = issued.Code,
        AgencyId = issued.AgencyId,
        AgencyName = issued.AgencyName,
        CoAgencies = [.. issued.CoAgencies],
        Text = issued.Text,
        DueDate = issued.DueDate,
        FindingIds = [.. issued.FindingIds],
        ConclusionNumber = issued.ConclusionNumber,
        IssuedOn = issued.IssuedOn,
        Status = RecommendationStatus.Issued,
    };

    public static string StatusLabel(RecommendationStatus status) => status switch
    {
        RecommendationStatus.Issued => "Đã ban hành",
        _ => status.ToString(),
    };
}
