using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Recommendations;
using Wolverine.Http;

namespace Oversight.Hearings;

/// <summary>A hearing as a list shows it.</summary>
public sealed record HearingSummary(Guid Id, string Code, string Subject, string BodyName, DateOnly ScheduledOn, HearingStatus Status, string StatusLabel,
    IReadOnlyList<string> Agencies, int Commitments, bool Published);

/// <summary>A recommendation beside the hearing: one it took up, or one its conclusion issued.</summary>
public sealed record LinkedRecommendation(Guid Id, string Code, string AgencyName, string Text, DateOnly DueDate, RecommendationStatus Status, string StatusLabel);

/// <summary>The hearing, the recommendations it took up (escalated to it), and those its conclusion issued with what became of them.</summary>
public sealed record HearingView(Hearing Hearing, IReadOnlyList<LinkedRecommendation> TakenUp, IReadOnlyList<LinkedRecommendation> Issued);

public static class HearingsEndpoint
{
    public const string Tag = "Phiên giải trình";

    public static HearingSummary Summary(Hearing hearing) => new(hearing.Id, hearing.Code, hearing.Subject, hearing.BodyName, hearing.ScheduledOn,
        hearing.Status, Labels.Of(hearing.Status), [.. hearing.Summoned.Select(summons => summons.AgencyName)], hearing.Commitments.Count,
        hearing.PublishedOn is not null);

    /// <summary>The hearings this person may see, newest first: all of the council's to its staff, a deputy's all, an agency's those it is summoned to.</summary>
    public static async Task<IReadOnlyList<Hearing>> Visible(IQuerySession session, Actor actor, CancellationToken cancellation) =>
        [.. (await session.Query<Hearing>().OrderByDescending(hearing => hearing.ScheduledOn).ToListAsync(cancellation))
            .Where(hearing => !Access.BoundToOwnRecords(actor) || hearing.Admits(actor))];

    public static async Task<HearingView> View(IQuerySession session, Hearing hearing, CancellationToken cancellation)
    {
        var takenUp = await session.LoadManyAsync<Recommendation>(cancellation, hearing.RecommendationIds);
        var issued = await Issued(session, hearing.Id, cancellation);
        return new HearingView(hearing, [.. takenUp.OrderBy(recommendation => recommendation.Code).Select(Linked)], [.. issued.Select(Linked)]);
    }

    public static async Task<IReadOnlyList<Recommendation>> Issued(IQuerySession session, Guid hearingId, CancellationToken cancellation) =>
        await session.Query<Recommendation>().Where(recommendation => recommendation.ProgrammeId == hearingId).OrderBy(recommendation => recommendation.Code)
            .ToListAsync(cancellation);

    public static LinkedRecommendation Linked(Recommendation recommendation) => new(recommendation.Id, recommendation.Code, recommendation.AgencyName,
        recommendation.Text, recommendation.DueDate, recommendation.Status, Labels.Of(recommendation.Status));

    [Allow(Capability.ViewAddressedWork, OwnRecordsOnly = true)]
    [WolverineGet("/api/hearings")]
    [Tags(Tag)]
    [EndpointSummary("Các phiên giải trình (cơ quan chỉ thấy các phiên mình được mời)")]
    public static async Task<IReadOnlyList<HearingSummary>> List(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation) =>
        [.. (await Visible(session, Actor.Of(user), cancellation)).Select(Summary)];

    [Allow(Capability.ViewAddressedWork)]
    [WolverineGet("/api/hearings/{hearingId}")]
    [Tags(Tag)]
    [EndpointSummary("Một phiên giải trình: cơ quan được mời và vấn đề cần giải trình, người dự, nội dung giải trình, câu hỏi, cam kết, thông báo kết luận và kiến nghị theo dõi")]
    public static async Task<Results<Ok<HearingView>, ProblemHttpResult>> Get(Guid hearingId, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<Hearing>(hearingId, cancellation) is { } hearing
            ? TypedResults.Ok(await View(session, hearing, cancellation))
            : Web.Problems.NotFound("Không tìm thấy phiên giải trình này.");
}
