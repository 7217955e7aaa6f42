using Oversight.Common;
using Oversight.Documents;
using Oversight.Documents.Tests;
using Oversight.Programmes;
using Oversight.Programmes.Reporting;
using Oversight.Tests.Programmes;

namespace Oversight.Tests.Documents;

/// <summary>Issuing once, replacing with a reason, documents offered by stage, and withdrawing a publication: the decisions alone.</summary>
public sealed class IssueRuleTests
{
    static readonly DateOnly Today = ProgrammeStory.Today;

    static Programme WithIssued(Programme programme, string template, Guid id, string number, Guid? replaces = null) =>
        ProgrammeStory.Step(programme, _ => new DocumentIssued(programme.Id, id, template, number, Today, "", "", null, null, replaces, replaces is null ? null : "Sai sót"));

    [Fact]
    public void Issuing_is_decided_from_the_prepared_document_its_number_and_date_alone()
    {
        var programme = ProgrammeStory.Planned();
        var kind = ProgrammeDocuments.Find(ProgrammeDocuments.PlanTemplate)!;
        var settings = new DocumentSettings();
        var template = TestDocument.Create(document => document.Paragraph("Số: {{ document_number }}, ngày {{ date_short date }}"));
        var prepared = new PreparedDocument(kind, ProgrammeDocuments.Symbol(kind, programme, settings), template,
            ProgrammeDocuments.Data(kind, programme, [], new Dictionary<Guid, Oversight.Recommendations.FollowUpEntry>(), settings, Today));
        var id = Guid.CreateVersion7();

        var (file, issued) = IssueDocumentHandler.Issued(prepared, programme.Id, id, "03/KH-ĐGS", new Dated(Today, null), null, null, null, CancellationToken.None);
        var (again, _) = IssueDocumentHandler.Issued(prepared, programme.Id, id, "03/KH-ĐGS", new Dated(Today, null), null, null, null, CancellationToken.None);

        TestDocument.Paragraphs(file.Content).ShouldContain("Số: 03/KH-ĐGS, ngày 31/12/2024");
        file.Content.ShouldBe(again.Content);
        (issued.DocumentId, issued.Number, issued.IssuedOn, issued.Sha256).ShouldBe((id, "03/KH-ĐGS", Today, file.Sha256));
        file.FileName.ShouldBe("ke-hoach-giam-sat-03-KH-ĐGS.docx");
        prepared.Symbol.ShouldBe("KH-ĐGS");
    }

    [Fact]
    public void A_document_in_force_is_issued_again_only_as_a_replacement()
    {
        var first = Guid.CreateVersion7();
        var programme = WithIssued(ProgrammeStory.Planned(), "ke-hoach-giam-sat.docx", first, "01/KH-ĐGS");

        var refusal = Should.Throw<Refusal>(() => IssueDocumentHandler.Decide(programme,
            new IssueDocument(programme.Id, Guid.CreateVersion7(), "ke-hoach-giam-sat.docx", null), Today, ProgrammeStory.Secretariat));

        refusal.Status.ShouldBe(409);
        refusal.Message.ShouldContain("Kế hoạch giám sát đã ban hành số 01/KH-ĐGS");
        refusal.Message.ShouldContain("văn bản thay thế");
        var (kind, _, replaced) = IssueReplacementHandler.Decide(programme,
            new IssueReplacement(programme.Id, Guid.CreateVersion7(), first, null, "Sửa thành phần Đoàn"), Today, ProgrammeStory.Secretariat);
        kind.Template.ShouldBe("ke-hoach-giam-sat.docx");
        replaced.Number.ShouldBe("01/KH-ĐGS");
    }

    [Fact]
    public void A_replacement_needs_a_reason_and_replaces_only_the_document_in_force()
    {
        var first = Guid.CreateVersion7();
        var second = Guid.CreateVersion7();
        var programme = WithIssued(ProgrammeStory.Planned(), "ke-hoach-giam-sat.docx", first, "01/KH-ĐGS");

        Should.Throw<Refusal>(() => IssueReplacementHandler.Decide(programme, new IssueReplacement(programme.Id, second, first, null, " "), Today,
            ProgrammeStory.Secretariat)).Errors.Keys.ShouldBe(["reason"]);

        programme = WithIssued(programme, "ke-hoach-giam-sat.docx", second, "02/KH-ĐGS", replaces: first);
        programme.IssuedDocuments[0].ReplacedBy.ShouldBe(second);
        programme.InForce("ke-hoach-giam-sat.docx", null)!.Number.ShouldBe("02/KH-ĐGS");
        var twice = Should.Throw<Refusal>(() => IssueReplacementHandler.Decide(programme,
            new IssueReplacement(programme.Id, Guid.CreateVersion7(), first, null, "Lần nữa"), Today, ProgrammeStory.Secretariat));
        twice.Status.ShouldBe(409);
        twice.Message.ShouldContain("đã được thay thế bằng văn bản số 02/KH-ĐGS");
    }

    [Fact]
    public void Notices_reminders_and_status_reports_may_be_issued_again_as_new_documents()
    {
        var programme = WithIssued(ProgrammeStory.Scheduled(), "thong-bao-lich-lam-viec.docx", Guid.CreateVersion7(), "01/TB-ĐGS");

        IssueDocumentHandler.Decide(programme, new IssueDocument(programme.Id, Guid.CreateVersion7(), "thong-bao-lich-lam-viec.docx", null), Today,
            ProgrammeStory.Secretariat).Kind.Repeatable.ShouldBeTrue();
    }

    [Theory]
    [InlineData(ProgrammeStatus.Proposed, "thong-bao-ket-luan.docx", "Chưa lập được Thông báo kết luận: cần có kết luận.")]
    [InlineData(ProgrammeStatus.Proposed, "ke-hoach-giam-sat.docx", "Chưa lập được Kế hoạch giám sát: cần có kế hoạch giám sát.")]
    [InlineData(ProgrammeStatus.Planned, "bien-ban-lam-viec.docx", "Chưa lập được Biên bản buổi làm việc: cần có buổi làm việc đã ghi biên bản.")]
    [InlineData(ProgrammeStatus.InProgress, "bao-cao-ket-qua-giam-sat.docx", "Chưa lập được Báo cáo kết quả giám sát: cần có dự thảo báo cáo kết quả giám sát.")]
    public void A_document_whose_data_the_programme_lacks_is_refused_with_what_it_needs(ProgrammeStatus status, string template, string reason)
    {
        var programme = ProgrammeStory.In(status);

        ProgrammeDocuments.Unavailable(ProgrammeDocuments.Find(template)!, programme).ShouldBe(reason);
        var refusal = Should.Throw<Refusal>(() => IssueDocumentHandler.Decide(programme, new IssueDocument(programme.Id, Guid.CreateVersion7(), template, null),
            Today, ProgrammeStory.Secretariat));
        refusal.Status.ShouldBe(409);
        refusal.Message.ShouldBe(reason);
    }

    [Fact]
    public void Every_document_is_offered_once_the_programme_is_concluded()
    {
        var programme = ProgrammeStory.Concluded();

        ProgrammeDocuments.Kinds.Select(kind => ProgrammeDocuments.Unavailable(kind, programme)).ShouldAllBe(reason => reason == null);
    }

    [Fact]
    public void A_publication_is_withdrawn_with_a_reason_and_may_be_published_again()
    {
        var programme = ProgrammeStory.Concluded();
        Should.Throw<Refusal>(() => WithdrawPublicationHandler.Decide(programme, new WithdrawPublication(programme.Id, "Chưa công khai"), Today)).Status.ShouldBe(409);
        programme = ProgrammeStory.Step(programme, current => PublishConclusionHandler.Decide(current, Today));

        Should.Throw<Refusal>(() => WithdrawPublicationHandler.Decide(programme, new WithdrawPublication(programme.Id, ""), Today)).Errors.Keys.ShouldBe(["reason"]);
        programme = ProgrammeStory.Step(programme, current => WithdrawPublicationHandler.Decide(current, new WithdrawPublication(current.Id, " Có thông tin cần che "), Today));

        programme.PublishedOn.ShouldBeNull();
        programme.Withdrawal.ShouldBe(new PublicationWithdrawal(Today, Today, " Có thông tin cần che "));
        programme = ProgrammeStory.Step(programme, current => PublishConclusionHandler.Decide(current, Today));
        programme.PublishedOn.ShouldBe(Today);
        programme.Withdrawal.ShouldBeNull();
    }
}
