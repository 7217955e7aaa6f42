using JasperFx.Events;
using Marten;
using Oversight.Common;
using Oversight.Notifications;
using Wolverine;

namespace Oversight.Questioning;

/// <summary>
/// Who a questioning tells (README: "Who is told what"): the agency of the official a deputy questions, so that the answer is
/// prepared; the deputy, when their question is answered. Commitments, once concluded, are told as every recommendation is.
/// </summary>
public static class QuestioningNoticeHandler
{
    public static async Task<OutgoingMessages> Handle(IEvent<QuestionRegistered> e, IDocumentSession session, Postman postman, CancellationToken cancellation)
    {
        if (await session.LoadAsync<Questioning>(e.StreamId, cancellation) is not { } questioning)
        {
            return [];
        }

        var people = await Recipients.Of(session, cancellation);
        return await postman.Deliver(session, e,
        [
            new Notice(people.Agency(e.Data.AgencyId),
                $"Đại biểu {e.Data.Deputy} chất vấn {e.Data.Official} ({e.Data.AgencyName}) về {e.Data.Topic} tại “{questioning.Title}” ngày " +
                $"{VietnamTime.Format(questioning.HeldOn)}.", $"/chat-van/{questioning.Id}", e.Data.Text),
        ], cancellation);
    }

    public static async Task<OutgoingMessages> Handle(IEvent<QuestionAnswered> e, IDocumentSession session, Postman postman, CancellationToken cancellation)
    {
        if (await session.LoadAsync<Questioning>(e.StreamId, cancellation) is not { } questioning
            || questioning.Questions.FirstOrDefault(question => question.Id == e.Data.QuestionId) is not { DeputyAccountId: { } deputy } asked)
        {
            return [];
        }

        var people = await Recipients.Of(session, cancellation);
        return await postman.Deliver(session, e,
        [
            new Notice(people.Account(deputy), $"Câu hỏi chất vấn của bạn gửi {asked.Official} về {asked.Topic} đã được trả lời.", $"/chat-van/{questioning.Id}",
                e.Data.Commitment is { } commitment ? $"{e.Data.Answer}\n\nCam kết: {commitment}" : e.Data.Answer),
        ], cancellation);
    }
}
