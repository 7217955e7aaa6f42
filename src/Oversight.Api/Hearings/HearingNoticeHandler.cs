using JasperFx.Events;
using Marten;
using Oversight.Common;
using Oversight.Notifications;
using Wolverine;

namespace Oversight.Hearings;

/// <summary>
/// Who a hearing tells (README: "Who is told what"): a summoned agency, of the date and what it must explain. Its commitments, once
/// concluded, are recommendations and are told as every recommendation is.
/// </summary>
public static class HearingNoticeHandler
{
    public static async Task<OutgoingMessages> Handle(IEvent<AgencySummoned> e, IDocumentSession session, Postman postman, CancellationToken cancellation)
    {
        if (await session.LoadAsync<Hearing>(e.StreamId, cancellation) is not { } hearing)
        {
            return [];
        }

        var people = await Recipients.Of(session, cancellation);
        return await postman.Deliver(session, e,
        [
            new Notice(people.Agency(e.Data.AgencyId),
                $"{hearing.BodyName} mời {e.Data.Representative} ({e.Data.AgencyName}) giải trình về “{hearing.Subject}” ngày " +
                $"{VietnamTime.Format(hearing.ScheduledOn)}; gửi báo cáo trước ngày {VietnamTime.Format(e.Data.ReportBy)}.",
                $"/giai-trinh/{hearing.Id}", "Vấn đề cần giải trình:\n" + string.Join("\n", e.Data.Questions.Select((question, index) => $"{index + 1}. {question}"))),
        ], cancellation);
    }
}
