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

/// <summary>The secretariat takes a rung of the escalation ladder (the proposed one unless it names another); the agency is told.</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record DecideEscalation([SetByServer] Guid RecommendationId, EscalationStep? Step, string? Note) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã ghi quyết định xử lý; cơ quan đã được thông báo.";
}

public static class DecideEscalationHandler
{
    public static EscalationDecided Decide(Recommendation recommendation, DecideEscalation command, DateOnly today, WorkingCalendar calendar)
    {
        if (!recommendation.AwaitsAgency)
        {
            throw Refusal.Conflict($"Kiến nghị {recommendation.Code} đang ở trạng thái “{Labels.Of(recommendation.Status)}”: không còn gì để đôn đốc.");
        }

        var step = command.Step ?? recommendation.ProposedEscalation(today, calendar)
            ?? throw Refusal.Invalid("step", "Kiến nghị chưa quá hạn: hãy chọn bước xử lý nếu vẫn muốn đôn đốc.");
        new Checks()
            .Require(Enum.IsDefined(step), "step", "Bước xử lý không hợp lệ.")
            .Text(command.Note, "note", "ghi chú", 5000, required: false)
            .ThrowIfAny();
        return new EscalationDecided(recommendation.Id, recommendation.ProgrammeId, today, step, FollowUpRules.Blank(command.Note));
    }

    /// <summary>The agency is told of the decision by its event (<see cref="Notifications.RecommendationNoticeHandler"/>).</summary>
    public static EscalationDecided Handle(DecideEscalation command, [WriteTarget] Recommendation recommendation, TimeProvider clock, WorkingCalendar calendar) =>
        Decide(recommendation, command, VietnamTime.Today(clock), calendar);
}

public static class DecideEscalationEndpoint
{
    [Sends<DecideEscalation>]
    [WolverinePost("/api/recommendations/{recommendationId}/escalation")]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Thường trực quyết định bước xử lý tiếp theo khi kiến nghị quá hạn (mặc định: bước hệ thống đề xuất)")]
    public static Task<NoContent> Post(Guid recommendationId, DecideEscalation command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { RecommendationId = recommendationId });
}
