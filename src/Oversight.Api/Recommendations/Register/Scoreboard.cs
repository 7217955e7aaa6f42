using System.Security.Claims;
using Marten;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Wolverine.Http;

namespace Oversight.Recommendations.Register;

/// <summary>
/// How one agency answers the council's recommendations; <see cref="OnTimePercent"/> is the share of those issued that were
/// resolved on time (đã giải quyết đúng hạn), in percent.
/// </summary>
public sealed record AgencyScore(string AgencyName, int Issued, int ResolvedOnTime, int ResolvedLate, int Overdue, int Open, double? AverageDaysLate)
{
    public double? OnTimePercent => Issued == 0 ? null : Math.Round(100.0 * ResolvedOnTime / Issued, 1);
}

/// <summary>How many recommendations stood in each status at the end of a month (today, for this month), and how many of them were overdue.</summary>
public sealed record MonthStatus(int Year, int Month, IReadOnlyDictionary<RecommendationStatus, int> Counts, int Overdue = 0);

public sealed record ScoreboardView(IReadOnlyList<AgencyScore> Agencies, IReadOnlyList<MonthStatus> Months);

public static class Scoreboard
{
    /// <summary>
    /// Resolved means the council verified it resolved or accepted the explanation; on time means the agency's
    /// claim came by the due date (moved past days off). Days late count from the due date to the claim.
    /// </summary>
    public static IReadOnlyList<AgencyScore> ByAgency(IEnumerable<RegisterEntry> recommendations, DateOnly today, WorkingCalendar calendar) =>
        // One line per agency of the directory, whatever names its recommendations were issued under (the latest one shown).
        [.. recommendations.GroupBy(recommendation => recommendation.DirectoryAgencyId?.ToString() ?? recommendation.AgencyName)
            .Select(agency =>
            {
                var settled = agency.Where(recommendation => recommendation.SettledOn is not null).ToList();
                var late = settled.Where(recommendation => recommendation.ReportedDoneOn > calendar.Effective(recommendation.DueDate)).ToList();
                return new AgencyScore(agency.MaxBy(recommendation => recommendation.IssuedOn)!.AgencyName, agency.Count(), settled.Count - late.Count, late.Count,
                    agency.Count(recommendation => recommendation.IsOverdue(today, calendar)),
                    agency.Count(recommendation => recommendation.SettledOn is null && recommendation.Status != RecommendationStatus.Closed),
                    late.Count == 0 ? null : Math.Round(late.Average(recommendation => recommendation.ReportedDoneOn!.Value.DayNumber - recommendation.DueDate.DayNumber), 1));
            })
            .OrderByDescending(score => score.Overdue).ThenBy(score => score.AgencyName)];

    /// <summary>
    /// How many recommendations stood in each status at the end of each month, by the dates the answers and decisions bear, and how
    /// many were overdue then: over the last 24 months (up to this one); for one year's programmes, from the month their first
    /// recommendation was issued, for 24 months at most (up to this one).
    /// </summary>
    public static IReadOnlyList<MonthStatus> OverTime(IReadOnlyCollection<RegisterEntry> recommendations, DateOnly today, WorkingCalendar calendar,
        int? year = null)
    {
        if (recommendations.Count == 0)
        {
            return [];
        }

        var first = recommendations.Min(recommendation => recommendation.IssuedOn);
        var month = new DateOnly(first.Year, first.Month, 1);
        var earliest = new DateOnly(today.Year, today.Month, 1).AddMonths(-23);
        month = year is null && month < earliest ? earliest : month;
        var last = year is null ? today : new[] { today, month.AddMonths(24).AddDays(-1) }.Min();
        var months = new List<MonthStatus>();
        for (; month <= last; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1);
            var day = new[] { end.AddDays(-1), today }.Min();
            var counts = new Dictionary<RecommendationStatus, int>();
            var overdue = 0;
            foreach (var recommendation in recommendations)
            {
                if (recommendation.Statuses.LastOrDefault(change => change.On < end) is { } change)
                {
                    counts[change.Status] = counts.GetValueOrDefault(change.Status) + 1;
                    overdue += Recommendation.IsOverdue(change.Status, recommendation.DueDate, day, calendar) ? 1 : 0;
                }
            }

            months.Add(new MonthStatus(month.Year, month.Month, counts, overdue));
        }

        return months;
    }

    public static async Task<ScoreboardView> Read(IQuerySession session, Actor actor, DateOnly today, WorkingCalendar calendar, int? year,
        CancellationToken cancellation)
    {
        var recommendations = (await RecommendationRegister.Select(session, actor, new RegisterFilter(year, null, null, null, null, null, null), today, calendar,
            cancellation)).Select(pair => pair.Recommendation).ToList();
        return new ScoreboardView(ByAgency(recommendations, today, calendar), OverTime(recommendations, today, calendar, year));
    }
}

public static class ScoreboardEndpoint
{
    [Allow(Capability.ViewAddressedWork, OwnRecordsOnly = true)]
    [WolverineGet("/api/recommendations/scoreboard")]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Bảng theo dõi theo cơ quan (đã ban hành, giải quyết đúng hạn, trễ hạn, quá hạn, số ngày trễ bình quân, % đã giải quyết đúng hạn) và số kiến nghị theo trạng thái, số quá hạn qua từng tháng; year: các cuộc giám sát của một năm")]
    public static Task<ScoreboardView> Get(IQuerySession session, ClaimsPrincipal user, TimeProvider clock, WorkingCalendar calendar, int? year,
        CancellationToken cancellation) =>
        Scoreboard.Read(session, Actor.Of(user), VietnamTime.Today(clock), calendar, year, cancellation);

    [Allow(Capability.ViewAddressedWork, OwnRecordsOnly = true)]
    [WolverineGet("/api/recommendations/scoreboard/export")]
    [ProducesFile(RegisterExport.XlsxType)]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Tải bảng theo dõi và số liệu từng tháng dạng Excel (.xlsx); year: các cuộc giám sát của một năm")]
    public static async Task<IResult> Export(IQuerySession session, ClaimsPrincipal user, TimeProvider clock, WorkingCalendar calendar, int? year,
        CancellationToken cancellation)
    {
        var view = await Scoreboard.Read(session, Actor.Of(user), VietnamTime.Today(clock), calendar, year, cancellation);
        return Results.File(ScoreboardExport.Xlsx(view, year), RegisterExport.XlsxType, $"thong-ke-kien-nghi{(year is null ? "" : $"-{year}")}.xlsx");
    }
}
