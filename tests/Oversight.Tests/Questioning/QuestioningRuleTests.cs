using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory;
using Oversight.Programmes;
using Oversight.Questioning;
using Oversight.Recommendations;
using Oversight.Tests.Programmes;
using QuestioningRecord = Oversight.Questioning.Questioning;

namespace Oversight.Tests.Questioning;

/// <summary>Every step of a questioning and its refusals, through the deciders, with no database.</summary>
public sealed class QuestioningRuleTests
{
    static readonly DateOnly today = new(2026, 7, 8);
    static readonly Actor secretariat = ProgrammeStory.Secretariat;
    static readonly Agency health = new() { Id = Guid.NewGuid(), Name = "Sở Y tế" };
    static readonly DirectoryPerson director = new() { Id = Guid.NewGuid(), FullName = "Trần Văn B", Position = "Giám đốc Sở Y tế" };

    static QuestioningRecord Apply(QuestioningRecord questioning, object e)
    {
        ((dynamic)questioning).Apply((dynamic)e);
        return questioning;
    }

    static QuestioningRecord Opened() =>
        QuestioningRecord.Create(OpenQuestioningHandler.Decide(new OpenQuestioning(Guid.NewGuid(), "Chất vấn tại Kỳ họp thứ tư", QuestioningForum.CouncilSession, today), 2));

    static RegisterQuestion Question(QuestioningRecord questioning, string topic = "Bảo hiểm y tế") =>
        new(questioning.Id, Guid.NewGuid(), "Đại biểu Lê Thị C", director.Id, health.Id, topic, "Bao giờ cấp đủ thẻ cho hộ vùng lũ?");

    [Fact]
    public void A_questioning_is_opened_at_a_session_or_a_standing_committee_meeting_and_numbered_in_its_year()
    {
        var questioning = Opened();
        questioning.ShouldSatisfyAllConditions(q => q.Code.ShouldBe("CV-2026-002"), q => q.Status.ShouldBe(QuestioningStatus.Open));
        Should.Throw<Refusal>(() => OpenQuestioningHandler.Decide(new OpenQuestioning(Guid.NewGuid(), " ", null, null), 1))
            .Errors.Keys.ShouldBe(["title", "forum", "heldOn"], ignoreOrder: true);
    }

    [Fact]
    public void Deputies_register_questions_to_officials_of_the_directory_in_their_own_name_and_they_are_grouped_by_official_and_topic()
    {
        var questioning = Opened();
        var member = ProgrammeStory.MemberActor(Guid.NewGuid());
        var mine = RegisterQuestionHandler.Decide(questioning, Question(questioning), director, health, member);
        mine.ShouldSatisfyAllConditions(
            q => q.Deputy.ShouldBe(member.FullName),
            q => q.DeputyAccountId.ShouldBe(member.AccountId),
            q => q.Official.ShouldBe("Trần Văn B, Giám đốc Sở Y tế"));
        questioning = Apply(questioning, mine);
        questioning = Apply(questioning, RegisterQuestionHandler.Decide(questioning, Question(questioning, "Khám chữa bệnh"), director, health, secretariat));
        questioning = Apply(questioning, RegisterQuestionHandler.Decide(questioning, Question(questioning), director, health, secretariat));
        var grouped = questioning.Grouped();
        grouped.Single().Official.ShouldBe("Trần Văn B, Giám đốc Sở Y tế");
        grouped.Single().Topics.Select(topic => (topic.Topic, topic.Questions.Count)).ShouldBe([("Bảo hiểm y tế", 2), ("Khám chữa bệnh", 1)]);

        Should.Throw<Refusal>(() => RegisterQuestionHandler.Decide(questioning, Question(questioning) with { Deputy = null, Topic = "" }, null, null, secretariat))
            .Errors.Keys.ShouldBe(["deputy", "officialId", "agencyId", "topic"], ignoreOrder: true);
        questioning.Admits(member).ShouldBeTrue();
        questioning.Admits(new Actor(Guid.NewGuid(), "yte", "Sở Y tế", Role.AgencyUser, "ha-nam", health.Id)).ShouldBeTrue();
        questioning.Admits(new Actor(Guid.NewGuid(), "xd", "Sở Xây dựng", Role.AgencyUser, "ha-nam", Guid.NewGuid())).ShouldBeFalse();
    }

    [Fact]
    public void Answers_and_commitments_become_recommendations_whose_source_is_the_questioning()
    {
        var questioning = Opened();
        var committed = Question(questioning);
        var answeredOnly = Question(questioning, "Khám chữa bệnh");
        questioning = Apply(questioning, RegisterQuestionHandler.Decide(questioning, committed, director, health, secretariat));
        questioning = Apply(questioning, RegisterQuestionHandler.Decide(questioning, answeredOnly, director, health, secretariat));
        Should.Throw<Refusal>(() => AnswerQuestionHandler.Decide(questioning, new AnswerQuestion(questioning.Id, Guid.NewGuid(), "x", null, null))).Status.ShouldBe(404);
        Should.Throw<Refusal>(() => AnswerQuestionHandler.Decide(questioning, new AnswerQuestion(questioning.Id, committed.QuestionId, "Trong quý III", "Cấp đủ thẻ", null)))
            .Errors.ShouldContainKey("dueDate");
        questioning = Apply(questioning, AnswerQuestionHandler.Decide(questioning,
            new AnswerQuestion(questioning.Id, committed.QuestionId, "Sở đang rà soát danh sách", "Cấp đủ thẻ cho hộ vùng lũ", today.AddMonths(3))));
        questioning = Apply(questioning, AnswerQuestionHandler.Decide(questioning, new AnswerQuestion(questioning.Id, answeredOnly.QuestionId, "Đã giải quyết", "", null)));

        var (events, streams) = ConcludeQuestioningHandler.Decide(questioning, new ConcludeQuestioning(questioning.Id, "12/NQ-HĐND", today, "Nghị quyết về chất vấn"),
            today, secretariat);
        var issued = streams.Cast<Wolverine.Marten.StartStream<Recommendation>>().Select(stream => (RecommendationIssued)stream.Events.Single()).Single();
        issued.ShouldSatisfyAllConditions(
            i => i.RecommendationId.ShouldBe(committed.QuestionId),
            i => i.Code.ShouldBe("CV-2026-002-01"),
            i => i.DirectoryAgencyId.ShouldBe(health.Id),
            i => i.Text.ShouldBe("Cấp đủ thẻ cho hộ vùng lũ"),
            i => i.Source.ShouldBe(new RecommendationSource(RecommendationSourceKind.Questioning, questioning.Id, questioning.Title, 2026, OverseeingBody.Council)));
        questioning = Apply(questioning, events.Single());
        Should.Throw<Refusal>(() => RegisterQuestionHandler.Decide(questioning, Question(questioning), director, health, secretariat)).Status.ShouldBe(409);
        questioning = Apply(questioning, PublishQuestioningHandler.Decide(questioning, today));
        Should.Throw<Refusal>(() => PublishQuestioningHandler.Decide(questioning, today)).Status.ShouldBe(409);
    }

    [Fact]
    public void Only_a_recommendation_still_the_agencys_to_do_is_taken_up_and_only_once()
    {
        var questioning = Opened();
        var recommendation = Recommendation.Create(new RecommendationIssued(Guid.NewGuid(), Guid.NewGuid(), "KN-2025-001-01", Guid.NewGuid(), "Sở Y tế", [],
            "Rà soát danh sách", today.AddDays(-30), [], "12/TB-HĐND", today.AddDays(-90), health.Id));
        Should.Throw<Refusal>(() => TakeUpRecommendationHandler.Decide(questioning, null)).Errors.ShouldContainKey("recommendationId");
        questioning = Apply(questioning, TakeUpRecommendationHandler.Decide(questioning, recommendation));
        Should.Throw<Refusal>(() => TakeUpRecommendationHandler.Decide(questioning, recommendation)).Status.ShouldBe(409);
        recommendation.Apply(new CompletionReported(recommendation.Id, recommendation.ProgrammeId, today, "Đã xong", []));
        Should.Throw<Refusal>(() => TakeUpRecommendationHandler.Decide(Opened(), recommendation)).Status.ShouldBe(409);
    }
}
