using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Programmes.Reporting;

[Requires(ProgrammeAction.EditReport)]
public sealed record WithdrawRecommendation(Guid ProgrammeId, Guid RecommendationId) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã bỏ kiến nghị khỏi dự thảo.";
}

public static class WithdrawRecommendationHandler
{
    public static RecommendationWithdrawn Decide(Programme programme, WithdrawRecommendation command)
    {
        ReportRules.Editable(programme);
        if (programme.Recommendations.All(recommendation => recommendation.Id != command.RecommendationId))
        {
            throw Refusal.NotFound("Không có kiến nghị này trong dự thảo báo cáo.");
        }

        return new RecommendationWithdrawn(programme.Id, command.RecommendationId);
    }

    public static RecommendationWithdrawn Handle(WithdrawRecommendation command, [WriteTarget] Programme programme) =>
        Decide(programme, command);
}

public static class WithdrawRecommendationEndpoint
{
    [Sends<WithdrawRecommendation>]
    [WolverineDelete("/api/programmes/{id}/report/recommendations/{recommendationId}")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Bỏ một kiến nghị khỏi dự thảo báo cáo")]
    public static Task<NoContent> Delete(Guid id, Guid recommendationId, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, new WithdrawRecommendation(id, recommendationId));
}
