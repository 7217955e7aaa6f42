using Oversight.Common;
namespace Oversight.Recommendations.Register;

/// <summary>The scoreboard as a workbook: the agencies' table (with the share resolved on time) and the month-end counts.</summary>
public static class ScoreboardExport
{
    public static byte[] Xlsx(ScoreboardView view, int? year)
    {
        var statuses = Enum.GetValues<RecommendationStatus>();
        var scope = year is null ? "Mọi năm" : $"Các cuộc giám sát năm {year}";
        List<object?[]> agencies =
        [
            [scope],
            ["Cơ quan", "Đã ban hành", "Giải quyết đúng hạn", "Giải quyết trễ hạn", "Đang quá hạn", "Chưa xong", "Trễ bình quân (ngày)", "% đã giải quyết đúng hạn"],
            .. view.Agencies.Select(agency => new object?[]
            {
                agency.AgencyName, agency.Issued, agency.ResolvedOnTime, agency.ResolvedLate, agency.Overdue, agency.Open, agency.AverageDaysLate, agency.OnTimePercent,
            }),
        ];
        List<object?[]> months =
        [
            [scope],
            ["Tháng", .. statuses.Select(status => Labels.Of(status)), "Tổng số", "Trong đó quá hạn"],
            .. view.Months.Select(month => new object?[] { $"{month.Month:00}/{month.Year}" }
                .Concat(statuses.Select(status => (object?)month.Counts.GetValueOrDefault(status)))
                .Append(month.Counts.Values.Sum()).Append(month.Overdue).ToArray()),
        ];
        return RegisterExport.Workbook(("Theo cơ quan", agencies), ("Theo tháng", months));
    }
}
