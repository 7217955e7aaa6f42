using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Recommendations;
using Oversight.Web;
using Wolverine.Http;

namespace Oversight.Documents;

/// <summary>The data the results report template (báo cáo kết quả giám sát) reads, in its snake_case names.</summary>
public sealed record ResultsReportData(
    IssuerData Issuer,
    string DocumentNumber,
    string Place,
    DateOnly Date,
    ProgrammeData Programme,
    ReportSections Report,
    IReadOnlyList<RecommendationGroup> RecommendationGroups,
    IReadOnlyList<string> Recipients,
    DelegationData Delegation);

public sealed record IssuerData(string Parent, string Name);

public sealed record ProgrammeData(string Title, string Code, int Year, string? PeriodUnderReview);

public sealed record DelegationData(string Head, string? DecisionNumber, DateOnly? DecisionDate);

public sealed record RecommendationItem(string Code, string Text, DateOnly? DueDate, IReadOnlyList<string> CoAgencies);

public sealed record RecommendationGroup(string Agency, IReadOnlyList<RecommendationItem> Items);

public static class ResultsReport
{
    public const string Template = "bao-cao-ket-qua-giam-sat.docx";

    /// <summary>
    /// The report as it stands: issued recommendations with their codes once the conclusion is out,
    /// the draft's recommendations (numbered as they will be coded) before. Grouped by addressee.
    /// </summary>
    public static ResultsReportData Data(Programme programme, IReadOnlyList<Recommendation> issued, DocumentSettings settings, DateOnly today)
    {
        var items = issued.Count > 0
            ? issued.Select(recommendation => (recommendation.AgencyName, new RecommendationItem(recommendation.Code, recommendation.Text, recommendation.DueDate, recommendation.CoAgencies)))
            : programme.Recommendations.Select((draft, index) => (programme.AgencyName(draft.AgencyId), new RecommendationItem(
                $"KN-{programme.Code}-{index + 1:00}", draft.Text, draft.DueDate, [.. draft.CoAgencyIds.Select(programme.AgencyName)])));
        var groups = items.GroupBy(item => item.Item1).Select(group => new RecommendationGroup(group.Key, [.. group.Select(item => item.Item2)])).ToList();
        var delegation = programme.Delegation;
        return new ResultsReportData(
            new IssuerData(settings.CouncilName, "Đoàn giám sát"),
            "……/BC-ĐGS",
            settings.Place,
            programme.Report?.ApprovedOn ?? today,
            new ProgrammeData(programme.Title, programme.Code, programme.Year, programme.PeriodUnderReview),
            programme.Report?.Sections ?? new ReportSections("", "", "", ""),
            groups,
            [.. programme.Agencies.Select(agency => agency.Name)],
            new DelegationData(delegation?.Head?.Name ?? "", delegation?.DecisionNumber, delegation?.DecisionDate));
    }
}

public static class ResultsReportEndpoint
{
    [WolverineGet("/api/programmes/{id}/documents/bao-cao-ket-qua-giam-sat.docx")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Tải dự thảo báo cáo kết quả giám sát (Word, theo Nghị định 30/2020)")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, IOptions<DocumentSettings> settings, TimeProvider clock, CancellationToken cancellation)
    {
        if (await session.LoadAsync<Programme>(id, cancellation) is not { } programme)
        {
            return Problems.NotFound("Không tìm thấy cuộc giám sát này.");
        }

        var issued = await ProgrammeRecommendationsEndpoint.Load(session, id, cancellation);
        var data = ResultsReport.Data(programme, issued, settings.Value, VietnamTime.Today(clock));
        var template = await File.ReadAllBytesAsync(Path.Combine(settings.Value.TemplateFolder, ResultsReport.Template), cancellation);
        var document = WordTemplate.Render(template, ResultsReport.Template, data, cancellation);
        return Results.File(document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"bao-cao-ket-qua-giam-sat-{programme.Code}.docx");
    }
}
