using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Findings;
using Oversight.Recommendations;
using Oversight.Web;
using Wolverine.Http;

namespace Oversight.Programmes.Timeline;

/// <summary>One thing that happened to a programme: when, who recorded it, and what, in Vietnamese.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string? By, string What, string EventType, long Sequence);

public static class ProgrammeTimeline
{
    /// <summary>The programme's own events with those of its findings and recommendations, oldest first.</summary>
    public static async Task<IReadOnlyList<TimelineEntry>?> Load(IQuerySession session, Guid id, CancellationToken cancellation)
    {
        var programme = await session.LoadAsync<Programme>(id, cancellation);
        if (programme is null)
        {
            return null;
        }

        var streams = await Streams(session, id, cancellation);
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(streams))
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellation);
        return [.. events.Select(e => new TimelineEntry(e.Timestamp, e.UserName, Describe(e.Data, programme), e.EventTypeName, e.Sequence))];
    }

    /// <summary>The streams of a programme: its own, its findings' and its recommendations'.</summary>
    public static async Task<Guid[]> Streams(IQuerySession session, Guid id, CancellationToken cancellation)
    {
        var findingIds = await session.Query<Finding>().Where(finding => finding.ProgrammeId == id).Select(finding => finding.Id).ToListAsync(cancellation);
        var recommendationIds = await session.Query<Recommendation>().Where(recommendation => recommendation.ProgrammeId == id)
            .Select(recommendation => recommendation.Id).ToListAsync(cancellation);
        var drafts = await session.LoadAsync<Programme>(id, cancellation) is { } programme ? programme.Recommendations.Select(draft => draft.Id) : [];
        return [id, .. findingIds, .. recommendationIds, .. drafts];
    }

    public static string Describe(object data, Programme programme) => data switch
    {
        ProgrammeCreated e => $"Tạo cuộc giám sát “{e.Title}” (số {e.Year}-{e.Number:000})",
        DelegationEstablished e => $"Thành lập Đoàn giám sát theo Quyết định số {e.DecisionNumber} ngày {VietnamTime.Format(e.DecisionDate)}, gồm {e.Members.Count} người",
        DelegationMemberAdded e => $"Bổ sung {e.Member.Name} vào Đoàn: {e.Reason}",
        DelegationMemberRemoved e => $"Rút tên {programme.Delegation?.Members.FirstOrDefault(member => member.Id == e.MemberId)?.Name} khỏi Đoàn: {e.Reason}",
        PlanAdopted => "Ban hành kế hoạch giám sát và đề cương báo cáo",
        PlanRevised e => $"Sửa kế hoạch giám sát (phiên bản {e.Version}){(e.Reason is null ? "" : $": {e.Reason}")}",
        AgencyReportReceived e => $"Nhận báo cáo số {e.DocumentNumber} của {programme.AgencyName(e.AgencyId)} ngày {VietnamTime.Format(e.ReceivedOn)}",
        SupplementaryReportRequested e => $"Yêu cầu {programme.AgencyName(e.AgencyId)} báo cáo bổ sung trước ngày {VietnamTime.Format(e.Deadline)}",
        ActivityScheduled e => $"Xếp lịch {(e.Kind == ActivityKind.WorkingSession ? "làm việc với" : "khảo sát tại")} {programme.AgencyName(e.AgencyId)} ngày {VietnamTime.Format(e.Date)}",
        ActivityPostponed e => $"Hoãn buổi làm việc sang ngày {VietnamTime.Format(e.NewDate)}: {e.Reason}",
        ActivityCancelled e => $"Hủy buổi làm việc: {e.Reason}",
        ActivityHeld e => $"Ghi biên bản buổi {ActivityLabel(programme, e.ActivityId)}",
        MinutesRevised e => $"Sửa biên bản buổi {ActivityLabel(programme, e.ActivityId)}",
        FieldworkEnded e => $"Kết thúc giai đoạn làm việc ngày {VietnamTime.Format(e.EndedOn)}",
        DraftReportAssembled => "Lập dự thảo báo cáo kết quả giám sát từ các ý kiến",
        DraftReportEdited e => $"Sửa dự thảo báo cáo (phiên bản {e.Version})",
        DraftReportCirculated => "Gửi dự thảo báo cáo xin ý kiến",
        DraftReportApproved => "Trưởng đoàn duyệt báo cáo kết quả giám sát",
        RecommendationDrafted e => $"Thêm kiến nghị gửi {programme.AgencyName(e.AgencyId)}",
        RecommendationRevised e => $"Sửa kiến nghị gửi {programme.AgencyName(e.AgencyId)}",
        RecommendationWithdrawn => "Bỏ một kiến nghị khỏi dự thảo",
        ConclusionIssued e => $"Ban hành kết luận số {e.Number} ngày {VietnamTime.Format(e.IssuedOn)}",
        FollowUpStarted => "Bắt đầu theo dõi thực hiện kiến nghị",
        ConclusionPublished e => $"Công khai kết luận và tình hình thực hiện kiến nghị từ ngày {VietnamTime.Format(e.On)}",
        PublicationWithdrawn e => $"Rút kết luận khỏi trang công khai ngày {VietnamTime.Format(e.On)}: {e.Reason}",
        EscalationDecided e => $"Quyết định xử lý kiến nghị quá hạn: {Recommendation.StepLabel(e.Step).ToLowerInvariant()}",
        Recommendations.Reminders.ReminderSent e => e.WorkingDaysBefore == 0 ? "Thông báo kiến nghị quá hạn" : $"Nhắc hạn kiến nghị (còn {e.WorkingDaysBefore} ngày làm việc)",
        ProgrammeClosed => "Đóng hồ sơ cuộc giám sát",
        ProgrammePostponed e => $"Tạm hoãn cuộc giám sát: {e.Reason}",
        ProgrammeResumed => "Tiếp tục cuộc giám sát",
        ProgrammeCancelled e => $"Hủy cuộc giám sát: {e.Reason}",
        FindingLogged e => $"Ghi ý kiến ({Finding.KindLabel(e.Kind).ToLowerInvariant()}) của {MemberName(programme, e.AuthorId)}",
        FindingAmended => "Sửa một ý kiến",
        FindingMergedInto => "Gộp một ý kiến trùng",
        DuplicatesMerged e => $"Gộp {e.DuplicateIds.Count} ý kiến trùng vào một",
        Oversight.Documents.DocumentIssued e => $"Ban hành {(e.Replaces is null ? "" : "văn bản thay thế: ")}{Oversight.Documents.ProgrammeDocuments.Find(e.Template)?.Name.ToLowerInvariant() ?? e.Template} số {e.Number} ngày {VietnamTime.Format(e.IssuedOn)}"
            + (e.Replaces is { } replaced ? $", thay thế số {programme.IssuedDocuments.FirstOrDefault(document => document.Id == replaced)?.Number}: {e.ReplacementReason}" : ""),
        RecommendationIssued e => $"Gửi kiến nghị {e.Code} tới {e.AgencyName}, hạn {VietnamTime.Format(e.DueDate)}",
        RecommendationAcknowledged => "Cơ quan xác nhận đã nhận kiến nghị",
        ProgressReported e => $"Cơ quan báo cáo tiến độ thực hiện kiến nghị{Files(e.Evidence)}",
        CompletionReported e => $"Cơ quan báo cáo đã thực hiện xong kiến nghị{Files(e.Evidence)}",
        ExplanationSubmitted e => e.OutsideCompetence ? "Cơ quan giải trình kiến nghị không thuộc thẩm quyền" : "Cơ quan giải trình về kiến nghị",
        CompletionVerified e => $"Xác minh kết quả thực hiện kiến nghị: {Recommendation.VerdictLabel(e.Verdict).ToLowerInvariant()}",
        ExplanationJudged e => e.Accepted ? "Chấp nhận giải trình của cơ quan" : "Không chấp nhận giải trình của cơ quan",
        ExtensionRequested e => $"Cơ quan đề nghị gia hạn kiến nghị đến {VietnamTime.Format(e.ProposedDueDate)}",
        ExtensionGranted e => $"Đồng ý gia hạn kiến nghị đến {VietnamTime.Format(e.NewDueDate)}",
        ExtensionRefused => "Không đồng ý gia hạn kiến nghị",
        RecommendationClosed => "Đóng theo dõi kiến nghị",
        _ => Unnamed,
    };

    /// <summary>What a change no description knows yet is called: never its type's name in code.</summary>
    public const string Unnamed = "Thay đổi khác trong hồ sơ";

    static string Files(IReadOnlyList<EvidenceRef> evidence) => evidence.Count == 0 ? "" : $" (kèm {evidence.Count} tệp minh chứng)";

    static string ActivityLabel(Programme programme, Guid activityId) =>
        programme.Activity(activityId) is { } activity ? $"{programme.AgencyName(activity.AgencyId)} ngày {VietnamTime.Format(activity.Date)}" : "";

    static string MemberName(Programme programme, Guid memberId) =>
        programme.Delegation?.Members.FirstOrDefault(member => member.Id == memberId)?.Name ?? "thành viên Đoàn";
}

public static class ProgrammeTimelineEndpoint
{
    [Allow(Capability.ViewProgrammes)]
    [WolverineGet("/api/programmes/{id}/timeline")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Nhật ký cuộc giám sát: ai làm gì, khi nào")]
    public static async Task<Results<Ok<IReadOnlyList<TimelineEntry>>, ProblemHttpResult>> Get(Guid id, IQuerySession session, CancellationToken cancellation) =>
        await ProgrammeTimeline.Load(session, id, cancellation) is { } entries
            ? TypedResults.Ok(entries)
            : Problems.NotFound("Không tìm thấy cuộc giám sát này.");
}
