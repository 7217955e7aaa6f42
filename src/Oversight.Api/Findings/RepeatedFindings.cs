using Oversight.Common;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Programmes;
using Oversight.Recommendations;
using Oversight.Web;
using Wolverine.Http;

namespace Oversight.Findings;

/// <summary>A finding that says again what an earlier recommendation to the same agency asked: the shortcoming has come back.</summary>
public sealed record RepeatedFinding(Guid FindingId, string FindingText, Guid RecommendationId, string RecommendationCode, string RecommendationText,
    RecommendationStatus Status, string StatusLabel, double Similarity);

public static class RepeatedFindings
{
    public const double Threshold = 0.5;

    /// <summary>
    /// Overlap of consecutive-syllable pairs in the two texts, without case or diacritics: Vietnamese words are
    /// mostly two syllables, so shared pairs are shared words and phrases.
    /// </summary>
    public static double Similarity(string a, string b)
    {
        var first = Pairs(a);
        var second = Pairs(b);
        return first.Count == 0 || second.Count == 0 ? 0 : (double)first.Intersect(second).Count() / Math.Min(first.Count, second.Count);
    }

    static HashSet<string> Pairs(string text)
    {
        var syllables = TextSearch.Fold(text).Split([' ', ',', '.', ';', ':', '(', ')', '-', '–', '/', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
        return [.. syllables.Zip(syllables.Skip(1), (left, right) => $"{left} {right}")];
    }

    /// <summary>The programme's findings that resemble a recommendation of another programme to the same agency.</summary>
    public static async Task<IReadOnlyList<RepeatedFinding>?> Find(IQuerySession session, Guid programmeId, CancellationToken cancellation)
    {
        if (await session.LoadAsync<Programme>(programmeId, cancellation) is not { } programme)
        {
            return null;
        }

        var findings = await session.Query<Finding>().Where(finding => finding.ProgrammeId == programmeId && finding.MergedInto == null && finding.AgencyId != null)
            .ToListAsync(cancellation);
        // The same agency: the directory's, whatever name it was written under; by name for one not matched with the directory yet.
        var agencies = findings.Select(finding => programme.AgencyName(finding.AgencyId!.Value)).Distinct().ToArray();
        var known = findings.Select(finding => programme.DirectoryAgency(finding.AgencyId!.Value)).Where(id => id is not null).Distinct().ToArray();
        var earlier = (await session.Query<Recommendation>().Where(recommendation => recommendation.ProgrammeId != programmeId && recommendation.AgencyName.IsOneOf(agencies))
                .ToListAsync(cancellation))
            .Concat(known.Length == 0 ? [] : await session.Query<Recommendation>()
                .Where(recommendation => recommendation.ProgrammeId != programmeId && recommendation.DirectoryAgencyId.IsOneOf(known)).ToListAsync(cancellation))
            .DistinctBy(recommendation => recommendation.Id).ToList();
        bool Same(Recommendation recommendation, Guid agencyId) => programme.DirectoryAgency(agencyId) is { } directory
            ? recommendation.DirectoryAgencyId == directory
            : recommendation.AgencyName == programme.AgencyName(agencyId);
        return [.. findings
            .SelectMany(finding => earlier
                .Where(recommendation => Same(recommendation, finding.AgencyId!.Value))
                .Select(recommendation => (Finding: finding, Recommendation: recommendation, Score: Similarity(finding.Text, recommendation.Text))))
            .Where(match => match.Score >= Threshold)
            .OrderByDescending(match => match.Score)
            .Select(match => new RepeatedFinding(match.Finding.Id, match.Finding.Text, match.Recommendation.Id, match.Recommendation.Code, match.Recommendation.Text,
                match.Recommendation.Status, Labels.Of(match.Recommendation.Status), Math.Round(match.Score, 2)))];
    }
}

public static class RepeatedFindingsEndpoint
{
    [Allow(Capability.ViewProgrammes)]
    [WolverineGet("/api/programmes/{id}/findings/repeats")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Ý kiến giống một kiến nghị trước đây gửi cùng cơ quan (tồn tại lặp lại)")]
    public static async Task<Results<Ok<IReadOnlyList<RepeatedFinding>>, ProblemHttpResult>> Get(Guid id, IQuerySession session, CancellationToken cancellation) =>
        await RepeatedFindings.Find(session, id, cancellation) is { } repeats ? TypedResults.Ok(repeats) : Problems.NotFound("Không tìm thấy cuộc giám sát này.");
}
