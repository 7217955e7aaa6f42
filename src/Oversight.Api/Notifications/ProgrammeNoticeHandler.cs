using JasperFx.Events;
using Marten;
using Oversight.Common;
using Oversight.Programmes;
using Wolverine;

namespace Oversight.Notifications;

/// <summary>
/// Who is told of each event of a programme (README: "Who is told what"): members when they are appointed, when their sessions
/// are set, moved or cancelled and when the draft asks for their comments; the head when the report waits for them; agencies
/// when they are asked for a report, when a session with them is set or changes, and when the conclusion is made public; the
/// secretariat when members comment and when the head approves.
/// </summary>
public static class ProgrammeNoticeHandler
{
    public static Task<OutgoingMessages> Handle(IEvent<DelegationEstablished> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        Tell(e, session, postman, (programme, people) => e.Data.Members.Select(member => new Notice(people.Members([member.Id]),
            $"Bạn được cử làm {Labels.Of(member.Role).ToLowerInvariant()} Đoàn giám sát “{programme.Title}” " +
            $"(Quyết định số {e.Data.DecisionNumber} ngày {VietnamTime.Format(e.Data.DecisionDate)}).", Page(programme))), cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<DelegationMemberAdded> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        Tell(e, session, postman, (programme, people) => [new Notice(people.Members([e.Data.Member.Id]),
            $"Bạn được bổ sung vào Đoàn giám sát “{programme.Title}” ({Labels.Of(e.Data.Member.Role).ToLowerInvariant()}).", Page(programme), e.Data.Reason)],
            cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<DelegationMemberRemoved> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        Tell(e, session, postman, (programme, people) => [new Notice(people.Members([e.Data.MemberId]),
            $"Bạn không còn trong Đoàn giám sát “{programme.Title}”.", "/thong-bao", e.Data.Reason)], cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<PlanAdopted> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        Tell(e, session, postman, (programme, people) => e.Data.Plan.ReportDeadlines.Select(deadline => ReportRequested(programme, people, deadline)),
            cancellation);

    /// <summary>Only the agencies whose report deadline the revision set or moved are told.</summary>
    public static async Task<OutgoingMessages> Handle(IEvent<PlanRevised> e, IDocumentSession session, Postman postman, CancellationToken cancellation)
    {
        var before = await session.Events.AggregateStreamAsync<Programme>(e.StreamId, e.Version - 1, token: cancellation);
        var earlier = before?.Plan?.ReportDeadlines ?? [];
        return await Tell(e, session, postman, (programme, people) => e.Data.Plan.ReportDeadlines
            .Where(deadline => !earlier.Contains(deadline))
            .Select(deadline => ReportRequested(programme, people, deadline)), cancellation);
    }

    public static Task<OutgoingMessages> Handle(IEvent<SupplementaryReportRequested> e, IDocumentSession session, Postman postman,
        CancellationToken cancellation) =>
        Tell(e, session, postman, (programme, people) => [new Notice(people.Agency(programme.DirectoryAgency(e.Data.AgencyId)),
            $"Đoàn giám sát “{programme.Title}” yêu cầu {programme.AgencyName(e.Data.AgencyId)} báo cáo bổ sung trước ngày {VietnamTime.Format(e.Data.Deadline)}.",
            ReportRequests, e.Data.Reason)], cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<AgencyReportReceived> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        Tell(e, session, postman, (programme, people) => [new Notice(people.Agency(programme.DirectoryAgency(e.Data.AgencyId)),
            $"Đoàn giám sát “{programme.Title}” đã nhận báo cáo số {e.Data.DocumentNumber} của {programme.AgencyName(e.Data.AgencyId)}.", ReportRequests)],
            cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<ActivityScheduled> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        Tell(e, session, postman, (programme, people) => Session(programme, people, e.Data.ActivityId,
            activity => $"Lịch {Labels.Phrase(activity.Kind)} {programme.AgencyName(activity.AgencyId)} của Đoàn giám sát “{programme.Title}”: {When(activity)}.",
            null), cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<ActivityPostponed> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        Tell(e, session, postman, (programme, people) => Session(programme, people, e.Data.ActivityId,
            activity => $"Buổi {Labels.Phrase(activity.Kind)} {programme.AgencyName(activity.AgencyId)} (Đoàn giám sát “{programme.Title}”) " +
                        $"được dời sang {When(activity)}.", e.Data.Reason), cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<ActivityCancelled> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        Tell(e, session, postman, (programme, people) => Session(programme, people, e.Data.ActivityId,
            activity => $"Buổi {Labels.Phrase(activity.Kind)} {programme.AgencyName(activity.AgencyId)} ngày {VietnamTime.Format(activity.Date)} " +
                        $"(Đoàn giám sát “{programme.Title}”) đã bị hủy.", e.Data.Reason), cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<DraftReportCirculated> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        Tell(e, session, postman, (programme, people) => [new Notice(people.Delegation(programme),
            $"Dự thảo báo cáo kết quả giám sát “{programme.Title}” đang xin ý kiến thành viên Đoàn: mời góp ý theo từng phần.", Report(programme),
            e.Data.Note)], cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<DraftCommentMade> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        Tell(e, session, postman, (programme, people) => [new Notice([.. people.Secretariat, .. people.DelegationSecretary(programme)],
            $"{e.Data.AuthorName} góp ý phần “{Labels.Of(e.Data.Section)}” của dự thảo báo cáo “{programme.Title}”: cần trả lời hoặc tiếp thu.",
            $"{Report(programme)}#gop-y-{e.Data.CommentId}", e.Data.Text)], cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<DraftCommentAnswered> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        Tell(e, session, postman, (programme, people) => programme.Report?.Comments.FirstOrDefault(comment => comment.Id == e.Data.CommentId) is not { } comment
            ? []
            : [new Notice(people.Account(comment.AuthorId), e.Data.Outcome == CommentOutcome.TakenIn
                ? $"Góp ý của bạn về phần “{Labels.Of(comment.Section)}” của dự thảo báo cáo “{programme.Title}” đã được tiếp thu."
                : $"Góp ý của bạn về phần “{Labels.Of(comment.Section)}” của dự thảo báo cáo “{programme.Title}” đã được trả lời.",
                $"{Report(programme)}#gop-y-{comment.Id}", e.Data.Reply)], cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<DraftReportSubmitted> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        Tell(e, session, postman, (programme, people) => [new Notice(people.Head(programme),
            $"Báo cáo kết quả giám sát “{programme.Title}” chờ Trưởng đoàn duyệt.", Report(programme), e.Data.Note)], cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<DraftReportApproved> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        Tell(e, session, postman, (programme, people) => [new Notice([.. people.Secretariat, .. people.Delegation(programme)], e.Data.ByHead
            ? $"Trưởng đoàn đã duyệt báo cáo kết quả giám sát “{programme.Title}”: bước tiếp theo là ban hành kết luận."
            : $"Đã ghi nhận Trưởng đoàn duyệt báo cáo kết quả giám sát “{programme.Title}” trên giấy ngày {VietnamTime.Format(e.Data.ApprovedOn)}.",
            Report(programme))], cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<ConclusionPublished> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        Tell(e, session, postman, (programme, people) => [new Notice(
            [.. programme.Agencies.SelectMany(agency => people.Agency(agency.DirectoryId)), .. people.Delegation(programme)],
            $"Kết luận giám sát “{programme.Title}” và tình hình thực hiện kiến nghị đã được công khai.", $"/cong-khai/{session.TenantId}/{programme.Id}")],
            cancellation);

    const string ReportRequests = "/kien-nghi#report-requests";

    static string Page(Programme programme) => $"/cuoc-giam-sat/{programme.Id}";

    static string Report(Programme programme) => $"/cuoc-giam-sat/{programme.Id}/bao-cao";

    static string When(Activity activity) =>
        $"{(activity.Time is { } time ? $"{time:HH:mm} " : "")}ngày {VietnamTime.Format(activity.Date)} tại {activity.Place}";

    static Notice ReportRequested(Programme programme, Recipients people, ReportDeadline deadline) =>
        new(people.Agency(programme.DirectoryAgency(deadline.AgencyId)),
            $"Đoàn giám sát “{programme.Title}” đề nghị {programme.AgencyName(deadline.AgencyId)} gửi báo cáo theo đề cương trước ngày " +
            $"{VietnamTime.Format(deadline.Deadline)}.", ReportRequests, programme.Plan?.OutlineSections is { Count: > 0 } outline
                ? "Đề cương báo cáo:\n" + string.Join("\n", outline.Select((section, index) => $"{index + 1}. {section}"))
                : null);

    /// <summary>A session's members (the whole delegation when it names none) on its page, and the agency on its calendar.</summary>
    static IEnumerable<Notice> Session(Programme programme, Recipients people, Guid activityId, Func<Activity, string> text, string? details)
    {
        if (programme.Activity(activityId) is not { } activity)
        {
            return [];
        }

        var members = activity.MemberIds.Count > 0 ? people.Members(activity.MemberIds) : people.Delegation(programme);
        return
        [
            new Notice(members, text(activity), $"{Page(programme)}/buoi/{activity.Id}", details),
            new Notice(people.Agency(programme.DirectoryAgency(activity.AgencyId)), text(activity), "/lich", details),
        ];
    }

    static async Task<OutgoingMessages> Tell(IEvent e, IDocumentSession session, Postman postman, Func<Programme, Recipients, IEnumerable<Notice>> notices,
        CancellationToken cancellation)
    {
        if (await session.LoadAsync<Programme>(e.StreamId, cancellation) is not { } programme)
        {
            return [];
        }

        return await postman.Deliver(session, e, notices(programme, await Recipients.Of(session, cancellation)), cancellation);
    }
}
