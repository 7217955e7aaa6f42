using System.Security.Claims;
using Marten;
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

/// <summary>Progress, at any time while the recommendation is the agency's to do: text, figures and evidence files.</summary>
[Requires(Capability.RespondToRecommendations)]
public sealed record ReportProgress(Guid RecommendationId, string? Text, string? Figures, DateOnly? On, IReadOnlyList<EvidenceUpload>? Files,
    string? DateReason = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã gửi báo cáo tiến độ.";
}

public static class ReportProgressHandler
{
    public static void Check(Recommendation recommendation, ReportProgress command)
    {
        FollowUpRules.Ensure(recommendation, "báo cáo tiến độ", RecommendationStatus.Issued, RecommendationStatus.Acknowledged, RecommendationStatus.InProgress,
            RecommendationStatus.PartlyResolved);
        var checks = new Checks()
            .Text(command.Text, "text", "nội dung báo cáo tiến độ", 20_000)
            .Text(command.Figures, "figures", "số liệu", 2000, required: false);
        FollowUpRules.CheckFiles(checks, command.Files);
        checks.ThrowIfAny();
    }

    public static (Events, IEnumerable<IMartenOp>) Handle(ReportProgress command,
        [WriteTarget] Recommendation recommendation, Actor actor, TimeProvider clock)
    {
        Check(recommendation, command);
        var on = FollowUpRules.On(command.On, command.DateReason, VietnamTime.Today(clock), recommendation, actor);
        var (files, evidence) = FollowUpRules.Store(recommendation.Id, command.Files, clock.GetUtcNow());
        return ([new ProgressReported(recommendation.Id, recommendation.ProgrammeId, on.On, command.Text!, FollowUpRules.Blank(command.Figures), evidence,
            on.Reason)],
            files.Select(file => (IMartenOp)MartenOps.Store(file)));
    }
}

public static class ReportProgressEndpoint
{
    [Sends<ReportProgress>]
    [WolverinePost("/api/recommendations/{recommendationId}/progress")]
    [MultipartForm<RecommendationApi.ProgressForm>]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Cơ quan báo cáo tiến độ thực hiện kiến nghị (multipart: text, figures, on, files = minh chứng)")]
    public static async Task<NoContent> Post(Guid recommendationId, HttpRequest request, ClaimsPrincipal user, IMessageBus bus, CancellationToken cancellation)
    {
        var form = await RecommendationApi.ReadForm(request, cancellation);
        await bus.SendAsync(user, new ReportProgress(recommendationId, form.Text("text"), form.Text("figures"), form.Date("on"), form.Files, form.Text("dateReason")), cancellation);
        return TypedResults.NoContent();
    }
}
