using System.Security.Claims;
using System.Text;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Documents;
using Oversight.Findings;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Programmes.Reporting;

/// <summary>
/// Starts the draft results report from the findings: results, shortcomings and causes grouped by
/// agency, and one draft recommendation per proposal, for the secretary to edit.
/// </summary>
[Requires(ProgrammeAction.AssembleReport)]
public sealed record AssembleDraftReport(Guid ProgrammeId) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã lập dự thảo báo cáo từ các ý kiến.";
}

public static class AssembleDraftReportHandler
{
    public static Wolverine.Marten.Events Decide(Programme programme, IReadOnlyList<Finding> findings)
    {
        programme.Ensure(ProgrammeAction.AssembleReport);
        if (programme.Report is not null)
        {
            throw Refusal.Conflict("Dự thảo báo cáo đã được lập; hãy sửa dự thảo hiện có.");
        }

        var kept = findings.Where(finding => finding.ProgrammeId == programme.Id && finding.MergedInto is null).OrderBy(finding => finding.LoggedAt).ToList();
        var sections = new ReportSections(
            Overview(programme),
            Section(programme, kept, FindingKind.Result),
            Section(programme, kept, FindingKind.Shortcoming),
            Section(programme, kept, FindingKind.Cause));
        var events = new Wolverine.Marten.Events { new DraftReportAssembled(programme.Id, sections) };
        foreach (var proposal in kept.Where(finding => finding.Kind == FindingKind.Proposal))
        {
            events.Add(new RecommendationDrafted(programme.Id, Guid.CreateVersion7(), proposal.AgencyId ?? programme.Agencies[0].Id, [],
                proposal.Text, null, [proposal.Id]));
        }

        return events;
    }

    static string Overview(Programme programme)
    {
        var held = programme.Activities.Where(activity => activity.Status == ActivityStatus.Held).OrderBy(activity => activity.Date).ToList();
        var text = new StringBuilder();
        text.Append($"Thực hiện {(programme.Origin is { } origin ? $"Chương trình giám sát năm {origin.Year} ban hành kèm theo {(origin.ResolutionNumber.Contains("/NQ-", StringComparison.Ordinal) ? "Nghị quyết" : "văn bản")} số {origin.ResolutionNumber} {VietnameseFunctions.DateNd30(origin.ResolutionDate)}" : "nhiệm vụ giám sát")}");
        if (programme.Delegation is { } delegation)
        {
            text.Append($" và {(programme.Body == OverseeingBody.Council ? "Nghị quyết" : "Quyết định")} số {delegation.DecisionNumber} {VietnameseFunctions.DateNd30(delegation.DecisionDate)} thành lập Đoàn giám sát");
        }

        text.Append($", Đoàn đã giám sát chuyên đề “{programme.Title}”");
        if (!string.IsNullOrWhiteSpace(programme.PeriodUnderReview))
        {
            text.Append($" trong giai đoạn {programme.PeriodUnderReview}");
        }

        text.Append('.');
        foreach (var activity in held)
        {
            var kind = Labels.Phrase(activity.Kind);
            var agency = programme.AgencyName(activity.AgencyId);
            // A place that is the agency's own seat ("Sở … tỉnh Hà Nam") would name the agency twice.
            var place = activity.Place.Contains(agency, StringComparison.OrdinalIgnoreCase) ? "" : $" tại {activity.Place}";
            var day = VietnameseFunctions.DateNd30(activity.Date);
            text.Append($"\n{char.ToUpperInvariant(day[0])}{day[1..]}, Đoàn {kind} {agency}{place}.");
        }

        return text.ToString();
    }

    /// <summary>The findings of one kind, under the name of the agency they concern when the programme oversees several.</summary>
    static string Section(Programme programme, IEnumerable<Finding> findings, FindingKind kind)
    {
        var text = new StringBuilder();
        foreach (var group in findings.Where(finding => finding.Kind == kind).GroupBy(finding => finding.AgencyId))
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            if (programme.Agencies.Count > 1 || group.Key is null)
            {
                text.Append(group.Key is { } agencyId ? $"{programme.AgencyName(agencyId)}:\n" : "Chung:\n");
            }

            foreach (var finding in group)
            {
                text.Append($"- {finding.Text}{(finding.Figures is null ? "" : $" ({finding.Figures})")}\n");
            }
        }

        return text.ToString().TrimEnd();
    }

    public static async Task<Wolverine.Marten.Events> Handle(
        AssembleDraftReport command,
        [WriteTarget] Programme programme,
        IQuerySession session,
        CancellationToken cancellation)
    {
        var findings = await session.Query<Finding>().Where(finding => finding.ProgrammeId == programme.Id).ToListAsync(cancellation);
        return Decide(programme, findings);
    }
}

public static class AssembleDraftReportEndpoint
{
    [Sends<AssembleDraftReport>]
    [WolverinePost("/api/programmes/{id}/report")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Lập dự thảo báo cáo kết quả giám sát từ các ý kiến")]
    public static Task<NoContent> Post(Guid id, ClaimsPrincipal user, IMessageBus bus) => ProgrammeApi.Send(bus, user, new AssembleDraftReport(id));
}
