using System.Security.Claims;
using Marten;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Programmes.Creating;
using Wolverine;
using Wolverine.Http;

namespace Oversight.Recommendations.FollowUp;

/// <summary>Re-oversight (giám sát lại): a new programme about recommendations that were not carried out, linked to them.</summary>
public sealed record StartReOversight(string? Title, int? Year, IReadOnlyList<Guid>? RecommendationIds);

public static class StartReOversightHandler
{
    /// <summary>The programme to create: its agencies are those the recommendations were sent to; its scope names them.</summary>
    public static CreateProgramme Decide(StartReOversight command, IReadOnlyList<Recommendation> recommendations, Guid programmeId)
    {
        new Checks()
            .Require(command.RecommendationIds is { Count: > 0 and <= 200 }, "recommendationIds", "Hãy chọn từ 1 đến 200 kiến nghị cần giám sát lại.")
            .Require(command.RecommendationIds is null || recommendations.Count == command.RecommendationIds.Distinct().Count(), "recommendationIds",
                "Có kiến nghị không tìm thấy.")
            .ThrowIfAny();
        if (recommendations.FirstOrDefault(recommendation => !recommendation.AwaitsAgency) is { } answered)
        {
            throw Refusal.Conflict($"Kiến nghị {answered.Code} đang ở trạng thái “{Recommendation.StatusLabel(answered.Status)}”; " +
                "chỉ giám sát lại các kiến nghị cơ quan chưa thực hiện xong.");
        }

        var scope = "Giám sát lại việc thực hiện các kiến nghị: " + string.Join("; ", recommendations.OrderBy(r => r.Code).Select(r => $"{r.Code} ({r.Text})"));
        return new CreateProgramme(programmeId, command.Title, command.Year, scope.Length > 4000 ? scope[..3999] + "…" : scope, [], OverseeingBody.StandingCommittee,
            null, null, [.. recommendations.Select(recommendation => recommendation.AgencyName).Distinct()], null,
            [.. recommendations.Select(recommendation => recommendation.Id)]);
    }

    /// <summary>Creates the programme, then records the re-oversight on each recommendation as a step of its escalation.</summary>
    public static async Task<Guid> Begin(StartReOversight command, IQuerySession session, Actor actor, IMessageBus bus, CancellationToken cancellation)
    {
        var ids = (command.RecommendationIds ?? []).Distinct().ToArray();
        var recommendations = (await session.LoadManyAsync<Recommendation>(cancellation, ids)).ToList();
        var programmeId = Guid.CreateVersion7();
        await bus.SendAsync(actor, Decide(command, recommendations, programmeId), cancellation: cancellation);
        foreach (var recommendation in recommendations)
        {
            await bus.SendAsync(actor, new DecideEscalation(recommendation.Id, EscalationStep.ReOversight, $"Đưa vào cuộc giám sát lại /cuoc-giam-sat/{programmeId}"),
                cancellation: cancellation);
        }

        return programmeId;
    }

    [Allow(Capability.ManageProgrammes)]
    [WolverinePost("/api/recommendations/re-oversight")]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Tạo cuộc giám sát lại từ các kiến nghị chưa thực hiện xong (liên kết với các kiến nghị đó)")]
    public static async Task<CreationResponse<Guid>> Post(StartReOversight command, IQuerySession session, ClaimsPrincipal user, IMessageBus bus, CancellationToken cancellation)
    {
        var id = await Begin(command, session, Actor.Of(user), bus, cancellation);
        return new CreationResponse<Guid>($"/api/programmes/{id}", id);
    }
}
