using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Recommendations;
using Oversight.Recommendations.FollowUp;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Questioning;

/// <summary>
/// The ladder's rung “chất vấn”: an overdue recommendation is added to an open questioning. Its history then says so, in the name of
/// the person who added it, with a link to the questioning; the questioning lists it.
/// </summary>
[Requires(Capability.ManageProgrammes)]
public sealed record TakeUpRecommendation([SetByServer] Guid QuestioningId, Guid? RecommendationId) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã đưa kiến nghị vào phiên chất vấn.";
}

public static class TakeUpRecommendationHandler
{
    public static RecommendationTakenUp Decide(Questioning questioning, Recommendation? recommendation)
    {
        questioning.Ensure("đưa thêm kiến nghị (đã có kết luận)", QuestioningStatus.Open);
        if (recommendation is null)
        {
            throw Refusal.Invalid("recommendationId", "Không tìm thấy kiến nghị này.");
        }

        if (questioning.RecommendationIds.Contains(recommendation.Id))
        {
            throw Refusal.Conflict($"Kiến nghị {recommendation.Code} đã được đưa vào phiên chất vấn này.");
        }

        return recommendation.AwaitsAgency
            ? new RecommendationTakenUp(questioning.Id, recommendation.Id, recommendation.Code)
            : throw Refusal.Conflict($"Kiến nghị {recommendation.Code} đang ở trạng thái “{Labels.Of(recommendation.Status)}”; " +
                "chỉ đưa vào chất vấn các kiến nghị cơ quan chưa thực hiện xong.");
    }

    public static async Task<(Events, OutgoingMessages)> Handle(TakeUpRecommendation command, [WriteTarget] Questioning questioning, Actor actor,
        IQuerySession session, CancellationToken cancellation)
    {
        var recommendation = command.RecommendationId is { } id ? await session.LoadAsync<Recommendation>(id, cancellation) : null;
        var taken = Decide(questioning, recommendation);
        return ([taken], [Commands.OnBehalfOf(actor, new DecideEscalation(taken.RecommendationId, EscalationStep.Questioning,
            $"Đưa vào chất vấn {questioning.Code} “{questioning.Title}” /chat-van/{questioning.Id}"))]);
    }
}

public static class TakeUpRecommendationEndpoint
{
    [Sends<TakeUpRecommendation>]
    [WolverinePost("/api/questioning/{questioningId}/recommendations")]
    [Tags(QuestioningEndpoint.Tag)]
    [EndpointSummary("Đưa một kiến nghị quá hạn chưa thực hiện vào phiên chất vấn (bước “Đưa vào chất vấn”, liên kết hai chiều)")]
    public static Task<NoContent> Post(Guid questioningId, TakeUpRecommendation command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { QuestioningId = questioningId });
}
