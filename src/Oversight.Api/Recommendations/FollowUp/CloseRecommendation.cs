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

/// <summary>Only the council closes a recommendation, once it found it resolved (wholly or partly) or accepted the explanation.</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record CloseRecommendation([SetByServer] Guid RecommendationId, string? Note) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã đóng theo dõi kiến nghị.";
}

public static class CloseRecommendationHandler
{
    public static RecommendationClosed Decide(Recommendation recommendation, CloseRecommendation command, DateOnly today)
    {
        FollowUpRules.Ensure(recommendation, "đóng (chỉ đóng khi đã xác minh giải quyết hoặc đã chấp nhận giải trình)", RecommendationStatus.Resolved,
            RecommendationStatus.PartlyResolved, RecommendationStatus.Explained);
        new Checks()
            .Text(command.Note, "note", "lý do đóng khi mới giải quyết một phần", 5000, required: recommendation.Status == RecommendationStatus.PartlyResolved)
            .ThrowIfAny();
        return new RecommendationClosed(recommendation.Id, recommendation.ProgrammeId, today, FollowUpRules.Blank(command.Note));
    }

    public static RecommendationClosed Handle(CloseRecommendation command, [WriteTarget] Recommendation recommendation,
        TimeProvider clock) => Decide(recommendation, command, VietnamTime.Today(clock));
}

public static class CloseRecommendationEndpoint
{
    [Sends<CloseRecommendation>]
    [WolverinePost("/api/recommendations/{recommendationId}/closure")]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Thường trực đóng theo dõi kiến nghị")]
    public static Task<NoContent> Post(Guid recommendationId, CloseRecommendation command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { RecommendationId = recommendationId });
}
