using Oversight.Common;
using Oversight.Audit;
using JasperFx.Events;

namespace Oversight.Findings;

// A finding (phát hiện, ý kiến) is a stream of its own, so that members logging at the same moment
// never contend for one stream.

public sealed record FindingLogged(
    Guid FindingId,
    Guid ProgrammeId,
    Guid? ActivityId,
    Guid AuthorId,
    FindingKind Kind,
    Guid? AgencyId,
    string Text,
    string? Figures) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Ghi ý kiến ({Labels.Of(Kind).ToLowerInvariant()}) của {context.Member(AuthorId)}";
}

public sealed record FindingAmended(Guid FindingId, FindingKind Kind, Guid? AgencyId, string Text, string? Figures) : IDescribedEvent
{
    public string Describe(EventContext context) => "Sửa một ý kiến";
}

/// <summary>This finding duplicated another and was merged into it by the delegation's secretary.</summary>
public sealed record FindingMergedInto(Guid FindingId, Guid TargetId) : IDescribedEvent
{
    public string Describe(EventContext context) => "Gộp một ý kiến trùng";
}

/// <summary>This finding absorbed duplicates; its text is the merged wording.</summary>
public sealed record DuplicatesMerged(Guid FindingId, IReadOnlyList<Guid> DuplicateIds, string Text) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Gộp {DuplicateIds.Count} ý kiến trùng vào một";
}

public enum FindingKind
{
    /// <summary>Kết quả đạt được.</summary>
    [Label("Kết quả đạt được")]
    Result,
    /// <summary>Tồn tại, hạn chế.</summary>
    [Label("Tồn tại, hạn chế")]
    Shortcoming,
    /// <summary>Nguyên nhân.</summary>
    [Label("Nguyên nhân")]
    Cause,
    /// <summary>Đề xuất, kiến nghị.</summary>
    [Label("Đề xuất, kiến nghị")]
    Proposal,
}

public sealed class Finding
{
    public Guid Id { get; set; }
    public Guid ProgrammeId { get; set; }
    public Guid? ActivityId { get; set; }
    public Guid AuthorId { get; set; }
    public FindingKind Kind { get; set; }
    public Guid? AgencyId { get; set; }
    public string Text { get; set; } = "";
    public string? Figures { get; set; }
    public DateTimeOffset LoggedAt { get; set; }
    public DateTimeOffset? AmendedAt { get; set; }
    public Guid? MergedInto { get; set; }
    public List<Guid> MergedFrom { get; set; } = [];

    public static Finding Create(IEvent<FindingLogged> logged) => new()
    {
        Id = logged.Data.FindingId,
        ProgrammeId = logged.Data.ProgrammeId,
        ActivityId = logged.Data.ActivityId,
        AuthorId = logged.Data.AuthorId,
        Kind = logged.Data.Kind,
        AgencyId = logged.Data.AgencyId,
        Text = logged.Data.Text,
        Figures = logged.Data.Figures,
        LoggedAt = logged.Timestamp,
    };

    public void Apply(IEvent<FindingAmended> amended)
    {
        Kind = amended.Data.Kind;
        AgencyId = amended.Data.AgencyId;
        Text = amended.Data.Text;
        Figures = amended.Data.Figures;
        AmendedAt = amended.Timestamp;
    }

    public void Apply(FindingMergedInto merged) => MergedInto = merged.TargetId;

    public void Apply(DuplicatesMerged merged)
    {
        MergedFrom.AddRange(merged.DuplicateIds);
        Text = merged.Text;
    }

}
