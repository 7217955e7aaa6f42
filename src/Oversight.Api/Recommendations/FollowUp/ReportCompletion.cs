using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Recommendations.FollowUp;

/// <summary>The agency says the recommendation is carried out, with what shows it; the council then verifies.</summary>
[Requires(Capability.RespondToRecommendations)]
public sealed record ReportCompletion(Guid RecommendationId, string? Text, DateOnly? On, IReadOnlyList<EvidenceUpload>? Files, string? DateReason = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã báo cáo thực hiện xong; Văn phòng HĐND sẽ xác minh.";
}

public static class ReportCompletionHandler
{
    public static (Events, IEnumerable<IMartenOp>) Handle(ReportCompletion command,
        [WriteTarget] Recommendation recommendation, Actor actor, TimeProvider clock)
    {
        FollowUpRules.Ensure(recommendation, "báo cáo đã thực hiện xong", RecommendationStatus.Issued, RecommendationStatus.Acknowledged,
            RecommendationStatus.InProgress, RecommendationStatus.PartlyResolved);
        var checks = new Checks().Text(command.Text, "text", "kết quả thực hiện", 20_000);
        FollowUpRules.CheckFiles(checks, command.Files);
        checks.Require(command.Files is { Count: > 0 }, "files", "Hãy gửi kèm ít nhất một tệp minh chứng (văn bản, quyết định, báo cáo…).");
        checks.ThrowIfAny();
        var on = FollowUpRules.On(command.On, command.DateReason, VietnamTime.Today(clock), recommendation, actor);
        var (files, evidence) = FollowUpRules.Store(recommendation.Id, command.Files, clock.GetUtcNow());
        return ([new CompletionReported(recommendation.Id, recommendation.ProgrammeId, on.On, command.Text!, evidence, on.Reason)],
            files.Select(file => (IMartenOp)MartenOps.Store(file)));
    }
}

public static class ReportCompletionEndpoint
{
    [Sends<ReportCompletion>]
    [WolverinePost("/api/recommendations/{recommendationId}/completion")]
    [MultipartForm<RecommendationApi.CompletionForm>]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Cơ quan báo cáo đã thực hiện xong kiến nghị, kèm minh chứng (multipart: text, on, files)")]
    public static async Task<NoContent> Post(Guid recommendationId, HttpRequest request, ClaimsPrincipal user, IMessageBus bus, CancellationToken cancellation)
    {
        var form = await RecommendationApi.ReadForm(request, cancellation);
        await bus.SendAsync(user, new ReportCompletion(recommendationId, form.Text("text"), form.Date("on"), form.Files, form.Text("dateReason")), cancellation);
        return TypedResults.NoContent();
    }
}
