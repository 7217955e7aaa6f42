using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Recommendations;
using Oversight.Recommendations.Reminders;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Hearings;

/// <summary>
/// Issues the conclusion notice of the hearing. Each commitment becomes a recommendation addressed to its agency, with a
/// stable code and the hearing as its source, followed like a programme's: the same register, reminders, verification, scoreboard.
/// </summary>
[Requires(Capability.ManageProgrammes)]
public sealed record IssueHearingConclusion([SetByServer] Guid HearingId, string? Number, DateOnly? IssuedOn, string? Summary, string? DateReason = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => $"Đã ban hành thông báo kết luận số {Number?.Trim()}; các cam kết đã thành kiến nghị được theo dõi.";
}

public static class IssueHearingConclusionHandler
{
    public static (Wolverine.Marten.Events, IEnumerable<IMartenOp>) Decide(Hearing hearing, IssueHearingConclusion command, DateOnly today, Actor actor)
    {
        hearing.Ensure("ban hành thông báo kết luận", HearingStatus.Held);
        var checks = new Checks().Identifier(command.Number, "number", "số, ký hiệu thông báo kết luận", 100);
        var issued = checks.Happened("issuedOn", "ngày ban hành thông báo kết luận", command.IssuedOn, command.DateReason, today, actor, required: true);
        checks.Require(command.IssuedOn is null || command.IssuedOn >= hearing.HeldOn, "issuedOn", "Ngày thông báo kết luận không được trước ngày tổ chức phiên.")
            .Text(command.Summary, "summary", "nội dung kết luận", 100_000)
            .ThrowIfAny();
        var number = command.Number!.Trim();
        var source = new RecommendationSource(RecommendationSourceKind.Hearing, hearing.Id, hearing.Subject, hearing.Year, hearing.Body);
        var streams = hearing.Commitments.Select((commitment, index) => (IMartenOp)MartenOps.StartStream<Recommendation>(commitment.Id,
            new RecommendationIssued(commitment.Id, hearing.Id, $"{hearing.Code}-{index + 1:00}", commitment.AgencyId, hearing.AgencyName(commitment.AgencyId), [],
                commitment.Text, commitment.DueDate, [], number, issued.On, commitment.AgencyId, source)));
        return ([new HearingConcluded(hearing.Id, number, issued.On, command.Summary!.Trim(), issued.Reason)], [.. streams]);
    }

    /// <summary>Issues the notice and schedules each commitment's reminders, as a programme's conclusion does.</summary>
    public static (Wolverine.Marten.Events, IEnumerable<IMartenOp>, OutgoingMessages) Handle(IssueHearingConclusion command, [WriteTarget] Hearing hearing,
        Actor actor, TimeProvider clock, WorkingCalendar calendar, IOptions<ReminderSettings> reminders)
    {
        var (events, streams) = Decide(hearing, command, VietnamTime.Today(clock), actor);
        var messages = new OutgoingMessages();
        foreach (var commitment in hearing.Commitments)
        {
            messages.AddRange(ReminderSchedule.For(commitment.Id, commitment.DueDate, clock.GetUtcNow(), calendar, reminders.Value));
        }

        return (events, streams, messages);
    }
}

public static class IssueHearingConclusionEndpoint
{
    [Sends<IssueHearingConclusion>]
    [WolverinePost("/api/hearings/{hearingId}/conclusion")]
    [Tags(HearingsEndpoint.Tag)]
    [EndpointSummary("Ban hành thông báo kết luận phiên giải trình; các cam kết thành kiến nghị được theo dõi (nhắc hạn, xác minh, thống kê)")]
    public static Task<NoContent> Post(Guid hearingId, IssueHearingConclusion command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { HearingId = hearingId });
}
