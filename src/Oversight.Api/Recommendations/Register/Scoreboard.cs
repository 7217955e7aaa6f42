using System.Security.Claims;
using Marten;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Wolverine.Http;

namespace Oversight.Recommendations.Register;

/// <summary>How one agency answers the council's recommendations.</summary>
public sealed record AgencyScore(string AgencyName, int Issued, int ResolvedOnTime, int ResolvedLate, int Overdue, int Open, double? AverageDaysLate);

/// <summary>How many recommendations stood in each status at the end of a month.</summary>
public sealed record MonthStatus(int Year, int Month, IReadOnlyDictionary<RecommendationStatus, int> Counts);

public sealed record ScoreboardView(IReadOnlyList<AgencyScore> Agencies, IReadOnlyList<MonthStatus> Months);

public static class Scoreboard
{
    /// <summary>
    /// Resolved means the council verified it resolved or accepted the explanation; on time means the agency's
    /// claim came by the due date (moved past days off). Days late count from the due date to the claim.
    /// </summary>
    public static IReadOnlyList<AgencyScore> ByAgency(IEnumerable<RegisterEntry> recommendations, DateOnly today, WorkingCalendar calendar) =>
        [.. recommendations.GroupBy(recommendation => recommendation.AgencyName)
            .Select(agency =>
            {
                var settled = agency.Where(recommendation => recommendation.SettledOn is not null).ToList();
                var late = settled.Where(recommendation => recommendation.ReportedDoneOn > calendar.Effective(recommendation.DueDate)).ToList();
                return new AgencyScore(agency.Key, agency.Count(), settled.Count - late.Count, late.Count,
                    agency.Count(recommendation => recommendation.IsOverdue(today, calendar)),
                    agency.Count(recommendation => recommendation.SettledOn is null && recommendation.Status != RecommendationStatus.Closed),
                    late.Count == 0 ? null : Math.Round(late.Average(recommendation => recommendation.ReportedDoneOn!.Value.DayNumber - recommendation.DueDate.DayNumber), 1));
            })
            .OrderByDescending(score => score.Overdue).ThenBy(score => score.AgencyName)];

    /// <summary>
    /// How many recommendations stood in each status at the end of each of the last 24 months (up to this one), by the dates
    /// the answers and decisions bear.
    /// </summary>
    public static IReadOnlyList<MonthStatus> OverTime(IReadOnlyCollection<RegisterEntry> recommendations, DateOnly today)
    {
        if (recommendations.Count == 0)
        {
            return [];
        }

        var first = recommendations.Min(recommendation => recommendation.IssuedOn);
        var earliest = new DateOnly(today.Year, today.Month, 1).AddMonths(-23);
        var month = new DateOnly(first.Year, first.Month, 1);
        month = month > earliest ? month : earliest;
        var months = new List<MonthStatus>();
        for (; month <= today; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1);
            var counts = new Dictionary<RecommendationStatus, int>();
            foreach (var recommendation in recommendations)
            {
                if (recommendation.Statuses.LastOrDefault(change => change.On < end) is { } change)
                {
                    counts[change.Status] = counts.GetValueOrDefault(change.Status) + 1;
                }
            }

            months.Add(new MonthStatus(month.Year, month.Month, counts));
        }

        return months;
    }

    public static async Task<ScoreboardView> Read(IQuerySession session, Actor actor, DateOnly today, WorkingCalendar calendar, int? year,
        CancellationToken cancellation)
    {
        var recommendations = (await RecommendationRegister.Select(session, actor, new RegisterFilter(year, null, null, null, null, null, null), today, calendar,
            cancellation)).Select(pair => pair.Recommendation).ToList();
        return new ScoreboardView(ByAgency(recommendations, today, calendar), OverTime(recommendations, today));
    }

    [Allow(Capability.ViewAddressedWork, OwnRecordsOnly = true)]
    [WolverineGet("/api/recommendations/scoreboard")]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Bảng theo dõi theo cơ quan (đã ban hành, giải quyết đúng hạn, trễ hạn, quá hạn, số ngày trễ bình quân) và số kiến nghị theo trạng thái qua từng tháng")]
    public static Task<ScoreboardView> Get(IQuerySession session, ClaimsPrincipal user, TimeProvider clock, WorkingCalendar calendar, int? year,
        CancellationToken cancellation) =>
        Read(session, Actor.Of(user), VietnamTime.Today(clock), calendar, year, cancellation);
}
