using System.Security.Claims;
using JasperFx.Events;
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
    public static IReadOnlyList<AgencyScore> ByAgency(IEnumerable<Recommendation> recommendations, DateOnly today, WorkingCalendar calendar) =>
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

    /// <summary>The status of every recommendation at each month's end, replayed from the events (the last 24 months at most).</summary>
    public static IReadOnlyList<MonthStatus> OverTime(IReadOnlyList<IEvent> events, DateOnly today)
    {
        if (events.Count == 0)
        {
            return [];
        }

        var first = VietnamTime.DateOf(events[0].Timestamp);
        var months = new List<MonthStatus>();
        var states = new Dictionary<Guid, Recommendation>();
        var next = 0;
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= today; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1);
            for (; next < events.Count && VietnamTime.DateOf(events[next].Timestamp) < end; next++)
            {
                var e = events[next];
                if (e.Data is RecommendationIssued issued)
                {
                    states[e.StreamId] = Recommendation.Create(issued);
                }
                else if (states.TryGetValue(e.StreamId, out var state))
                {
                    ((dynamic)state).Apply((dynamic)e.Data);
                }
            }

            months.Add(new MonthStatus(month.Year, month.Month, states.Values.GroupBy(state => state.Status).ToDictionary(group => group.Key, group => group.Count())));
        }

        return months.TakeLast(24).ToList();
    }

    public static async Task<ScoreboardView> Read(IQuerySession session, Actor actor, DateOnly today, WorkingCalendar calendar, int? year,
        CancellationToken cancellation)
    {
        var rows = await RecommendationRegister.Query(session, actor, new RegisterFilter(year, null, null, null, null, null, null), today, calendar, cancellation);
        var ids = rows.Select(row => row.Id).ToArray();
        var recommendations = await session.LoadManyAsync<Recommendation>(cancellation, ids);
        var events = ids.Length == 0
            ? []
            : await session.Events.QueryAllRawEvents().Where(e => e.StreamId.IsOneOf(ids)).OrderBy(e => e.Sequence).ToListAsync(cancellation);
        return new ScoreboardView(ByAgency(recommendations, today, calendar), OverTime(events, today));
    }

    [Allow(Capability.ViewAddressedWork)]
    [WolverineGet("/api/recommendations/scoreboard")]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Bảng theo dõi theo cơ quan (đã ban hành, giải quyết đúng hạn, trễ hạn, quá hạn, số ngày trễ bình quân) và số kiến nghị theo trạng thái qua từng tháng")]
    public static Task<ScoreboardView> Get(IQuerySession session, ClaimsPrincipal user, TimeProvider clock, WorkingCalendar calendar, int? year,
        CancellationToken cancellation) =>
        Read(session, Actor.Of(user), VietnamTime.Today(clock), calendar, year, cancellation);
}
