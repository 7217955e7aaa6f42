using JasperFx.Events;
using Marten;
using Oversight.Common;
using Oversight.Recommendations;
using Oversight.Recommendations.Reminders;
using Wolverine;

namespace Oversight.Notifications;

/// <summary>
/// Who is told of each event of a recommendation's follow-up (README: "Who is told what"): the agency when the council sends,
/// decides, escalates or reminds; the council's secretariat when the agency answers. Each handler reads the event from the
/// event store's subscription (<see cref="NotificationsFeature"/>), never from the command that recorded it.
/// </summary>
public static class RecommendationNoticeHandler
{
    public static Task<OutgoingMessages> Handle(IEvent<RecommendationIssued> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        ToAgency(e, session, postman, recommendation =>
            $"Kiến nghị mới {recommendation.Code} gửi {recommendation.AgencyName}, hạn {VietnamTime.Format(recommendation.DueDate)}: " +
            "hãy xác nhận đã nhận và báo cáo kết quả thực hiện.", cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<RecommendationAcknowledged> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        ToSecretariat(e, session, postman, recommendation => $"{recommendation.AgencyName} xác nhận đã nhận kiến nghị {recommendation.Code}.",
            e.Data.Note, cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<ProgressReported> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        ToSecretariat(e, session, postman, recommendation => $"{recommendation.AgencyName} báo cáo tiến độ thực hiện kiến nghị {recommendation.Code}.",
            e.Data.Text, cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<CompletionReported> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        ToSecretariat(e, session, postman, recommendation =>
            $"{recommendation.AgencyName} báo cáo đã thực hiện xong kiến nghị {recommendation.Code}: cần xác minh kết quả.", e.Data.Text, cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<ExplanationSubmitted> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        ToSecretariat(e, session, postman, recommendation =>
            $"{recommendation.AgencyName} giải trình về kiến nghị {recommendation.Code}{(e.Data.OutsideCompetence ? " (không thuộc thẩm quyền)" : "")}: " +
            "cần xem xét chấp nhận hay không.", e.Data.Explanation, cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<ExtensionRequested> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        ToSecretariat(e, session, postman, recommendation =>
            $"{recommendation.AgencyName} đề nghị gia hạn kiến nghị {recommendation.Code} đến {VietnamTime.Format(e.Data.ProposedDueDate)}: cần quyết định.",
            e.Data.Reason, cancellation);

    public static Task<OutgoingMessages> Handle(IEvent<CompletionVerified> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        ToAgency(e, session, postman, recommendation => e.Data.Verdict == Verdict.NotSatisfactory
            ? $"Kết quả thực hiện kiến nghị {recommendation.Code} chưa đạt: hãy tiếp tục thực hiện và báo cáo lại."
            : $"Kiến nghị {recommendation.Code} được xác minh: {Labels.Of(e.Data.Verdict).ToLowerInvariant()}.", cancellation, e.Data.Remarks);

    public static Task<OutgoingMessages> Handle(IEvent<ExplanationJudged> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        ToAgency(e, session, postman, recommendation => e.Data.Accepted
            ? $"Giải trình về kiến nghị {recommendation.Code} được chấp nhận."
            : $"Giải trình về kiến nghị {recommendation.Code} không được chấp nhận: hãy tiếp tục thực hiện.", cancellation, e.Data.Remarks);

    public static Task<OutgoingMessages> Handle(IEvent<ExtensionGranted> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        ToAgency(e, session, postman, recommendation => $"Kiến nghị {recommendation.Code} được gia hạn đến {VietnamTime.Format(e.Data.NewDueDate)}.",
            cancellation, e.Data.Remarks);

    public static Task<OutgoingMessages> Handle(IEvent<ExtensionRefused> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        ToAgency(e, session, postman, recommendation =>
            $"Đề nghị gia hạn kiến nghị {recommendation.Code} không được đồng ý: hạn vẫn là {VietnamTime.Format(recommendation.DueDate)}.",
            cancellation, e.Data.Reason);

    public static Task<OutgoingMessages> Handle(IEvent<EscalationDecided> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        ToAgency(e, session, postman, recommendation => $"Kiến nghị {recommendation.Code} quá hạn: {Labels.Of(e.Data.Step).ToLowerInvariant()}.",
            cancellation, e.Data.Note);

    public static Task<OutgoingMessages> Handle(IEvent<RecommendationClosed> e, IDocumentSession session, Postman postman, CancellationToken cancellation) =>
        ToAgency(e, session, postman, recommendation => $"Kiến nghị {recommendation.Code} đã được đóng theo dõi.", cancellation, e.Data.Note);

    /// <summary>A reminder or an overdue notice goes to the agency and to the secretariat, who follows it up.</summary>
    public static async Task<OutgoingMessages> Handle(IEvent<ReminderSent> e, IDocumentSession session, Postman postman, CancellationToken cancellation)
    {
        if (await session.LoadAsync<Recommendation>(e.Data.RecommendationId, cancellation) is not { } recommendation)
        {
            return [];
        }

        var people = await Recipients.Of(session, cancellation);
        var text = RecommendationReminderHandler.Text(recommendation, e.Data.DueDate, e.Data.WorkingDaysBefore);
        return await postman.Deliver(session, e, [new Notice([.. people.Agency(recommendation.DirectoryAgencyId), .. people.Secretariat], text, Link(recommendation),
            recommendation.Text)], cancellation);
    }

    public static string Link(Recommendation recommendation) => $"/kien-nghi/{recommendation.Id}";

    static async Task<OutgoingMessages> ToAgency(IEvent e, IDocumentSession session, Postman postman, Func<Recommendation, string> text,
        CancellationToken cancellation, string? details = null)
    {
        if (await session.LoadAsync<Recommendation>(e.StreamId, cancellation) is not { } recommendation)
        {
            return [];
        }

        var people = await Recipients.Of(session, cancellation);
        return await postman.Deliver(session, e, [new Notice(people.Agency(recommendation.DirectoryAgencyId), text(recommendation), Link(recommendation),
            Join(details, recommendation.Text))], cancellation);
    }

    static async Task<OutgoingMessages> ToSecretariat(IEvent e, IDocumentSession session, Postman postman, Func<Recommendation, string> text, string? details,
        CancellationToken cancellation)
    {
        if (await session.LoadAsync<Recommendation>(e.StreamId, cancellation) is not { } recommendation)
        {
            return [];
        }

        var people = await Recipients.Of(session, cancellation);
        return await postman.Deliver(session, e, [new Notice(people.Secretariat, text(recommendation), Link(recommendation), Join(details, recommendation.Text))],
            cancellation);
    }

    static string Join(string? said, string recommendation) =>
        said is { Length: > 0 } ? $"{said}\n\nNội dung kiến nghị: {recommendation}" : $"Nội dung kiến nghị: {recommendation}";
}
