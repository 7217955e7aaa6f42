using Oversight.Accounts;
using System.Security.Cryptography;
using Marten;
using Oversight.Common;

namespace Oversight.Recommendations.FollowUp;

/// <summary>A file an agency sends as evidence, as the command carries it.</summary>
public sealed record EvidenceUpload(string FileName, byte[] Content);

/// <summary>The stored evidence file (its bytes kept exactly; the recommendation's events name it).</summary>
public sealed class EvidenceFile
{
    public Guid Id { get; set; }
    public Guid RecommendationId { get; set; }
    public string FileName { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public DateTimeOffset UploadedAt { get; set; }
}

public static class FollowUpRules
{
    public const int MaxFiles = 10;
    public const int MaxFileBytes = 20 * 1024 * 1024;
    static readonly string[] allowedExtensions = [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt", ".ods", ".jpg", ".jpeg", ".png", ".zip"];

    public static readonly RecommendationStatus[] Open =
    [
        RecommendationStatus.Issued, RecommendationStatus.Acknowledged, RecommendationStatus.InProgress, RecommendationStatus.ReportedDone,
        RecommendationStatus.ExplanationSubmitted, RecommendationStatus.PartlyResolved,
    ];

    /// <summary>Refuses, naming where the recommendation stands, when its status is not one of those given.</summary>
    public static void Ensure(Recommendation recommendation, string action, params RecommendationStatus[] allowed)
    {
        if (!allowed.Contains(recommendation.Status))
        {
            throw Refusal.Conflict($"Kiến nghị {recommendation.Code} đang ở trạng thái “{Labels.Of(recommendation.Status)}”, không thể {action}.");
        }
    }

    /// <summary>The date an answer is recorded for: today, or an earlier date (with its reason) when the secretariat enters one received on paper.</summary>
    public static Dated On(DateOnly? given, string? reason, DateOnly today, Recommendation recommendation, Actor actor)
    {
        var checks = new Checks();
        var on = checks.Happened("on", "ngày ghi nhận", given, reason, today, actor);
        checks.Require(given is null || given >= recommendation.IssuedOn, "on", "Ngày ghi nhận không được trước ngày ban hành kiến nghị.").ThrowIfAny();
        return on;
    }

    /// <summary>Optional text as stored: as sent, or null when there is none (empty, or spaces only).</summary>
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    public static void CheckFiles(Checks checks, IReadOnlyList<EvidenceUpload>? files)
    {
        files ??= [];
        checks.Require(files.Count <= MaxFiles, "files", $"Gửi tối đa {MaxFiles} tệp mỗi lần.")
            .Require(files.All(file => file.Content.Length is > 0 and <= MaxFileBytes), "files", $"Mỗi tệp phải có nội dung và không quá {MaxFileBytes / 1024 / 1024} MB.")
            .Require(files.All(file => allowedExtensions.Contains(Path.GetExtension(file.FileName).ToLowerInvariant())), "files",
                $"Chỉ nhận tệp {string.Join(", ", allowedExtensions)}.");
    }

    /// <summary>The stored files and the references the event keeps.</summary>
    public static (IReadOnlyList<EvidenceFile> Files, IReadOnlyList<EvidenceRef> Refs) Store(Guid recommendationId, IReadOnlyList<EvidenceUpload>? uploads,
        DateTimeOffset now)
    {
        var files = (uploads ?? []).Select(upload => new EvidenceFile
        {
            Id = Guid.CreateVersion7(),
            RecommendationId = recommendationId,
            // Only the name: a path (either slash) sent with it says nothing about where the file is kept.
            FileName = Bidi.Strip(Path.GetFileName(upload.FileName.Replace('\\', '/'))),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Content)),
            Content = upload.Content,
            UploadedAt = now,
        }).ToList();
        return (files, [.. files.Select(file => new EvidenceRef(file.Id, file.FileName, file.Content.Length, file.Sha256))]);
    }
}
