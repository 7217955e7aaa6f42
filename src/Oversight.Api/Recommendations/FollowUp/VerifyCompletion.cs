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

/// <summary>The council checks the agency's claim: resolved, partly resolved, or not satisfactory (back to the agency, with the reason).</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record VerifyCompletion([SetByServer] Guid RecommendationId, Verdict? Verdict, string? Remarks) : IDoneMessage
{
    string IDoneMessage.DoneMessage => $"Đã ghi kết quả xác minh: {(Verdict is { } verdict ? Labels.Of(verdict).ToLowerInvariant() : "")}.";
}

public static class VerifyCompletionHandler
{
    public static CompletionVerified Decide(Recommendation recommendation, VerifyCompletion command, DateOnly today)
    {
        FollowUpRules.Ensure(recommendation, "xác minh kết quả (cơ quan chưa báo cáo đã thực hiện xong)", RecommendationStatus.ReportedDone);
        new Checks()
            .Require(command.Verdict is not null && Enum.IsDefined(command.Verdict.Value), "verdict", "Hãy chọn kết quả xác minh.")
            .Text(command.Remarks, "remarks", "nhận xét (lý do khi chưa đạt hoặc giải quyết một phần)", 10_000,
                required: command.Verdict is Verdict.NotSatisfactory or Verdict.PartlyResolved)
            .ThrowIfAny();
        return new CompletionVerified(recommendation.Id, recommendation.ProgrammeId, today, command.Verdict!.Value, FollowUpRules.Blank(command.Remarks));
    }

    public static CompletionVerified Handle(VerifyCompletion command, [WriteTarget] Recommendation recommendation,
        TimeProvider clock) => Decide(recommendation, command, VietnamTime.Today(clock));
}

public static class VerifyCompletionEndpoint
{
    [Sends<VerifyCompletion>]
    [WolverinePost("/api/recommendations/{recommendationId}/verification")]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Thường trực xác minh kết quả cơ quan báo cáo: đã giải quyết, giải quyết một phần, chưa đạt")]
    public static Task<NoContent> Post(Guid recommendationId, VerifyCompletion command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { RecommendationId = recommendationId });
}
