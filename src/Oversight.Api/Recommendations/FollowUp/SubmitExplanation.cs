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

/// <summary>The agency explains why it has not (or cannot) carry it out, e.g. it is not within its competence.</summary>
[Requires(Capability.RespondToRecommendations)]
public sealed record SubmitExplanation([SetByServer] Guid RecommendationId, string? Explanation, bool OutsideCompetence, DateOnly? On, string? DateReason = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã gửi giải trình.";
}

public static class SubmitExplanationHandler
{
    public static ExplanationSubmitted Decide(Recommendation recommendation, SubmitExplanation command, DateOnly today, Actor actor)
    {
        FollowUpRules.Ensure(recommendation, "giải trình", RecommendationStatus.Issued, RecommendationStatus.Acknowledged, RecommendationStatus.InProgress,
            RecommendationStatus.PartlyResolved);
        new Checks().Text(command.Explanation, "explanation", "nội dung giải trình", 20_000).ThrowIfAny();
        var on = FollowUpRules.On(command.On, command.DateReason, today, recommendation, actor);
        return new ExplanationSubmitted(recommendation.Id, recommendation.ProgrammeId, on.On, command.Explanation!, command.OutsideCompetence, on.Reason);
    }

    public static ExplanationSubmitted Handle(SubmitExplanation command, [WriteTarget] Recommendation recommendation,
        Actor actor, TimeProvider clock) => Decide(recommendation, command, VietnamTime.Today(clock), actor);
}

public static class SubmitExplanationEndpoint
{
    [Sends<SubmitExplanation>]
    [WolverinePost("/api/recommendations/{recommendationId}/explanation")]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Cơ quan giải trình (chưa thực hiện được, hoặc không thuộc thẩm quyền)")]
    public static Task<NoContent> Post(Guid recommendationId, SubmitExplanation command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { RecommendationId = recommendationId });
}
