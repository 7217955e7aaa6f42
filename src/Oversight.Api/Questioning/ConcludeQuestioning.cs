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

namespace Oversight.Questioning;

/// <summary>
/// Issues the resolution or conclusion on the questioning: each answered question with a commitment becomes a recommendation of the
/// question's id, addressed to the official's agency, with the questioning as its source, followed like a programme's.
/// </summary>
[Requires(Capability.ManageProgrammes)]
public sealed record ConcludeQuestioning([SetByServer] Guid QuestioningId, string? Number, DateOnly? IssuedOn, string? Summary, string? DateReason = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => $"Đã ban hành kết luận chất vấn số {Number?.Trim()}; các cam kết đã thành kiến nghị được theo dõi.";
}

public static class ConcludeQuestioningHandler
{
    public static (Wolverine.Marten.Events, IEnumerable<IMartenOp>) Decide(Questioning questioning, ConcludeQuestioning command, DateOnly today, Actor actor)
    {
        questioning.Ensure("ban hành kết luận", QuestioningStatus.Open);
        var checks = new Checks()
            .Identifier(command.Number, "number", "số, ký hiệu nghị quyết hoặc kết luận", 100)
            .Require(questioning.Questions.Count > 0, "number", "Chưa có câu hỏi chất vấn nào.");
        var issued = checks.Happened("issuedOn", "ngày ban hành kết luận", command.IssuedOn, command.DateReason, today, actor, required: true);
        checks.Require(command.IssuedOn is null || command.IssuedOn >= questioning.HeldOn, "issuedOn", "Ngày kết luận không được trước ngày chất vấn.")
            .Text(command.Summary, "summary", "nội dung kết luận", 100_000)
            .ThrowIfAny();
        var number = command.Number!.Trim();
        var source = new RecommendationSource(RecommendationSourceKind.Questioning, questioning.Id, questioning.Title, questioning.Year,
            questioning.Forum == QuestioningForum.CouncilSession ? OverseeingBody.Council : OverseeingBody.StandingCommittee);
        var streams = Committed(questioning).Select((question, index) => (IMartenOp)MartenOps.StartStream<Recommendation>(question.Id,
            new RecommendationIssued(question.Id, questioning.Id, $"{questioning.Code}-{index + 1:00}", question.AgencyId, question.AgencyName, [],
                question.Commitment!, question.DueDate!.Value, [], number, issued.On, question.AgencyId, source)));
        return ([new QuestioningConcluded(questioning.Id, number, issued.On, command.Summary!.Trim(), issued.Reason)], [.. streams]);
    }

    public static IEnumerable<Question> Committed(Questioning questioning) => questioning.Questions.Where(question => question.Commitment is not null);

    public static (Wolverine.Marten.Events, IEnumerable<IMartenOp>, OutgoingMessages) Handle(ConcludeQuestioning command, [WriteTarget] Questioning questioning,
        Actor actor, TimeProvider clock, WorkingCalendar calendar, IOptions<ReminderSettings> reminders)
    {
        var (events, streams) = Decide(questioning, command, VietnamTime.Today(clock), actor);
        var messages = new OutgoingMessages();
        foreach (var question in Committed(questioning))
        {
            messages.AddRange(ReminderSchedule.For(question.Id, question.DueDate!.Value, clock.GetUtcNow(), calendar, reminders.Value));
        }

        return (events, streams, messages);
    }
}

public static class ConcludeQuestioningEndpoint
{
    [Sends<ConcludeQuestioning>]
    [WolverinePost("/api/questioning/{questioningId}/conclusion")]
    [Tags(QuestioningEndpoint.Tag)]
    [EndpointSummary("Ban hành nghị quyết hoặc kết luận về chất vấn; các cam kết thành kiến nghị được theo dõi")]
    public static Task<NoContent> Post(Guid questioningId, ConcludeQuestioning command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { QuestioningId = questioningId });
}
