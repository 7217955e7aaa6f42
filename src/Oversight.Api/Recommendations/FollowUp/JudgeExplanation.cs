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

[Requires(Capability.ManageProgrammes)]
public sealed record JudgeExplanation([SetByServer] Guid RecommendationId, bool? Accepted, string? Remarks) : IDoneMessage
{
    string IDoneMessage.DoneMessage => Accepted == true ? "Đã chấp nhận giải trình." : "Đã ghi không chấp nhận giải trình.";
}

public static class JudgeExplanationHandler
{
    public static ExplanationJudged Decide(Recommendation recommendation, JudgeExplanation command, DateOnly today)
    {
        FollowUpRules.Ensure(recommendation, "xem xét giải trình (cơ quan chưa giải trình)", RecommendationStatus.ExplanationSubmitted);
        new Checks()
            .Require(command.Accepted is not null, "accepted", "Hãy chọn chấp nhận hay không chấp nhận giải trình.")
            .Text(command.Remarks, "remarks", "lý do không chấp nhận", 10_000, required: command.Accepted == false)
            .ThrowIfAny();
        return new ExplanationJudged(recommendation.Id, recommendation.ProgrammeId, today, command.Accepted!.Value, FollowUpRules.Blank(command.Remarks));
    }

    public static ExplanationJudged Handle(JudgeExplanation command, [WriteTarget] Recommendation recommendation,
        TimeProvider clock) => Decide(recommendation, command, VietnamTime.Today(clock));
}

public static class JudgeExplanationEndpoint
{
    [Sends<JudgeExplanation>]
    [WolverinePost("/api/recommendations/{recommendationId}/explanation-decision")]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Thường trực chấp nhận hoặc không chấp nhận giải trình của cơ quan")]
    public static Task<NoContent> Post(Guid recommendationId, JudgeExplanation command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { RecommendationId = recommendationId });
}
