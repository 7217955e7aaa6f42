using System.Security.Claims;
using Marten;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Councils;
using Oversight.Programmes;
using Oversight.Programmes.AgencyReports;
using Oversight.Programmes.Deadlines;
using Oversight.Recommendations;
using Oversight.Recommendations.Register;
using Wolverine.Http;

namespace Oversight.Work;

/// <summary>What a line of a person's work asks of them.</summary>
public enum WorkKind
{
    [Label("Thời hạn theo luật")]
    LegalDeadline,
    [Label("Xác minh kết quả thực hiện kiến nghị")]
    VerifyCompletion,
    [Label("Xem xét giải trình")]
    JudgeExplanation,
    [Label("Quyết định gia hạn")]
    DecideExtension,
    [Label("Quyết định xử lý kiến nghị quá hạn")]
    DecideEscalation,
    [Label("Trả lời góp ý về dự thảo")]
    AnswerComments,
    [Label("Báo cáo chờ Trưởng đoàn duyệt")]
    AwaitingHeadApproval,
    [Label("Trả lời kiến nghị")]
    AnswerRecommendation,
    [Label("Gửi báo cáo cho Đoàn giám sát")]
    SendReport,
    [Label("Buổi làm việc sắp tới")]
    UpcomingSession,
    [Label("Góp ý dự thảo báo cáo")]
    CommentOnDraft,
    [Label("Duyệt báo cáo kết quả giám sát")]
    ApproveReport,
}

/// <summary>One thing to do: what, about which programme or recommendation, where it is done, by when (and since when it waits).</summary>
public sealed record WorkItem(WorkKind Kind, string KindLabel, string What, string About, string Link, DateOnly? Due, bool Overdue, DateOnly? Since = null);

/// <summary>A person's work on a day, overdue first, then by due date (what has none last).</summary>
public sealed record MyWorkView(DateOnly Today, IReadOnlyList<WorkItem> Items);

/// <summary>
/// The home page's list, per role: the secretariat's legal deadlines across programmes, answers waiting to be verified or judged,
/// extension requests, overdue recommendations to escalate, comments to answer and reports waiting for the head; an agency's
/// recommendations to answer and reports to send; a member's sessions ahead and drafts to comment on; the head's reports to approve.
/// </summary>
public static class MyWork
{
    static readonly ProgrammeStatus[] open =
    [
        ProgrammeStatus.Proposed, ProgrammeStatus.DelegationEstablished, ProgrammeStatus.Planned, ProgrammeStatus.InProgress, ProgrammeStatus.Reporting,
        ProgrammeStatus.Concluded, ProgrammeStatus.FollowingUp,
    ];

    public static async Task<MyWorkView> Of(IQuerySession session, Actor actor, DateOnly today, WorkingCalendar calendar, IOptions<DeadlineSettings> deployment,
        CancellationToken cancellation)
    {
        if (actor.CouncilId is null)
        {
            return new MyWorkView(today, []);
        }

        var items = new List<WorkItem>();
        var deadlines = await CouncilSettings.Deadlines(session, deployment, cancellation);
        switch (actor.Role)
        {
            case Role.Secretariat or Role.CouncilAdministrator:
                items.AddRange(ForSecretariat(await Programmes(session, actor, cancellation), deadlines, today));
                items.AddRange(ForSecretariat(await Answers(session, cancellation), today, calendar));
                break;
            case Role.AgencyUser:
                items.AddRange(await ForAgency(session, actor, today, calendar, cancellation));
                break;
            case Role.DelegationMember:
                items.AddRange(ForMember(await Programmes(session, actor, cancellation), actor, deadlines, today));
                break;
            case Role.SystemAdministrator or Role.Viewer:
                break;
        }

        return new MyWorkView(today, [.. items.OrderByDescending(item => item.Overdue).ThenBy(item => item.Due ?? DateOnly.MaxValue)
            .ThenBy(item => item.Since ?? DateOnly.MaxValue).ThenBy(item => item.What, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false))]);
    }

    static async Task<IReadOnlyList<Programme>> Programmes(IQuerySession session, Actor actor, CancellationToken cancellation) =>
        [.. (await session.Query<Programme>().Where(programme => programme.Status.IsOneOf(open)).ToListAsync(cancellation))
            .Where(programme => Access.Concerns(actor, programme))];

    static IEnumerable<WorkItem> ForSecretariat(IReadOnlyList<Programme> programmes, DeadlineSettings settings, DateOnly today)
    {
        foreach (var programme in programmes)
        {
            foreach (var deadline in ProgrammeDeadlines.For(programme, settings, today)
                         .Where(deadline => deadline.State is DeadlineState.Upcoming or DeadlineState.AtRisk or DeadlineState.Overdue))
            {
                yield return Item(WorkKind.LegalDeadline, deadline.Label, programme.Title, Page(programme), deadline.DueOn, deadline.State == DeadlineState.Overdue);
            }

            if (programme.Report is { Status: not ReportStatus.Approved } report)
            {
                var due = ReportDue(programme, settings);
                var unanswered = report.Comments.Where(comment => comment.Outcome is null).ToList();
                if (unanswered.Count > 0)
                {
                    yield return Item(WorkKind.AnswerComments, $"{unanswered.Count} góp ý của thành viên Đoàn chưa được trả lời hoặc tiếp thu", programme.Title,
                        $"{Report(programme)}#gop-y", due, due < today, VietnamTime.DateOf(unanswered.Min(comment => comment.At)));
                }

                if (report.Status == ReportStatus.AwaitingApproval)
                {
                    yield return Item(WorkKind.AwaitingHeadApproval, "Theo dõi việc Trưởng đoàn duyệt; ghi nhận nếu Trưởng đoàn duyệt trên giấy",
                        programme.Title, Report(programme), due, due < today);
                }
            }
        }
    }

    /// <summary>The recommendations whose next step is the council's, and those overdue whose escalation it decides.</summary>
    static async Task<IReadOnlyList<RegisterEntry>> Answers(IQuerySession session, CancellationToken cancellation)
    {
        var waiting = new[]
        {
            RecommendationStatus.ReportedDone, RecommendationStatus.ExplanationSubmitted, RecommendationStatus.Issued, RecommendationStatus.Acknowledged,
            RecommendationStatus.InProgress, RecommendationStatus.PartlyResolved,
        };
        return await session.Query<RegisterEntry>().Where(entry => entry.Status.IsOneOf(waiting) || entry.ExtensionPending).ToListAsync(cancellation);
    }

    static IEnumerable<WorkItem> ForSecretariat(IReadOnlyList<RegisterEntry> entries, DateOnly today, WorkingCalendar calendar)
    {
        foreach (var entry in entries)
        {
            var about = $"{entry.Code} · {entry.AgencyName}";
            var link = $"/kien-nghi/{entry.Id}";
            if (entry.Status == RecommendationStatus.ReportedDone)
            {
                yield return Item(WorkKind.VerifyCompletion, "Cơ quan báo đã thực hiện xong: xác minh kết quả", about, link, null, false, entry.ReportedDoneOn);
            }
            else if (entry.Status == RecommendationStatus.ExplanationSubmitted)
            {
                yield return Item(WorkKind.JudgeExplanation, "Cơ quan giải trình: chấp nhận hay không", about, link, null, false, entry.ReportedDoneOn);
            }
            else if (entry.IsOverdue(today, calendar) && !entry.ExtensionPending)
            {
                yield return Item(WorkKind.DecideEscalation, "Kiến nghị quá hạn: quyết định bước đôn đốc, xử lý", about, link, calendar.Effective(entry.DueDate), true);
            }

            if (entry.ExtensionPending)
            {
                var due = calendar.Effective(entry.DueDate);
                yield return Item(WorkKind.DecideExtension, "Cơ quan đề nghị gia hạn: đồng ý hay không", about, link, due, due < today);
            }
        }
    }

    static async Task<IEnumerable<WorkItem>> ForAgency(IQuerySession session, Actor actor, DateOnly today, WorkingCalendar calendar,
        CancellationToken cancellation)
    {
        var waiting = new[] { RecommendationStatus.Issued, RecommendationStatus.Acknowledged, RecommendationStatus.InProgress, RecommendationStatus.PartlyResolved };
        var agency = actor.AgencyId;
        var recommendations = (await session.Query<RegisterEntry>().Where(entry => entry.DirectoryAgencyId == agency && entry.Status.IsOneOf(waiting))
                .ToListAsync(cancellation))
            .Select(entry =>
            {
                var due = calendar.Effective(entry.DueDate);
                var what = entry.Status == RecommendationStatus.Issued ? "Xác nhận đã nhận và báo cáo thực hiện"
                    : entry.Status == RecommendationStatus.PartlyResolved ? "Mới giải quyết một phần: tiếp tục thực hiện và báo cáo"
                    : "Báo cáo tiến độ hoặc kết quả thực hiện";
                return Item(WorkKind.AnswerRecommendation, $"{what}: {entry.Text}", $"{entry.Code} · hạn {VietnamTime.Format(due)}", $"/kien-nghi/{entry.Id}",
                    due, entry.IsOverdue(today, calendar));
            });
        var reports = (await OutstandingReportsEndpoint.Query(session, actor, today, null, cancellation))
            .Select(report => Item(WorkKind.SendReport, report.SupplementaryReason is { } reason ? $"Báo cáo bổ sung: {reason}" : "Báo cáo theo đề cương",
                report.ProgrammeTitle, "/kien-nghi#report-requests", report.Deadline, report.Overdue));
        return [.. recommendations, .. reports];
    }

    static IEnumerable<WorkItem> ForMember(IReadOnlyList<Programme> programmes, Actor actor, DeadlineSettings settings, DateOnly today)
    {
        foreach (var programme in programmes)
        {
            foreach (var activity in programme.Activities.Where(activity => activity.Status == ActivityStatus.Scheduled && activity.Date >= today
                         && (activity.MemberIds.Count == 0 || activity.MemberIds.Contains(actor.AccountId))))
            {
                yield return Item(WorkKind.UpcomingSession,
                    $"{Labels.Of(activity.Kind)} với {programme.AgencyName(activity.AgencyId)}{(activity.Time is { } time ? $", {time:HH:mm}" : "")} tại {activity.Place}",
                    programme.Title, $"{Page(programme)}/buoi/{activity.Id}", activity.Date, false);
            }

            if (programme.Report is not { OpenForComments: true } report)
            {
                continue;
            }

            var due = ReportDue(programme, settings);
            var mine = report.Comments.Count(comment => comment.AuthorId == actor.AccountId);
            yield return Item(WorkKind.CommentOnDraft,
                $"Dự thảo phiên bản {report.Version} đang xin ý kiến{(mine > 0 ? $" (bạn đã góp {mine} ý)" : "")}", programme.Title, Report(programme), due, due < today);
            if (report.Status == ReportStatus.AwaitingApproval && programme.Delegation?.Head?.Id == actor.AccountId)
            {
                yield return Item(WorkKind.ApproveReport, "Báo cáo đã được trình: xem và duyệt", programme.Title, Report(programme), due, due < today);
            }
        }
    }

    /// <summary>When the results report is due (the legal deadline after fieldwork), once fieldwork has ended.</summary>
    static DateOnly? ReportDue(Programme programme, DeadlineSettings settings) => programme.FieldworkEndedOn?.AddDays(settings.ResultsReportDaysAfterFieldwork);

    static string Page(Programme programme) => $"/cuoc-giam-sat/{programme.Id}";

    static string Report(Programme programme) => $"{Page(programme)}/bao-cao";

    static WorkItem Item(WorkKind kind, string what, string about, string link, DateOnly? due, bool overdue, DateOnly? since = null) =>
        new(kind, Labels.Of(kind), what, about, link, due, overdue, since);
}

public static class MyWorkEndpoint
{
    [Allow(Capability.OwnAccount, OwnRecordsOnly = true)]
    [WolverineGet("/api/my-work")]
    [Tags("Việc của tôi")]
    [EndpointSummary("Việc của người đang đăng nhập theo vai trò, quá hạn trước rồi theo hạn, mỗi việc kèm nơi thực hiện")]
    public static Task<MyWorkView> Get(IQuerySession session, ClaimsPrincipal user, TimeProvider clock, WorkingCalendar calendar,
        IOptions<DeadlineSettings> deadlines, CancellationToken cancellation) =>
        MyWork.Of(session, Actor.Of(user), VietnamTime.Today(clock), calendar, deadlines, cancellation);
}
