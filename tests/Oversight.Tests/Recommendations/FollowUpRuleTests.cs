using Oversight.Tests.Programmes;
using Oversight.Common;
using Oversight.Recommendations;
using Oversight.Recommendations.FollowUp;

namespace Oversight.Tests.Recommendations;

/// <summary>Every transition of a recommendation's follow-up and every refusal, through the deciders, with no database.</summary>
public sealed class FollowUpRuleTests
{
    static readonly DateOnly issuedOn = new(2025, 3, 10);
    static readonly DateOnly due = new(2025, 6, 30);
    static readonly DateOnly today = new(2025, 5, 5);
    static readonly WorkingCalendar calendar = WorkingCalendar.Load(Path.Combine(AppContext.BaseDirectory, "calendar", WorkingCalendar.DefaultFile));

    static Recommendation Issued() => Recommendation.Create(new RecommendationIssued(Guid.NewGuid(), Guid.NewGuid(), "KN-2025-001-01", Guid.NewGuid(),
        "Sở Tài chính", [], "Rà soát, bố trí kinh phí chi trả trợ cấp", due, [], "12/TB-HĐND", issuedOn, Guid.NewGuid()));

    static Recommendation Apply(Recommendation recommendation, object e)
    {
        ((dynamic)recommendation).Apply((dynamic)e);
        return recommendation;
    }

    static Recommendation Step(Recommendation recommendation, Func<Recommendation, object> decide) => Apply(recommendation, decide(recommendation));

    static CompletionReported Done(Recommendation issued) =>
        new(issued.Id, issued.ProgrammeId, today, "Đã bố trí đủ kinh phí", [new EvidenceRef(Guid.NewGuid(), "qd.pdf", 10, "ab")]);

    [Fact]
    public void A_re_oversight_names_every_recommendation_in_its_scope_never_cut_short()
    {
        var few = Enumerable.Range(1, 3).Select(index => Recommendation.Create(new RecommendationIssued(Guid.NewGuid(), Guid.NewGuid(), $"KN-2025-001-{index:00}",
            Guid.NewGuid(), "Sở Tài chính", [], "Rà soát, bố trí kinh phí", due, [], "12/TB-HĐND", issuedOn))).ToList();
        StartReOversightHandler.Decide(new StartReOversight(Guid.NewGuid(), "Giám sát lại", 2025, [.. few.Select(r => r.Id)]), few).Scope
            .ShouldBe("Giám sát lại việc thực hiện các kiến nghị: KN-2025-001-01 (Rà soát, bố trí kinh phí); KN-2025-001-02 (Rà soát, bố trí kinh phí); " +
                "KN-2025-001-03 (Rà soát, bố trí kinh phí)");

        var many = Enumerable.Range(1, 200).Select(index => Recommendation.Create(new RecommendationIssued(Guid.NewGuid(), Guid.NewGuid(), $"KN-2025-{index:000}-01",
            Guid.NewGuid(), "Sở Tài chính", [], new string('x', 500), due, [], "12/TB-HĐND", issuedOn))).ToList();
        var scope = StartReOversightHandler.Decide(new StartReOversight(Guid.NewGuid(), "Giám sát lại", 2025, [.. many.Select(r => r.Id)]), many).Scope!;
        scope.Length.ShouldBeLessThanOrEqualTo(Oversight.Programmes.Creating.CreateProgrammeHandler.MaxScope);
        many.ShouldAllBe(recommendation => scope.Contains(recommendation.Code));
        scope.ShouldNotContain("…");
    }

    [Fact]
    public void From_issue_through_the_agencys_claim_and_the_councils_verification_to_closing()
    {
        var recommendation = Issued();
        recommendation.Status.ShouldBe(RecommendationStatus.Issued);
        recommendation = Step(recommendation, r => AcknowledgeRecommendationHandler.Decide(r, new AcknowledgeRecommendation(r.Id, "Đã giao phòng Ngân sách", null), today, ProgrammeStory.Secretariat));
        recommendation.Status.ShouldBe(RecommendationStatus.Acknowledged);
        recommendation = Apply(recommendation, new ProgressReported(recommendation.Id, recommendation.ProgrammeId, today, "Đang rà soát", "3/9 huyện", []));
        recommendation.Status.ShouldBe(RecommendationStatus.InProgress);
        recommendation = Apply(recommendation, Done(recommendation));
        recommendation.Status.ShouldBe(RecommendationStatus.ReportedDone);

        recommendation = Step(recommendation, r => VerifyCompletionHandler.Decide(r, new VerifyCompletion(r.Id, Verdict.NotSatisfactory, "Chưa có quyết định phân bổ"), today));
        recommendation.Status.ShouldBe(RecommendationStatus.InProgress);
        recommendation = Apply(recommendation, Done(recommendation));
        recommendation = Step(recommendation, r => VerifyCompletionHandler.Decide(r, new VerifyCompletion(r.Id, Verdict.Resolved, null), today));
        recommendation.ShouldSatisfyAllConditions(
            r => r.Status.ShouldBe(RecommendationStatus.Resolved),
            r => r.SettledOn.ShouldBe(today));
        recommendation = Step(recommendation, r => CloseRecommendationHandler.Decide(r, new CloseRecommendation(r.Id, null), today));
        recommendation.Status.ShouldBe(RecommendationStatus.Closed);
    }

    [Fact]
    public void An_explanation_is_accepted_or_sent_back_with_the_reason()
    {
        var recommendation = Step(Issued(), r => SubmitExplanationHandler.Decide(r, new SubmitExplanation(r.Id, "Thuộc thẩm quyền Bộ Tài chính", true, null), today, ProgrammeStory.Secretariat));
        recommendation.Status.ShouldBe(RecommendationStatus.ExplanationSubmitted);
        Should.Throw<Refusal>(() => JudgeExplanationHandler.Decide(recommendation, new JudgeExplanation(recommendation.Id, false, null), today))
            .Errors.ShouldContainKey("remarks");
        var sentBack = Step(recommendation, r => JudgeExplanationHandler.Decide(r, new JudgeExplanation(r.Id, false, "Sở vẫn phải tham mưu UBND tỉnh"), today));
        sentBack.Status.ShouldBe(RecommendationStatus.InProgress);

        var accepted = Step(Step(Issued(), r => SubmitExplanationHandler.Decide(r, new SubmitExplanation(r.Id, "Không thuộc thẩm quyền", true, null), today, ProgrammeStory.Secretariat)),
            r => JudgeExplanationHandler.Decide(r, new JudgeExplanation(r.Id, true, null), today));
        accepted.Status.ShouldBe(RecommendationStatus.Explained);
        Step(accepted, r => CloseRecommendationHandler.Decide(r, new CloseRecommendation(r.Id, null), today)).Status.ShouldBe(RecommendationStatus.Closed);
    }

    [Fact]
    public void Only_the_states_that_allow_an_action_accept_it()
    {
        var issued = Issued();
        Should.Throw<Refusal>(() => VerifyCompletionHandler.Decide(issued, new VerifyCompletion(issued.Id, Verdict.Resolved, null), today)).Status.ShouldBe(409);
        Should.Throw<Refusal>(() => CloseRecommendationHandler.Decide(issued, new CloseRecommendation(issued.Id, null), today)).Status.ShouldBe(409);
        Should.Throw<Refusal>(() => JudgeExplanationHandler.Decide(issued, new JudgeExplanation(issued.Id, true, null), today)).Status.ShouldBe(409);
        var acknowledged = Apply(Issued(), new RecommendationAcknowledged(issued.Id, issued.ProgrammeId, today, null));
        Should.Throw<Refusal>(() => AcknowledgeRecommendationHandler.Decide(acknowledged, new AcknowledgeRecommendation(acknowledged.Id, null, null), today, ProgrammeStory.Secretariat))
            .Message.ShouldContain("Cơ quan đã nhận");

        var claimed = Apply(Issued(), Done(issued));
        Should.Throw<Refusal>(() => RequestExtensionHandler.Decide(claimed, new RequestExtension(claimed.Id, due.AddMonths(1), "Thêm thời gian"), today))
            .Status.ShouldBe(409);
        Should.Throw<Refusal>(() => SubmitExplanationHandler.Decide(claimed, new SubmitExplanation(claimed.Id, "x", false, null), today, ProgrammeStory.Secretariat)).Status.ShouldBe(409);

        var partly = Step(claimed, r => VerifyCompletionHandler.Decide(r, new VerifyCompletion(r.Id, Verdict.PartlyResolved, "Mới 5/9 huyện"), today));
        partly.Status.ShouldBe(RecommendationStatus.PartlyResolved);
        Should.Throw<Refusal>(() => CloseRecommendationHandler.Decide(partly, new CloseRecommendation(partly.Id, null), today)).Errors.ShouldContainKey("note");
        Should.Throw<Refusal>(() => VerifyCompletionHandler.Decide(Apply(Issued(), Done(issued)), new VerifyCompletion(issued.Id, null, null), today))
            .Errors.ShouldContainKey("verdict");
    }

    [Fact]
    public void A_due_date_changes_only_by_a_granted_extension_and_the_history_keeps_every_date_and_why()
    {
        var recommendation = Issued();
        Should.Throw<Refusal>(() => RequestExtensionHandler.Decide(recommendation, new RequestExtension(recommendation.Id, due, "Thiếu kinh phí"), today))
            .Errors.ShouldContainKey("proposedDueDate");
        Should.Throw<Refusal>(() => DecideExtensionHandler.Decide(recommendation, new DecideExtension(recommendation.Id, true, null, null), today)).Status.ShouldBe(409);

        recommendation = Step(recommendation, r => RequestExtensionHandler.Decide(r, new RequestExtension(r.Id, new DateOnly(2025, 9, 30), "Chờ phân bổ ngân sách"), today));
        Should.Throw<Refusal>(() => RequestExtensionHandler.Decide(recommendation, new RequestExtension(recommendation.Id, new DateOnly(2025, 12, 31), "Thêm"), today))
            .Status.ShouldBe(409);
        Should.Throw<Refusal>(() => DecideExtensionHandler.Decide(recommendation, new DecideExtension(recommendation.Id, false, null, null), today))
            .Errors.ShouldContainKey("reason");
        recommendation = Step(recommendation, r => DecideExtensionHandler.Decide(r, new DecideExtension(r.Id, false, null, "Không có căn cứ"), today));
        recommendation.ShouldSatisfyAllConditions(r => r.DueDate.ShouldBe(due), r => r.Extension.ShouldBeNull());

        recommendation = Step(recommendation, r => RequestExtensionHandler.Decide(r, new RequestExtension(r.Id, new DateOnly(2025, 9, 30), "Có văn bản của Bộ"), today));
        recommendation = Step(recommendation, r => DecideExtensionHandler.Decide(r, new DecideExtension(r.Id, true, new DateOnly(2025, 8, 29), null), today));
        recommendation.DueDate.ShouldBe(new DateOnly(2025, 8, 29));
        recommendation.DueDates.Select(change => change.DueDate).ShouldBe([due, new DateOnly(2025, 8, 29)]);
        recommendation.DueDates[1].Why.ShouldContain("Có văn bản của Bộ");
    }

    [Fact]
    public void Overdue_is_derived_from_the_due_date_moved_past_days_off_and_ends_with_a_claim()
    {
        // Due on Wednesday 30/4/2025, a holiday: the deadline moves to Monday 5/5 (1–2/5 holidays, 3–4/5 weekend).
        var recommendation = Recommendation.Create(new RecommendationIssued(Guid.NewGuid(), Guid.NewGuid(), "KN-2025-001-02", Guid.NewGuid(), "Sở Y tế", [],
            "Báo cáo kết quả", new DateOnly(2025, 4, 30), [], "12/TB-HĐND", issuedOn));
        recommendation.IsOverdue(new DateOnly(2025, 5, 5), calendar).ShouldBeFalse();
        recommendation.IsOverdue(new DateOnly(2025, 5, 6), calendar).ShouldBeTrue();
        Apply(recommendation, Done(recommendation)).IsOverdue(new DateOnly(2025, 5, 6), calendar).ShouldBeFalse();
    }

    [Fact]
    public void Answers_are_dated_today_by_the_server_and_only_the_secretariat_records_an_earlier_day_with_its_reason()
    {
        var recommendation = Issued();
        var secretariat = ProgrammeStory.Secretariat;
        var agency = secretariat with { Role = Oversight.Accounts.Role.AgencyUser, AgencyId = recommendation.DirectoryAgencyId };
        AcknowledgeRecommendation Acknowledge(DateOnly? on, string? reason = null) => new(recommendation.Id, null, on, reason);

        Should.Throw<Refusal>(() => AcknowledgeRecommendationHandler.Decide(recommendation, Acknowledge(today.AddDays(1)), today, secretariat))
            .Errors["on"].ShouldContain("không được sau hôm nay");
        Should.Throw<Refusal>(() => AcknowledgeRecommendationHandler.Decide(recommendation, Acknowledge(issuedOn.AddDays(-1), "Văn bản giấy"), today, secretariat))
            .Errors["on"].ShouldContain("trước ngày ban hành kiến nghị");
        Should.Throw<Refusal>(() => AcknowledgeRecommendationHandler.Decide(recommendation, Acknowledge(issuedOn), today, secretariat))
            .Errors["dateReason"].ShouldContain("lý do");
        var backdated = AcknowledgeRecommendationHandler.Decide(recommendation, Acknowledge(issuedOn, " Công văn giấy nhận ngày 10/3 "), today, secretariat);
        (backdated.On, backdated.DateReason).ShouldBe((issuedOn, " Công văn giấy nhận ngày 10/3 "));

        Should.Throw<Refusal>(() => AcknowledgeRecommendationHandler.Decide(recommendation, Acknowledge(issuedOn, "Muốn ghi ngày cũ"), today, agency))
            .Errors["on"].ShouldContain("chỉ Văn phòng HĐND");
        var answered = AcknowledgeRecommendationHandler.Decide(recommendation, Acknowledge(null), today, agency);
        (answered.On, answered.DateReason).ShouldBe((today, null));
        AcknowledgeRecommendationHandler.Decide(recommendation, Acknowledge(today), today, agency).On.ShouldBe(today);
    }

    [Fact]
    public void An_overdue_recommendation_climbs_the_ladder_one_decided_rung_at_a_time()
    {
        var recommendation = Issued();
        var late = due.AddDays(10);
        recommendation.ProposedEscalation(today, calendar).ShouldBeNull();
        Should.Throw<Refusal>(() => DecideEscalationHandler.Decide(recommendation, new DecideEscalation(recommendation.Id, null, null), today, calendar))
            .Errors.ShouldContainKey("step");
        recommendation.ProposedEscalation(late, calendar).ShouldBe(EscalationStep.FirstReminder);
        foreach (var expected in Enum.GetValues<EscalationStep>())
        {
            var decided = DecideEscalationHandler.Decide(recommendation, new DecideEscalation(recommendation.Id, null, null), late, calendar);
            decided.Step.ShouldBe(expected);
            Apply(recommendation, decided);
        }

        recommendation.ProposedEscalation(late, calendar).ShouldBeNull();
        var resolved = Step(Apply(Issued(), Done(issued: Issued())), r => VerifyCompletionHandler.Decide(r, new VerifyCompletion(r.Id, Verdict.Resolved, null), today));
        Should.Throw<Refusal>(() => DecideEscalationHandler.Decide(resolved, new DecideEscalation(resolved.Id, EscalationStep.Questioning, null), late, calendar))
            .Status.ShouldBe(409);
    }
}
