using System.Security.Claims;
using Marten;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Programmes.Creating;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Recommendations.FollowUp;

/// <summary>Re-oversight (giám sát lại): a new programme about recommendations that were not carried out, linked to them.</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record StartReOversight([SetByServer] Guid ProgrammeId, [Example("Giám sát lại việc thực hiện kiến nghị về chi trả trợ cấp xã hội")] string? Title, int? Year, IReadOnlyList<Guid>? RecommendationIds);

public static class StartReOversightHandler
{
    /// <summary>The programme to create: its agencies are those the recommendations were sent to; its scope names them.</summary>
    public static CreateProgramme Decide(StartReOversight command, IReadOnlyList<Recommendation> recommendations)
    {
        new Checks()
            .Require(command.RecommendationIds is { Count: > 0 and <= 200 }, "recommendationIds", "Hãy chọn từ 1 đến 200 kiến nghị cần giám sát lại.")
            .Require(command.RecommendationIds is null || recommendations.Count == command.RecommendationIds.Distinct().Count(), "recommendationIds",
                "Có kiến nghị không tìm thấy.")
            .ThrowIfAny();
        if (recommendations.FirstOrDefault(recommendation => !recommendation.AwaitsAgency) is { } answered)
        {
            throw Refusal.Conflict($"Kiến nghị {answered.Code} đang ở trạng thái “{Labels.Of(answered.Status)}”; " +
                "chỉ giám sát lại các kiến nghị cơ quan chưa thực hiện xong.");
        }

        // The recommendations with their texts when that fits a programme's scope, else their codes alone (the programme links every one of them).
        var ordered = recommendations.OrderBy(recommendation => recommendation.Code).ToList();
        var scope = "Giám sát lại việc thực hiện các kiến nghị: " + string.Join("; ", ordered.Select(recommendation => $"{recommendation.Code} ({recommendation.Text})"));
        if (scope.Length > CreateProgrammeHandler.MaxScope)
        {
            scope = "Giám sát lại việc thực hiện các kiến nghị: " + string.Join("; ", ordered.Select(recommendation => recommendation.Code));
        }

        // The agencies as the directory knows them; one of a recommendation not yet matched with it, by the name it was issued to.
        return new CreateProgramme(command.ProgrammeId, command.Title, command.Year, scope, [],
            OverseeingBody.StandingCommittee, null, null,
            [.. recommendations.Where(recommendation => recommendation.DirectoryAgencyId is null).Select(recommendation => recommendation.AgencyName).Distinct()],
            null, [.. recommendations.Select(recommendation => recommendation.Id)],
            [.. recommendations.Select(recommendation => recommendation.DirectoryAgencyId).OfType<Guid>().Distinct()]);
    }

    /// <summary>
    /// Creates the programme and, in the same transaction (the outbox), the decision to take each recommendation into it:
    /// both are stored or neither is, and the decisions then run as the person who started the re-oversight.
    /// </summary>
    [Untargeted]
    public static async Task<(IStartStream, OutgoingMessages)> Handle(StartReOversight command, Actor actor, IDocumentSession session,
        CancellationToken cancellation)
    {
        var recommendations = (await session.LoadManyAsync<Recommendation>(cancellation, [.. (command.RecommendationIds ?? []).Distinct()])).ToList();
        var programme = await CreateProgrammeHandler.NumberedStream(Decide(command, recommendations), session, cancellation);
        var escalations = new OutgoingMessages();
        foreach (var recommendation in recommendations)
        {
            escalations.Add(Commands.OnBehalfOf(actor,
                new DecideEscalation(recommendation.Id, EscalationStep.ReOversight, $"Đưa vào cuộc giám sát lại /cuoc-giam-sat/{command.ProgrammeId}")));
        }

        return (programme, escalations);
    }
}

public static class StartReOversightEndpoint
{
    [Sends<StartReOversight>]
    [WolverinePost("/api/recommendations/re-oversight")]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Tạo cuộc giám sát lại từ các kiến nghị chưa thực hiện xong (liên kết với các kiến nghị đó)")]
    public static async Task<CreationResponse<Guid>> Post(StartReOversight command, ClaimsPrincipal user, IMessageBus bus)
    {
        var id = Guid.CreateVersion7();
        await bus.SendAsync(user, command with { ProgrammeId = id });
        return new CreationResponse<Guid>($"/api/programmes/{id}", id);
    }
}
