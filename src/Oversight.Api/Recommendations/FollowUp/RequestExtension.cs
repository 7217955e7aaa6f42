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

/// <summary>The agency asks for a later due date, with a reason; only the secretariat's decision changes the date.</summary>
[Requires(Capability.RespondToRecommendations)]
public sealed record RequestExtension([SetByServer] Guid RecommendationId, DateOnly? ProposedDueDate, string? Reason) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã gửi đề nghị gia hạn.";
}

public static class RequestExtensionHandler
{
    public static ExtensionRequested Decide(Recommendation recommendation, RequestExtension command, DateOnly today)
    {
        FollowUpRules.Ensure(recommendation, "đề nghị gia hạn", RecommendationStatus.Issued, RecommendationStatus.Acknowledged, RecommendationStatus.InProgress,
            RecommendationStatus.PartlyResolved);
        if (recommendation.Extension is { } pending)
        {
            throw Refusal.Conflict($"Đề nghị gia hạn đến {VietnamTime.Format(pending.ProposedDueDate)} đang chờ Thường trực quyết định.");
        }

        new Checks()
            .Require(command.ProposedDueDate is not null, "proposedDueDate", "Hãy nhập hạn mới đề nghị.")
            .Require(command.ProposedDueDate is null || command.ProposedDueDate > recommendation.DueDate, "proposedDueDate",
                $"Hạn mới phải sau hạn hiện tại ({VietnamTime.Format(recommendation.DueDate)}).")
            .Text(command.Reason, "reason", "lý do đề nghị gia hạn", 5000)
            .ThrowIfAny();
        return new ExtensionRequested(recommendation.Id, recommendation.ProgrammeId, today, command.ProposedDueDate!.Value, command.Reason!);
    }

    public static ExtensionRequested Handle(RequestExtension command, [WriteTarget] Recommendation recommendation,
        TimeProvider clock) => Decide(recommendation, command, VietnamTime.Today(clock));
}

public static class RequestExtensionEndpoint
{
    [Sends<RequestExtension>]
    [WolverinePost("/api/recommendations/{recommendationId}/extension-request")]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Cơ quan đề nghị gia hạn thực hiện kiến nghị (kèm lý do)")]
    public static Task<NoContent> Post(Guid recommendationId, RequestExtension command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { RecommendationId = recommendationId });
}
