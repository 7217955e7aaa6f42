using Oversight.Audit;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Programmes.Reporting;

namespace Oversight.Tests.Programmes;

/// <summary>The circulated draft: members comment per section, the secretary answers or takes each in, and only the head approves.</summary>
public sealed class DraftCommentRuleTests
{
    static Programme Circulated() => ProgrammeStory.Step(Dated(), programme => CirculateDraftReportHandler.Decide(programme, new CirculateDraftReport(programme.Id, null)));

    static Programme Dated() => ProgrammeStory.Step(ProgrammeStory.Drafted(), programme => DraftRecommendationHandler.Decide(programme,
        new DraftRecommendation(programme.Id, programme.Recommendations[0].Id, programme.Agencies[0].Id, [], programme.Recommendations[0].Text,
            new DateOnly(2024, 12, 31), [])));

    static Guid Member(Programme programme, DelegationRole role) => programme.Delegation!.Active.First(member => member.Role == role).Id;

    static DraftCommentMade Comment(Programme programme, Guid author, ReportSection? section = ReportSection.Results, string? text = "Cần nêu số đối tượng") =>
        CommentOnDraftReportHandler.Decide(programme, new CommentOnDraftReport(programme.Id, Guid.CreateVersion7(), section, text), ProgrammeStory.MemberActor(author));

    [Fact]
    public void Members_comment_on_a_section_of_the_draft_only_once_it_is_circulated_and_in_their_own_name()
    {
        var drafted = Dated();
        Should.Throw<Refusal>(() => Comment(drafted, Member(drafted, DelegationRole.Member))).Message.ShouldContain("chưa được gửi xin ý kiến");

        var programme = Circulated();
        var author = Member(programme, DelegationRole.Member);
        var made = Comment(programme, author);
        made.AuthorId.ShouldBe(author);
        made.AuthorName.ShouldBe("Trưởng Ban Văn hóa - Xã hội");
        made.ReportVersion.ShouldBe(programme.Report!.Version);
        ProgrammeStory.Step(programme, _ => made);
        programme.Report!.Comments.Single().ShouldSatisfyAllConditions(
            comment => comment.Section.ShouldBe(ReportSection.Results),
            comment => comment.Outcome.ShouldBeNull());
        made.Describe(new EventContext(programme)).ShouldBe("Trưởng Ban Văn hóa - Xã hội góp ý phần “II. Kết quả đạt được” của dự thảo báo cáo (phiên bản 1)");

        Should.Throw<Refusal>(() => Comment(programme, Guid.NewGuid())).Status.ShouldBe(403);
        Should.Throw<Refusal>(() => Comment(programme, author, section: null)).Errors.ShouldContainKey("section");
        Should.Throw<Refusal>(() => Comment(programme, author, text: " ")).Errors.ShouldContainKey("text");
        Should.Throw<Refusal>(() => Comment(programme, author, text: new string('x', 5001))).Errors.ShouldContainKey("text");
    }

    [Fact]
    public void The_secretary_answers_with_a_reply_or_takes_the_comment_in_once()
    {
        var programme = Circulated();
        var made = Comment(programme, Member(programme, DelegationRole.Head));
        ProgrammeStory.Step(programme, _ => made);

        Should.Throw<Refusal>(() => AnswerDraftCommentHandler.Decide(programme, new AnswerDraftComment(programme.Id, made.CommentId, CommentOutcome.Answered, null)))
            .Errors.ShouldContainKey("reply");
        Should.Throw<Refusal>(() => AnswerDraftCommentHandler.Decide(programme, new AnswerDraftComment(programme.Id, Guid.NewGuid(), CommentOutcome.TakenIn, null)))
            .Status.ShouldBe(404);
        ProgrammeStory.Step(programme, p => AnswerDraftCommentHandler.Decide(p, new AnswerDraftComment(p.Id, made.CommentId, CommentOutcome.TakenIn, null)));
        programme.Report!.Comments.Single().Outcome.ShouldBe(CommentOutcome.TakenIn);
        Should.Throw<Refusal>(() => AnswerDraftCommentHandler.Decide(programme,
            new AnswerDraftComment(programme.Id, made.CommentId, CommentOutcome.Answered, "Đã sửa"))).Status.ShouldBe(409);
    }

    [Fact]
    public void Only_the_head_approves_from_their_own_account_and_a_paper_approval_says_so()
    {
        var programme = ProgrammeStory.Step(Circulated(), p => SubmitDraftReportHandler.Decide(p, new SubmitDraftReport(p.Id, null)));
        programme.Report!.Status.ShouldBe(ReportStatus.AwaitingApproval);
        Should.Throw<Refusal>(() => CirculateDraftReportHandler.Decide(programme, new CirculateDraftReport(programme.Id, null))).Status.ShouldBe(409);
        Should.Throw<Refusal>(() => SubmitDraftReportHandler.Decide(programme, new SubmitDraftReport(programme.Id, null))).Status.ShouldBe(409);

        var deputy = Member(programme, DelegationRole.DeputyHead);
        Should.Throw<Refusal>(() => ApproveDraftReportAsHeadHandler.Decide(programme, new ApproveDraftReportAsHead(programme.Id), ProgrammeStory.Today,
            ProgrammeStory.MemberActor(deputy))).Status.ShouldBe(403);
        var head = Member(programme, DelegationRole.Head);
        var byHead = ApproveDraftReportAsHeadHandler.Decide(programme, new ApproveDraftReportAsHead(programme.Id), ProgrammeStory.Today, ProgrammeStory.MemberActor(head));
        byHead.ShouldSatisfyAllConditions(
            approved => approved.ByHead.ShouldBeTrue(),
            approved => approved.ApprovedOn.ShouldBe(ProgrammeStory.Today),
            approved => approved.Describe(new EventContext(programme)).ShouldBe("Trưởng đoàn Đặng Thanh Sơn duyệt báo cáo kết quả giám sát trên hệ thống"));

        var onPaper = ApproveDraftReportHandler.Decide(programme, new ApproveDraftReport(programme.Id, head, new DateOnly(2024, 7, 1), ProgrammeStory.Entered),
            ProgrammeStory.Today, ProgrammeStory.Secretariat);
        onPaper.ByHead.ShouldBeFalse();
        onPaper.Describe(new EventContext(programme)).ShouldBe("Ghi nhận Trưởng đoàn đã duyệt báo cáo kết quả giám sát trên giấy ngày 01/07/2024");
        Should.Throw<Refusal>(() => ApproveDraftReportHandler.Decide(programme, new ApproveDraftReport(programme.Id, head, new DateOnly(2024, 7, 1)),
            ProgrammeStory.Today, ProgrammeStory.Secretariat)).Errors.ShouldContainKey("dateReason");
        Should.Throw<Refusal>(() => ApproveDraftReportHandler.Decide(programme, new ApproveDraftReport(programme.Id, head, ProgrammeStory.Today.AddDays(1)),
            ProgrammeStory.Today, ProgrammeStory.Secretariat)).Errors.ShouldContainKey("approvedOn");

        ProgrammeStory.Step(programme, _ => byHead);
        programme.Report!.ShouldSatisfyAllConditions(report => report.Status.ShouldBe(ReportStatus.Approved), report => report.ApprovedByHead.ShouldBeTrue());
        Should.Throw<Refusal>(() => Comment(programme, head)).Message.ShouldContain("không nhận góp ý nữa");
    }
}
