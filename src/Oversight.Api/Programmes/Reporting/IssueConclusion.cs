using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Recommendations;
using Oversight.Recommendations.Reminders;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Programmes.Reporting;

/// <summary>
/// Issues the conclusion (kết luận) with its number and date. Each recommendation of the approved
/// report starts its own stream, with a stable code, to be followed up.
/// </summary>
[Requires(ProgrammeAction.IssueConclusion)]
public sealed record IssueConclusion([SetByServer] Guid ProgrammeId, string? Number, DateOnly? IssuedOn, string? Remarks, string? DateReason = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => $"Đã ban hành kết luận số {Number}; các kiến nghị đã có mã để theo dõi.";
}

public static class IssueConclusionHandler
{
    public static (Wolverine.Marten.Events, IEnumerable<IMartenOp>) Decide(Programme programme, IssueConclusion command, DateOnly today, Actor actor)
    {
        programme.Ensure(ProgrammeAction.IssueConclusion);
        if (programme.Report is not { Status: ReportStatus.Approved })
        {
            throw Refusal.Conflict("Báo cáo kết quả giám sát chưa được Trưởng đoàn duyệt; hãy trình duyệt trước khi ban hành kết luận.");
        }

        var checks = new Checks().Identifier(command.Number, "number", "số, ký hiệu văn bản kết luận", 100);
        var issued = checks.Happened("issuedOn", "ngày ban hành kết luận", command.IssuedOn, command.DateReason, today, actor, required: true);
        checks.Require(command.IssuedOn is null || command.IssuedOn >= programme.FieldworkEndedOn, "issuedOn",
                "Ngày kết luận không thể trước ngày kết thúc giai đoạn làm việc.")
            .Text(command.Remarks, "remarks", "nội dung kết luận", 100_000)
            .ThrowIfAny();
        var issuedOn = issued.On;
        var number = command.Number!;
        var streams = programme.Recommendations.Select((draft, index) => (IMartenOp)MartenOps.StartStream<Recommendation>(draft.Id,
            new RecommendationIssued(draft.Id, programme.Id, $"KN-{programme.Code}-{index + 1:00}", draft.AgencyId, programme.AgencyName(draft.AgencyId),
                [.. draft.CoAgencyIds.Select(programme.AgencyName)], draft.Text, draft.DueDate!.Value, draft.FindingIds, number, issuedOn,
                programme.DirectoryAgency(draft.AgencyId))));
        return ([new ConclusionIssued(programme.Id, number, issuedOn, command.Remarks!, issued.Reason)], [.. streams]);
    }

    /// <summary>Issues the conclusion and schedules each recommendation's reminders (durable: they survive restarts).</summary>
    public static (Wolverine.Marten.Events, IEnumerable<IMartenOp>, OutgoingMessages) Handle(IssueConclusion command,
        [WriteTarget] Programme programme, Actor actor, TimeProvider clock, WorkingCalendar calendar,
        IOptions<ReminderSettings> reminders)
    {
        var (events, streams) = Decide(programme, command, VietnamTime.Today(clock), actor);
        var messages = new OutgoingMessages();
        foreach (var draft in programme.Recommendations)
        {
            messages.AddRange(ReminderSchedule.For(draft.Id, draft.DueDate!.Value, clock.GetUtcNow(), calendar, reminders.Value));
        }

        return (events, streams, messages);
    }
}

public static class IssueConclusionEndpoint
{
    [Sends<IssueConclusion>]
    [WolverinePost("/api/programmes/{id}/conclusion")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Ban hành kết luận; các kiến nghị được gửi đi để theo dõi")]
    public static Task<NoContent> Post(Guid id, IssueConclusion command, ClaimsPrincipal user, IMessageBus bus) => ProgrammeApi.Send(bus, user, command with { ProgrammeId = id });
}
