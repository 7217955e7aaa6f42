using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Recommendations.FollowUp;

[Requires(Capability.RespondToRecommendations)]
public sealed record AcknowledgeRecommendation([SetByServer] Guid RecommendationId, string? Note, DateOnly? On, string? DateReason = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã xác nhận đã nhận kiến nghị.";
}

public static class AcknowledgeRecommendationHandler
{
    public static RecommendationAcknowledged Decide(Recommendation recommendation, AcknowledgeRecommendation command, DateOnly today, Actor actor)
    {
        FollowUpRules.Ensure(recommendation, "xác nhận đã nhận", RecommendationStatus.Issued);
        new Checks().Text(command.Note, "note", "ghi chú", 2000, required: false).ThrowIfAny();
        var on = FollowUpRules.On(command.On, command.DateReason, today, recommendation, actor);
        return new RecommendationAcknowledged(recommendation.Id, recommendation.ProgrammeId, on.On, command.Note, on.Reason);
    }

    public static RecommendationAcknowledged Handle(AcknowledgeRecommendation command,
        [WriteTarget] Recommendation recommendation, Actor actor, TimeProvider clock) =>
        Decide(recommendation, command, VietnamTime.Today(clock), actor);
}

public static class AcknowledgeRecommendationEndpoint
{
    [Sends<AcknowledgeRecommendation>]
    [WolverinePost("/api/recommendations/{recommendationId}/acknowledgement")]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Cơ quan xác nhận đã nhận kiến nghị")]
    public static Task<NoContent> Post(Guid recommendationId, AcknowledgeRecommendation command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { RecommendationId = recommendationId });
}
