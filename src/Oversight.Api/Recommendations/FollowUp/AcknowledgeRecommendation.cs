using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Recommendations.FollowUp;

[Requires(Capability.RespondToRecommendations)]
public sealed record AcknowledgeRecommendation(Guid RecommendationId, string? Note, DateOnly? On);

public static class AcknowledgeRecommendationHandler
{
    public static RecommendationAcknowledged Decide(Recommendation recommendation, AcknowledgeRecommendation command, DateOnly today)
    {
        FollowUpRules.Ensure(recommendation, "xác nhận đã nhận", RecommendationStatus.Issued);
        new Checks().Text(command.Note, "note", "ghi chú", 2000, required: false).ThrowIfAny();
        return new RecommendationAcknowledged(recommendation.Id, recommendation.ProgrammeId, FollowUpRules.On(command.On, today, recommendation), command.Note?.Trim());
    }

    public static RecommendationAcknowledged Handle(AcknowledgeRecommendation command,
        [WriteTarget] Recommendation recommendation, TimeProvider clock) =>
        Decide(recommendation, command, VietnamTime.Today(clock));
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
