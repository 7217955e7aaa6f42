using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Recommendations.Reminders;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Recommendations.FollowUp;

/// <summary>The secretariat grants the extension (to the proposed date, or another later one) or refuses it with a reason.</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record DecideExtension([SetByServer] Guid RecommendationId, bool? Approve, DateOnly? NewDueDate, string? Reason) : IDoneMessage
{
    string IDoneMessage.DoneMessage => Approve == true ? "Đã đồng ý gia hạn; lịch nhắc hạn tính lại theo hạn mới." : "Đã ghi không đồng ý gia hạn.";
}

public static class DecideExtensionHandler
{
    public static object Decide(Recommendation recommendation, DecideExtension command, DateOnly today)
    {
        if (recommendation.Extension is not { } pending)
        {
            throw Refusal.Conflict($"Kiến nghị {recommendation.Code} không có đề nghị gia hạn nào đang chờ quyết định.");
        }

        var newDueDate = command.NewDueDate ?? pending.ProposedDueDate;
        new Checks()
            .Require(command.Approve is not null, "approve", "Hãy chọn đồng ý hay không đồng ý gia hạn.")
            .Require(command.Approve != true || newDueDate > recommendation.DueDate, "newDueDate",
                $"Hạn mới phải sau hạn hiện tại ({VietnamTime.Format(recommendation.DueDate)}).")
            .Text(command.Reason, "reason", command.Approve == false ? "lý do không đồng ý" : "ghi chú", 5000, required: command.Approve == false)
            .ThrowIfAny();
        return command.Approve == true
            ? new ExtensionGranted(recommendation.Id, recommendation.ProgrammeId, today, newDueDate, FollowUpRules.Blank(command.Reason))
            : new ExtensionRefused(recommendation.Id, recommendation.ProgrammeId, today, command.Reason!);
    }

    /// <summary>A granted extension schedules reminders for the new date; those for the old date find it changed and do nothing.</summary>
    public static (Events, OutgoingMessages) Handle(DecideExtension command, [WriteTarget] Recommendation recommendation,
        TimeProvider clock, WorkingCalendar calendar, IOptions<ReminderSettings> reminders)
    {
        var decision = Decide(recommendation, command, VietnamTime.Today(clock));
        var messages = decision is ExtensionGranted granted
            ? ReminderSchedule.For(recommendation.Id, granted.NewDueDate, clock.GetUtcNow(), calendar, reminders.Value)
            : [];
        return ([decision], messages);
    }
}

public static class DecideExtensionEndpoint
{
    [Sends<DecideExtension>]
    [WolverinePost("/api/recommendations/{recommendationId}/extension-decision")]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Thường trực đồng ý (có thể với hạn khác) hoặc không đồng ý gia hạn")]
    public static Task<NoContent> Post(Guid recommendationId, DecideExtension command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { RecommendationId = recommendationId });
}
