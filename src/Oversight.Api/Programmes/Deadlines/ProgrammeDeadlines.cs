using Oversight.Common;

namespace Oversight.Programmes.Deadlines;

/// <summary>
/// Legal deadlines of a thematic oversight (domain: Luật 87/2015 Điều 62, 70, 80), in calendar days.
/// They are configuration (section <c>Deadlines</c>) because the 2025 law leaves details to resolutions
/// that councils apply differently.
/// </summary>
public sealed class DeadlineSettings
{
    /// <summary>Plan and report outline notified within this many days of the establishing decision.</summary>
    public int PlanDaysAfterDecision { get; set; } = 15;

    /// <summary>Working programme notified at least this many days before the session.</summary>
    public int ScheduleNoticeDays { get; set; } = 10;

    /// <summary>Results report due within this many days of the end of fieldwork.</summary>
    public int ResultsReportDaysAfterFieldwork { get; set; } = 15;

    /// <summary>An open deadline this close (or closer) is shown as at risk.</summary>
    public int AtRiskDays { get; set; } = 3;
}

public enum DeadlineState
{
    [Label("Còn hạn")]
    Upcoming,
    [Label("Sắp đến hạn")]
    AtRisk,
    [Label("Quá hạn")]
    Overdue,
    [Label("Đúng hạn")]
    MetOnTime,
    [Label("Trễ hạn")]
    MetLate,
}

public sealed record DeadlineStatus(string Label, DateOnly DueOn, DeadlineState State, DateOnly? MetOn)
{
    public string StateLabel => Labels.Of(State);
}

public static class ProgrammeDeadlines
{
    public static IReadOnlyList<DeadlineStatus> For(Programme programme, DeadlineSettings settings, DateOnly today)
    {
        var deadlines = new List<DeadlineStatus>();
        var finished = programme.Status is ProgrammeStatus.Cancelled or ProgrammeStatus.Closed;
        DeadlineStatus Track(string label, DateOnly due, DateOnly? metOn) =>
            new(label, due, metOn is { } met ? met <= due ? DeadlineState.MetOnTime : DeadlineState.MetLate
                : finished || today <= due.AddDays(-settings.AtRiskDays - 1) ? DeadlineState.Upcoming
                : today > due ? DeadlineState.Overdue
                : DeadlineState.AtRisk, metOn);

        if (programme.Delegation is { } delegation)
        {
            deadlines.Add(Track($"Thông báo kế hoạch và đề cương báo cáo (trong {settings.PlanDaysAfterDecision} ngày kể từ ngày thành lập Đoàn)",
                delegation.DecisionDate.AddDays(settings.PlanDaysAfterDecision), programme.PlanAdoptedOn));
        }

        foreach (var request in programme.ReportRequests.Where(request => request.Deadline is not null))
        {
            var label = request.SupplementaryReason is null
                ? $"Báo cáo của {programme.AgencyName(request.AgencyId)}"
                : $"Báo cáo bổ sung của {programme.AgencyName(request.AgencyId)}";
            deadlines.Add(Track(label, request.Deadline!.Value, request.Outstanding ? null : request.Receipts[^1].ReceivedOn));
        }

        foreach (var activity in programme.Activities.Where(activity => activity.Status != ActivityStatus.Cancelled))
        {
            var noticeDue = activity.Date.AddDays(-settings.ScheduleNoticeDays);
            deadlines.Add(Track(
                $"Thông báo lịch {Labels.Phrase(activity.Kind)} {programme.AgencyName(activity.AgencyId)} " +
                $"ngày {VietnamTime.Format(activity.Date)} (trước ít nhất {settings.ScheduleNoticeDays} ngày)",
                noticeDue, activity.NotifiedOn));
        }

        if (programme.FieldworkEndedOn is { } ended)
        {
            deadlines.Add(Track($"Báo cáo kết quả giám sát (trong {settings.ResultsReportDaysAfterFieldwork} ngày sau khi kết thúc làm việc)",
                ended.AddDays(settings.ResultsReportDaysAfterFieldwork), programme.Report?.ApprovedOn));
        }

        return [.. deadlines.OrderBy(deadline => deadline.DueOn)];
    }
}
