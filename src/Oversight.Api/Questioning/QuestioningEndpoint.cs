using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Hearings;
using Oversight.Recommendations;
using Wolverine.Http;

namespace Oversight.Questioning;

public sealed record QuestioningSummary(Guid Id, string Code, string Title, string ForumLabel, DateOnly HeldOn, QuestioningStatus Status, string StatusLabel,
    int Questions, bool Published);

/// <summary>The questioning, the recommendations it took up, and those its conclusion issued with what became of them.</summary>
public sealed record QuestioningView(Questioning Questioning, IReadOnlyList<LinkedRecommendation> TakenUp, IReadOnlyList<LinkedRecommendation> Issued);

/// <summary>A deputy's question and what became of it: the answer, the commitment and where its recommendation stands.</summary>
public sealed record MyQuestion(Guid QuestioningId, string Questioning, Question Question, LinkedRecommendation? Recommendation);

public static class QuestioningEndpoint
{
    public const string Tag = "Chất vấn";

    public static QuestioningSummary Summary(Questioning questioning) => new(questioning.Id, questioning.Code, questioning.Title, Labels.Of(questioning.Forum),
        questioning.HeldOn, questioning.Status, Labels.Of(questioning.Status), questioning.Questions.Count, questioning.PublishedOn is not null);

    public static async Task<IReadOnlyList<Questioning>> Visible(IQuerySession session, Actor actor, CancellationToken cancellation) =>
        [.. (await session.Query<Questioning>().OrderByDescending(questioning => questioning.HeldOn).ToListAsync(cancellation))
            .Where(questioning => !Access.BoundToOwnRecords(actor) || questioning.Admits(actor))];

    public static async Task<QuestioningView> View(IQuerySession session, Questioning questioning, CancellationToken cancellation)
    {
        var takenUp = await session.LoadManyAsync<Recommendation>(cancellation, questioning.RecommendationIds);
        var issued = await HearingsEndpoint.Issued(session, questioning.Id, cancellation);
        return new QuestioningView(questioning, [.. takenUp.OrderBy(r => r.Code).Select(HearingsEndpoint.Linked)], [.. issued.Select(HearingsEndpoint.Linked)]);
    }

    /// <summary>The questions this deputy registered, newest questioning first, with what became of each.</summary>
    public static async Task<IReadOnlyList<MyQuestion>> Mine(IQuerySession session, Actor actor, CancellationToken cancellation)
    {
        var questionings = await session.Query<Questioning>().OrderByDescending(questioning => questioning.HeldOn).ToListAsync(cancellation);
        var mine = questionings.SelectMany(questioning => questioning.Questions.Where(question => question.DeputyAccountId == actor.AccountId)
            .Select(question => (Questioning: questioning, Question: question))).ToList();
        var recommendations = (await session.LoadManyAsync<Recommendation>(cancellation, [.. mine.Select(pair => pair.Question.Id)]))
            .ToDictionary(recommendation => recommendation.Id);
        return [.. mine.Select(pair => new MyQuestion(pair.Questioning.Id, pair.Questioning.Title, pair.Question,
            recommendations.TryGetValue(pair.Question.Id, out var recommendation) ? HearingsEndpoint.Linked(recommendation) : null))];
    }

    [Allow(Capability.ViewAddressedWork, OwnRecordsOnly = true)]
    [WolverineGet("/api/questioning")]
    [Tags(Tag)]
    [EndpointSummary("Các phiên chất vấn (cơ quan chỉ thấy các phiên có câu hỏi gửi người của mình)")]
    public static async Task<IReadOnlyList<QuestioningSummary>> List(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation) =>
        [.. (await Visible(session, Actor.Of(user), cancellation)).Select(Summary)];

    [Allow(Capability.ViewAddressedWork, OwnRecordsOnly = true)]
    [WolverineGet("/api/questioning/mine")]
    [Tags(Tag)]
    [EndpointSummary("Các câu hỏi chất vấn của đại biểu đang đăng nhập: trả lời, cam kết và tình hình thực hiện")]
    public static Task<IReadOnlyList<MyQuestion>> ListMine(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation) =>
        Mine(session, Actor.Of(user), cancellation);

    [Allow(Capability.ViewAddressedWork)]
    [WolverineGet("/api/questioning/{questioningId}")]
    [Tags(Tag)]
    [EndpointSummary("Một phiên chất vấn: câu hỏi theo người bị chất vấn và nhóm vấn đề, trả lời, cam kết, kết luận và kiến nghị theo dõi")]
    public static async Task<Results<Ok<QuestioningView>, ProblemHttpResult>> Get(Guid questioningId, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<Questioning>(questioningId, cancellation) is { } questioning
            ? TypedResults.Ok(await View(session, questioning, cancellation))
            : Web.Problems.NotFound("Không tìm thấy phiên chất vấn này.");
}
