using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory;
using Oversight.Hearings;
using Oversight.Programmes;
using Oversight.Recommendations;
using Oversight.Tests.Programmes;

namespace Oversight.Tests.Hearings;

/// <summary>Every step of an explanation hearing and its refusals, through the deciders, with no database.</summary>
public sealed class HearingRuleTests
{
    static readonly DateOnly today = new(2026, 4, 10);
    static readonly Actor secretariat = ProgrammeStory.Secretariat;
    static readonly Agency health = new() { Id = Guid.NewGuid(), Name = "Sở Y tế" };
    static readonly Agency finance = new() { Id = Guid.NewGuid(), Name = "Sở Tài chính" };

    static Hearing Apply(Hearing hearing, object e)
    {
        ((dynamic)hearing).Apply((dynamic)e);
        return hearing;
    }

    static DecideHearing Decision() => new(Guid.NewGuid(), "Việc cấp thẻ bảo hiểm y tế cho người dân vùng lũ", OverseeingBody.StandingCommittee, null, today,
        today.AddDays(20), "Hội trường Văn phòng", null);

    static Hearing Decided() => Hearing.Create(DecideHearingHandler.Decide(Decision(), 3, null, [], today, secretariat));

    static Hearing Summoned()
    {
        var hearing = Decided();
        hearing = Apply(hearing, SummonAgencyHandler.Decide(hearing,
            new SummonAgency(hearing.Id, health.Id, "Giám đốc Sở Y tế", ["Vì sao 12% hộ vùng lũ chưa có thẻ?", ""], today.AddDays(15)), health));
        return Apply(hearing, SummonAgencyHandler.Decide(hearing,
            new SummonAgency(hearing.Id, finance.Id, "Giám đốc Sở Tài chính", ["Kinh phí hỗ trợ mua thẻ"], today.AddDays(15)), finance));
    }

    static Hearing Held()
    {
        var hearing = Summoned();
        return Apply(hearing, HoldHearingHandler.Decide(hearing,
            new HoldHearing(hearing.Id, today, "Chủ tịch HĐND", [new AttendanceInput(health.Id, "Ông Trần Văn B, Giám đốc")]), today, secretariat));
    }

    [Fact]
    public void A_hearing_is_decided_by_the_standing_committee_or_a_committee_of_the_directory_for_a_day_not_before_the_decision()
    {
        var decided = DecideHearingHandler.Decide(Decision(), 3, null, [], today, secretariat);
        decided.ShouldSatisfyAllConditions(
            d => d.BodyName.ShouldBe(DecideHearingHandler.StandingCommittee),
            d => d.Year.ShouldBe(2026),
            d => Hearing.CodeOf(d.Year, d.Number).ShouldBe("GT-2026-003"));

        Should.Throw<Refusal>(() => DecideHearingHandler.Decide(Decision() with { Body = OverseeingBody.Committee }, 1, null, [], today, secretariat))
            .Errors.ShouldContainKey("committeeId");
        var committee = new Committee { Id = Guid.NewGuid(), Name = "Ban Văn hóa - Xã hội" };
        DecideHearingHandler.Decide(Decision() with { Body = OverseeingBody.Committee, CommitteeId = committee.Id }, 1, committee, [], today, secretariat)
            .BodyName.ShouldBe("Ban Văn hóa - Xã hội");
        var refused = Should.Throw<Refusal>(() => DecideHearingHandler.Decide(
            Decision() with { Subject = " ", Body = OverseeingBody.Council, ScheduledOn = today.AddDays(-1) }, 1, null, [], today, secretariat));
        refused.Errors.Keys.ShouldBe(["subject", "body", "scheduledOn"], ignoreOrder: true);
        Should.Throw<Refusal>(() => DecideHearingHandler.Decide(Decision() with { DecidedOn = today.AddDays(1) }, 1, null, [], today, secretariat))
            .Errors.ShouldContainKey("decidedOn");
    }

    [Fact]
    public void It_takes_up_only_recommendations_the_agency_has_not_carried_out()
    {
        var recommendation = Recommendation.Create(new RecommendationIssued(Guid.NewGuid(), Guid.NewGuid(), "KN-2025-001-01", Guid.NewGuid(), "Sở Y tế", [],
            "Rà soát danh sách hộ vùng lũ", today.AddDays(-30), [], "12/TB-HĐND", today.AddDays(-90), health.Id));
        var command = Decision() with { RecommendationIds = [recommendation.Id] };
        DecideHearingHandler.Decide(command, 1, null, [recommendation], today, secretariat).RecommendationIds.ShouldBe([recommendation.Id]);
        Should.Throw<Refusal>(() => DecideHearingHandler.Decide(command, 1, null, [], today, secretariat)).Errors.ShouldContainKey("recommendationIds");

        recommendation.Apply(new CompletionReported(recommendation.Id, recommendation.ProgrammeId, today, "Đã xong", []));
        Should.Throw<Refusal>(() => DecideHearingHandler.Decide(command, 1, null, [recommendation], today, secretariat)).Status.ShouldBe(409);
    }

    [Fact]
    public void Agencies_of_the_directory_are_summoned_once_with_questions_and_a_report_due_before_the_hearing()
    {
        var hearing = Summoned();
        hearing.Summoned.Select(summons => summons.AgencyName).ShouldBe(["Sở Y tế", "Sở Tài chính"]);
        hearing.Summoned[0].Questions.ShouldBe(["Vì sao 12% hộ vùng lũ chưa có thẻ?"]);

        var again = new SummonAgency(hearing.Id, health.Id, "Giám đốc", ["Câu hỏi"], today.AddDays(1));
        Should.Throw<Refusal>(() => SummonAgencyHandler.Decide(hearing, again, health)).Errors.ShouldContainKey("agencyId");
        Should.Throw<Refusal>(() => SummonAgencyHandler.Decide(hearing, again with { AgencyId = Guid.NewGuid() }, null)).Errors.ShouldContainKey("agencyId");
        var other = new Agency { Id = Guid.NewGuid(), Name = "Sở Xây dựng" };
        var refused = Should.Throw<Refusal>(() => SummonAgencyHandler.Decide(hearing,
            new SummonAgency(hearing.Id, other.Id, "", [" "], hearing.ScheduledOn.AddDays(1)), other));
        refused.Errors.Keys.ShouldBe(["representative", "questions", "reportBy"], ignoreOrder: true);

        var held = Held();
        Should.Throw<Refusal>(() => SummonAgencyHandler.Decide(held, new SummonAgency(held.Id, other.Id, "Giám đốc", ["Câu hỏi"], today), other))
            .Status.ShouldBe(409);
    }

    [Fact]
    public void Holding_it_records_who_came_for_each_agency_and_nothing_is_recorded_before()
    {
        var decided = Decided();
        Should.Throw<Refusal>(() => HoldHearingHandler.Decide(decided, new HoldHearing(decided.Id, today, null, []), today, secretariat))
            .Errors.ShouldContainKey("attendance");
        var summoned = Summoned();
        Should.Throw<Refusal>(() => RecordExplanationHandler.Decide(summoned, new RecordExplanation(summoned.Id, Guid.NewGuid(), health.Id, "Ông B", "Giải trình")))
            .Status.ShouldBe(409);
        Should.Throw<Refusal>(() => HoldHearingHandler.Decide(summoned, new HoldHearing(summoned.Id, today.AddDays(1), null, []), today, secretariat))
            .Errors.ShouldContainKey("heldOn");
        Should.Throw<Refusal>(() => HoldHearingHandler.Decide(summoned, new HoldHearing(summoned.Id, today.AddDays(-1), null, []), today, secretariat))
            .Errors.ShouldContainKey(HappenedOn.ReasonField);
        Should.Throw<Refusal>(() => HoldHearingHandler.Decide(summoned,
            new HoldHearing(summoned.Id, today, null, [new AttendanceInput(Guid.NewGuid(), "Người lạ")]), today, secretariat)).Errors.ShouldContainKey("attendance");

        var held = Held();
        held.ShouldSatisfyAllConditions(
            h => h.Status.ShouldBe(HearingStatus.Held),
            h => h.Attendance.ShouldBe([new Attendance(health.Id, true, "Ông Trần Văn B, Giám đốc"), new Attendance(finance.Id, false, null)]));
    }

    [Fact]
    public void Explanations_questions_and_commitments_name_a_summoned_agency_and_a_deputy_asks_in_their_own_name()
    {
        var hearing = Held();
        hearing = Apply(hearing, RecordExplanationHandler.Decide(hearing, new RecordExplanation(hearing.Id, Guid.NewGuid(), health.Id, "Ông B", "Do dữ liệu dân cư chưa khớp")));
        Should.Throw<Refusal>(() => RecordExplanationHandler.Decide(hearing, new RecordExplanation(hearing.Id, Guid.NewGuid(), Guid.NewGuid(), "Ông B", "x")))
            .Errors.ShouldContainKey("agencyId");

        var member = ProgrammeStory.MemberActor(Guid.NewGuid());
        var asked = AskFollowUpQuestionHandler.Decide(hearing,
            new AskFollowUpQuestion(hearing.Id, Guid.NewGuid(), health.Id, "Người khác", "Bao giờ cấp xong?", "Trong quý III"), member);
        asked.Deputy.ShouldBe(member.FullName);
        AskFollowUpQuestionHandler.Decide(hearing, new AskFollowUpQuestion(hearing.Id, Guid.NewGuid(), health.Id, "Đại biểu Lê Thị C", "Hỏi", null), secretariat)
            .Deputy.ShouldBe("Đại biểu Lê Thị C");
        Should.Throw<Refusal>(() => AskFollowUpQuestionHandler.Decide(hearing, new AskFollowUpQuestion(hearing.Id, Guid.NewGuid(), health.Id, null, "Hỏi", null),
            secretariat)).Errors.ShouldContainKey("deputy");

        var commitment = new RecordCommitment(hearing.Id, Guid.NewGuid(), health.Id, "Cấp đủ thẻ cho hộ vùng lũ", today.AddMonths(3));
        Should.Throw<Refusal>(() => RecordCommitmentHandler.Decide(hearing, commitment with { DueDate = today })).Errors.ShouldContainKey("dueDate");
        hearing = Apply(hearing, RecordCommitmentHandler.Decide(hearing, commitment));
        var dropped = new RecordCommitment(hearing.Id, Guid.NewGuid(), finance.Id, "Bố trí kinh phí", today.AddMonths(2));
        hearing = Apply(hearing, RecordCommitmentHandler.Decide(hearing, dropped));
        hearing = Apply(hearing, WithdrawCommitmentHandler.Decide(hearing, new WithdrawCommitment(hearing.Id, dropped.CommitmentId)));
        hearing.Commitments.Select(c => c.Id).ShouldBe([commitment.CommitmentId]);
        Should.Throw<Refusal>(() => WithdrawCommitmentHandler.Decide(hearing, new WithdrawCommitment(hearing.Id, dropped.CommitmentId))).Status.ShouldBe(404);
    }

    [Fact]
    public void The_conclusion_notice_turns_each_commitment_into_a_recommendation_whose_source_is_the_hearing()
    {
        var hearing = Held();
        var first = new RecordCommitment(hearing.Id, Guid.NewGuid(), health.Id, "Cấp đủ thẻ cho hộ vùng lũ", today.AddMonths(3));
        var second = new RecordCommitment(hearing.Id, Guid.NewGuid(), finance.Id, "Bố trí kinh phí hỗ trợ", today.AddMonths(2));
        hearing = Apply(hearing, RecordCommitmentHandler.Decide(hearing, first));
        hearing = Apply(hearing, RecordCommitmentHandler.Decide(hearing, second));

        Should.Throw<Refusal>(() => IssueHearingConclusionHandler.Decide(hearing, new IssueHearingConclusion(hearing.Id, "", null, ""), today, secretariat))
            .Errors.Keys.ShouldBe(["number", "issuedOn", "summary"], ignoreOrder: true);
        var (events, streams) = IssueHearingConclusionHandler.Decide(hearing,
            new IssueHearingConclusion(hearing.Id, "25/TB-HĐND", today, "Thường trực ghi nhận và yêu cầu"), today, secretariat);
        var issued = streams.Cast<Wolverine.Marten.StartStream<Recommendation>>().Select(stream => (RecommendationIssued)stream.Events.Single()).ToList();
        issued.ShouldSatisfyAllConditions(
            i => i.Select(r => r.Code).ShouldBe([$"{hearing.Code}-01", $"{hearing.Code}-02"]),
            i => i.Select(r => r.RecommendationId).ShouldBe([first.CommitmentId, second.CommitmentId]),
            i => i.Select(r => r.DirectoryAgencyId).ShouldBe([health.Id, finance.Id]),
            i => i.ShouldAllBe(r => r.ProgrammeId == hearing.Id && r.ConclusionNumber == "25/TB-HĐND" && r.IssuedOn == today),
            i => i[0].Source.ShouldBe(new RecommendationSource(RecommendationSourceKind.Hearing, hearing.Id, hearing.Subject, 2026, OverseeingBody.StandingCommittee)));
        var recommendation = Recommendation.Create(issued[0]);
        recommendation.Source!.Link.ShouldBe($"/giai-trinh/{hearing.Id}");
        recommendation.Admits(new Actor(Guid.NewGuid(), "yte", "Sở Y tế", Role.AgencyUser, "ha-nam", health.Id)).ShouldBeTrue();

        hearing = Apply(hearing, events.Single());
        hearing.Status.ShouldBe(HearingStatus.Concluded);
        Should.Throw<Refusal>(() => RecordCommitmentHandler.Decide(hearing, first)).Status.ShouldBe(409);
        hearing = Apply(hearing, PublishHearingHandler.Decide(hearing, today));
        Should.Throw<Refusal>(() => PublishHearingHandler.Decide(hearing, today)).Status.ShouldBe(409);
    }

    [Fact]
    public void Both_notices_render_before_and_after_the_conclusion()
    {
        var hearing = Held();
        hearing = Apply(hearing, RecordCommitmentHandler.Decide(hearing, new RecordCommitment(hearing.Id, Guid.NewGuid(), health.Id, "Cấp đủ thẻ", today.AddMonths(3))));
        var settings = new Oversight.Documents.DocumentSettings { CouncilName = "Hội đồng nhân dân tỉnh Hà Nam", Place = "Hà Nam" };
        foreach (var template in new[] { HearingDocumentsEndpoint.Convening, HearingDocumentsEndpoint.ConclusionNotice })
        {
            var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "templates", template));
            var output = Oversight.Documents.WordTemplate.Render(bytes, template, HearingDocumentsEndpoint.Data(template, hearing, [], settings, today));
            output.Length.ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public void Deputies_see_every_hearing_an_agency_only_those_it_is_summoned_to()
    {
        var hearing = Summoned();
        hearing.Admits(ProgrammeStory.MemberActor(Guid.NewGuid())).ShouldBeTrue();
        hearing.Admits(new Actor(Guid.NewGuid(), "yte", "Sở Y tế", Role.AgencyUser, "ha-nam", health.Id)).ShouldBeTrue();
        hearing.Admits(new Actor(Guid.NewGuid(), "xd", "Sở Xây dựng", Role.AgencyUser, "ha-nam", Guid.NewGuid())).ShouldBeFalse();
    }
}
