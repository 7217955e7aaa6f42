using System.Security.Claims;
using Marten;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory;
using Oversight.Programmes;
using Oversight.Recommendations;
using Oversight.Recommendations.FollowUp;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Hearings;

/// <summary>
/// The Thường trực HĐND (or one of its Ban, by its id in the directory) decides to hold an explanation hearing on an issue;
/// it may take up recommendations that were not carried out (the ladder's rung “phiên giải trình”).
/// </summary>
[Requires(Capability.ManageProgrammes)]
public sealed record DecideHearing([SetByServer] Guid HearingId, string? Subject, OverseeingBody? Body, Guid? CommitteeId, DateOnly? DecidedOn, DateOnly? ScheduledOn,
    string? Place, IReadOnlyList<Guid>? RecommendationIds, string? DateReason = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã ghi quyết định tổ chức phiên giải trình; bước tiếp theo là mời các cơ quan giải trình.";
}

/// <summary>The last hearing number given in a year.</summary>
public sealed class HearingNumbering : INumberRegister
{
    public int Id { get; set; }
    public int Last { get; set; }
}

public static class DecideHearingHandler
{
    public const string StandingCommittee = "Thường trực Hội đồng nhân dân";

    public static HearingDecided Decide(DecideHearing command, int number, Committee? committee, IReadOnlyList<Recommendation> recommendations, DateOnly today,
        Actor actor)
    {
        var wanted = (command.RecommendationIds ?? []).Distinct().ToList();
        var checks = new Checks()
            .Text(command.Subject, "subject", "vấn đề cần giải trình", 1000)
            .Require(command.Body is OverseeingBody.StandingCommittee or OverseeingBody.Committee, "body",
                "Phiên giải trình do Thường trực HĐND hoặc một Ban của HĐND tổ chức.")
            .Require(command.Body != OverseeingBody.Committee || committee is not null, "committeeId", "Hãy chọn Ban tổ chức phiên giải trình trong danh bạ.")
            .Require(command.ScheduledOn is not null, "scheduledOn", "Hãy nhập ngày tổ chức phiên giải trình.")
            .Identifier(command.Place, "place", "địa điểm", 300, required: false)
            .Require(wanted.Count <= 100, "recommendationIds", "Một phiên giải trình xem xét tối đa 100 kiến nghị.")
            .Require(recommendations.Count == wanted.Count, "recommendationIds", "Có kiến nghị không tìm thấy.");
        var decided = checks.Happened("decidedOn", "ngày quyết định", command.DecidedOn, command.DateReason, today, actor);
        checks.Require(command.ScheduledOn is null || command.ScheduledOn >= decided.On, "scheduledOn",
                "Ngày tổ chức phiên giải trình không được trước ngày quyết định.")
            .ThrowIfAny();
        if (recommendations.FirstOrDefault(recommendation => !recommendation.AwaitsAgency) is { } answered)
        {
            throw Refusal.Conflict($"Kiến nghị {answered.Code} đang ở trạng thái “{Labels.Of(answered.Status)}”; " +
                "chỉ đưa vào phiên giải trình các kiến nghị cơ quan chưa thực hiện xong.");
        }

        return new HearingDecided(command.HearingId, number, decided.On.Year, command.Subject!.Trim(), command.Body!.Value, committee?.Id,
            committee?.Name ?? StandingCommittee, decided.On, command.ScheduledOn!.Value, FollowUpRules.Blank(command.Place), wanted, decided.Reason);
    }

    /// <summary>
    /// Starts the hearing's stream and, in the same transaction, the decision to take each recommendation to it, in the name of
    /// the person who decided the hearing: the recommendation's history then says where it was taken.
    /// </summary>
    [Untargeted]
    public static async Task<(IStartStream, OutgoingMessages)> Handle(DecideHearing command, Actor actor, IDocumentSession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        var today = VietnamTime.Today(clock);
        var year = (command.DecidedOn ?? today).Year;
        var committee = command.CommitteeId is { } committeeId ? await session.LoadAsync<Committee>(committeeId, cancellation) : null;
        var recommendations = (await session.LoadManyAsync<Recommendation>(cancellation, [.. (command.RecommendationIds ?? []).Distinct().Take(101)])).ToList();
        // A refused hearing stores nothing, its number included.
        var number = Numbering.Next(session, await session.LoadAsync<HearingNumbering>(year, cancellation), () => new HearingNumbering { Id = year });
        var decided = Decide(command, number, committee, recommendations, today, actor);
        var escalations = new OutgoingMessages();
        foreach (var recommendation in recommendations)
        {
            escalations.Add(Commands.OnBehalfOf(actor, new DecideEscalation(recommendation.Id, EscalationStep.ExplanationSession,
                $"Đưa vào phiên giải trình {Hearing.CodeOf(decided.Year, number)} “{decided.Subject}” /giai-trinh/{command.HearingId}")));
        }

        return (MartenOps.StartStream<Hearing>(command.HearingId, decided), escalations);
    }
}

public static class DecideHearingEndpoint
{
    [Sends<DecideHearing>]
    [WolverinePost("/api/hearings")]
    [Tags(HearingsEndpoint.Tag)]
    [EndpointSummary("Thường trực HĐND (hoặc một Ban) quyết định tổ chức phiên giải trình; có thể đưa vào các kiến nghị quá hạn chưa thực hiện")]
    public static async Task<CreationResponse<Guid>> Post(DecideHearing command, ClaimsPrincipal user, IMessageBus bus)
    {
        var id = Guid.CreateVersion7();
        await bus.SendAsync(user, command with { HearingId = id });
        return new CreationResponse<Guid>($"/api/hearings/{id}", id);
    }
}
