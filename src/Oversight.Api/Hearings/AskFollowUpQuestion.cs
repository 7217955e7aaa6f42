using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Recommendations.FollowUp;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Hearings;

/// <summary>
/// A deputy's follow-up question to a summoned agency at the hearing, with the answer given there. A deputy records theirs in
/// their own name; the secretariat records any deputy's.
/// </summary>
[Requires(Capability.RecordFieldwork)]
public sealed record AskFollowUpQuestion([SetByServer] Guid HearingId, Guid QuestionId, Guid? AgencyId, string? Deputy, string? Question, string? Answer) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã ghi câu hỏi của đại biểu.";
}

public static class AskFollowUpQuestionHandler
{
    public static FollowUpQuestionAsked Decide(Hearing hearing, AskFollowUpQuestion command, Actor actor)
    {
        hearing.Ensure("ghi câu hỏi (phiên chưa diễn ra hoặc đã kết luận)", HearingStatus.Held);
        hearing.EnsureSummoned(command.AgencyId);
        var deputy = actor.Role == Role.DelegationMember ? actor.FullName : command.Deputy;
        new Checks()
            .Identifier(deputy, "deputy", "đại biểu đặt câu hỏi", 300)
            .Text(command.Question, "question", "câu hỏi", 10_000)
            .Text(command.Answer, "answer", "trả lời", 50_000, required: false)
            .ThrowIfAny();
        return new FollowUpQuestionAsked(hearing.Id, command.QuestionId, deputy!.Trim(), command.AgencyId!.Value, command.Question!.Trim(),
            FollowUpRules.Blank(command.Answer));
    }

    public static FollowUpQuestionAsked Handle(AskFollowUpQuestion command, [WriteTarget] Hearing hearing, Actor actor) => Decide(hearing, command, actor);
}

public static class AskFollowUpQuestionEndpoint
{
    [Sends<AskFollowUpQuestion>]
    [WolverinePost("/api/hearings/{hearingId}/questions")]
    [Tags(HearingsEndpoint.Tag)]
    [EndpointSummary("Ghi câu hỏi thêm của đại biểu tại phiên và trả lời của cơ quan")]
    public static Task<NoContent> Post(Guid hearingId, AskFollowUpQuestion command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { HearingId = hearingId, QuestionId = Guid.CreateVersion7() });
}
