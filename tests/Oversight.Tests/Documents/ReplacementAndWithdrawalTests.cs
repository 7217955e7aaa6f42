using Alba;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Programmes.Details;
using Oversight.Programmes.Listing;
using Oversight.Programmes.Timeline;
using Oversight.Samples;
using Oversight.Tests.Programmes;
using Oversight.Tests.Support;
using Wolverine.Http;

namespace Oversight.Tests.Documents;

/// <summary>
/// Through the API: a document is issued once, then only replaced (văn bản thay thế) with a reason and a link both ways; a
/// publication is withdrawn with a reason, as an event, and the public page stops showing it.
/// </summary>
public sealed class ReplacementAndWithdrawalTests(AppFixture fixture) : IntegrationContext(fixture)
{
    // The sample issued its plan already; the outline is still to issue.
    const string Outline = "de-cuong-bao-cao.docx";

    [Fact]
    public async Task A_second_plain_issue_is_refused_and_a_replacement_takes_a_new_number_a_reason_and_links_both_ways()
    {
        var programme = await HaNam();
        var first = await Issue(programme, Outline, 201);
        var before = await Bytes($"/api/issued-documents/{first}");

        var again = await Host.Send(HttpMethod.Post, $"/api/programmes/{programme}/issued-documents", IssueBody(Outline), 409);
        (await again.ReadVietnameseProblem(409)).GetProperty("detail").GetString().ShouldBe(
            "Đề cương báo cáo gửi cơ quan chịu giám sát đã ban hành số 01/ĐC-ĐGS ngày 05/07/2024. Muốn ban hành lại, hãy ban hành văn bản thay thế và ghi lý do thay thế.");
        var replacementUrl = $"/api/programmes/{programme}/issued-documents/{first}/replacement";
        var unexplained = await Host.Send(HttpMethod.Post, replacementUrl, new { issuedOn = "2024-07-08", dateReason = ProgrammeStory.Entered }, 400);
        (await unexplained.ReadVietnameseProblem(400)).GetProperty("errors").GetProperty("reason")[0].GetString().ShouldBe("Hãy nhập lý do ban hành văn bản thay thế.");
        await Host.SendAs(People.ViewerA, HttpMethod.Post, replacementUrl, new { reason = "Người xem thử" }, 403);

        var replaced = await Host.Send(HttpMethod.Post, replacementUrl,
            new { issuedOn = "2024-07-08", dateReason = ProgrammeStory.Entered, reason = "Bổ sung thành viên Đoàn theo Quyết định 30/QĐ-TTHĐND" }, 201);
        var second = (await replaced.Read<CreationResponse<Guid>>()).Value;

        var issued = (await Host.GetJson<ProgrammeView>($"/api/programmes/{programme}")).Programme.IssuedDocuments.Where(document => document.Template == Outline).ToList();
        issued.Select(document => (document.Number, document.ReplacedBy, document.Replaces)).ShouldBe(
            [("01/ĐC-ĐGS", (Guid?)second, (Guid?)null), ("02/ĐC-ĐGS", null, first)]);
        issued[1].ReplacementReason.ShouldBe("Bổ sung thành viên Đoàn theo Quyết định 30/QĐ-TTHĐND");
        (await Bytes($"/api/issued-documents/{first}")).ShouldBe(before);
        var timeline = await Host.GetJson<List<TimelineEntry>>($"/api/programmes/{programme}/timeline");
        timeline.ShouldContain(entry => entry.What ==
            "Ban hành văn bản thay thế: đề cương báo cáo gửi cơ quan chịu giám sát số 02/ĐC-ĐGS ngày 08/07/2024, thay thế số 01/ĐC-ĐGS: Bổ sung thành viên Đoàn theo Quyết định 30/QĐ-TTHĐND"
            + $" (ghi nhận muộn: {ProgrammeStory.Entered})");

        var stale = await Host.Send(HttpMethod.Post, replacementUrl, new { reason = "Lần nữa" }, 409);
        (await stale.ReadVietnameseProblem(409)).GetProperty("detail").GetString()!.ShouldContain("đã được thay thế bằng văn bản số 02/ĐC-ĐGS");
        await Host.Send(HttpMethod.Post, $"/api/programmes/{programme}/issued-documents", IssueBody(Outline), 409);
        await Host.Send(HttpMethod.Post, $"/api/programmes/{programme}/issued-documents/{Guid.NewGuid()}/replacement", new { reason = "Không có" }, 404);
    }

    [Fact]
    public async Task Two_clerks_issuing_the_same_document_at_once_get_one_number_and_one_refusal()
    {
        var programme = await HaNam();

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Host.Scenario(scenario =>
        {
            scenario.Post.Json(IssueBody("bao-cao-ket-qua-giam-sat.docx"), JsonStyle.MinimalApi).ToUrl($"/api/programmes/{programme}/issued-documents");
            scenario.IgnoreStatusCode();
        })));

        results.Select(result => result.Context.Response.StatusCode).Order().ShouldBe([201, 409]);
        (await Host.GetJson<ProgrammeView>($"/api/programmes/{programme}")).Programme.IssuedDocuments.Select(document => document.Number).ShouldBe(["01/KH-ĐGS", "01/BC-ĐGS"]);
    }

    [Fact]
    public async Task Reminders_to_agencies_are_new_documents_each_time()
    {
        var programme = await HaNam();

        await Issue(programme, "van-ban-don-doc.docx", 201);
        await Issue(programme, "van-ban-don-doc.docx", 201);

        (await Host.GetJson<ProgrammeView>($"/api/programmes/{programme}")).Programme.IssuedDocuments.Select(document => document.Number)
            .ShouldBe(["01/KH-ĐGS", "01/HĐND-VP", "02/HĐND-VP"]);
    }

    [Fact]
    public async Task A_document_the_programme_has_no_data_for_is_refused_in_Vietnamese_as_a_draft_and_as_an_issue()
    {
        var created = await Host.Send(HttpMethod.Post, "/api/programmes", ProgrammeStory.Creation(), 201);
        var programme = (await created.Read<CreationResponse<Guid>>()).Value;
        const string reason = "Chưa lập được Thông báo kết luận: cần có kết luận.";

        var issue = await Host.Send(HttpMethod.Post, $"/api/programmes/{programme}/issued-documents", new { template = "thong-bao-ket-luan.docx" }, 409);
        (await issue.ReadVietnameseProblem(409)).GetProperty("detail").GetString().ShouldBe(reason);
        foreach (var format in new[] { "", "?format=pdf", "?data=json" })
        {
            var draft = await Host.Scenario(scenario =>
            {
                scenario.Get.Url($"/api/programmes/{programme}/documents/thong-bao-ket-luan.docx{format}");
                scenario.StatusCodeShouldBe(409);
            });
            (await draft.ReadVietnameseProblem(409)).GetProperty("detail").GetString().ShouldBe(reason);
        }
    }

    [Fact]
    public async Task A_withdrawn_publication_leaves_the_public_page_with_its_reason_kept_and_can_be_published_again()
    {
        var programme = await HaNam();
        var publication = $"/api/programmes/{programme}/publication";
        var withdrawal = $"{publication}/withdrawal";
        var list = $"/cong-khai/{People.CouncilA}";
        await Host.Send(HttpMethod.Post, withdrawal, new { reason = "Chưa công khai" }, 409);
        await Host.Send(HttpMethod.Post, publication, null, 204);
        await Anonymous($"{list}/{programme}", 200);

        var unexplained = await Host.Send(HttpMethod.Post, withdrawal, new { reason = " " }, 400);
        (await unexplained.ReadVietnameseProblem(400)).GetProperty("errors").GetProperty("reason")[0].GetString().ShouldBe("Hãy nhập lý do rút khỏi trang công khai.");
        await Host.SendAs(People.ViewerA, HttpMethod.Post, withdrawal, new { reason = "Người xem" }, 403);
        await Host.SendAs(People.MemberA, HttpMethod.Post, withdrawal, new { reason = "Đại biểu" }, 403);
        await Host.Send(HttpMethod.Post, withdrawal, new { reason = "Nêu tên cá nhân chưa được phép công khai" }, 204);

        await Anonymous($"{list}/{programme}", 404);
        (await Anonymous(list, 200)).ShouldContain("Chưa có kết quả giám sát nào được công khai");
        var view = (await Host.GetJson<ProgrammeView>($"/api/programmes/{programme}")).Programme;
        view.PublishedOn.ShouldBeNull();
        view.Withdrawal!.Reason.ShouldBe("Nêu tên cá nhân chưa được phép công khai");
        var timeline = await Host.GetJson<List<TimelineEntry>>($"/api/programmes/{programme}/timeline");
        timeline.ShouldContain(entry => entry.EventType == "publication_withdrawn" && entry.What.EndsWith(": Nêu tên cá nhân chưa được phép công khai")
            && entry.By == People.SecretariatA.UserName);
        await Host.Send(HttpMethod.Post, withdrawal, new { reason = "Lần nữa" }, 409);

        await Host.Send(HttpMethod.Post, publication, null, 204);
        await Anonymous($"{list}/{programme}", 200);
        (await Host.GetJson<ProgrammeView>($"/api/programmes/{programme}")).Programme.Withdrawal.ShouldBeNull();
    }

    async Task<Guid> HaNam()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(SamplePlayer.DefaultFolder, CancellationToken.None, People.CouncilA);
        }

        return (await Host.GetJson<List<ProgrammeSummary>>("/api/programmes?year=2024")).Single().Id;
    }

    static object IssueBody(string template) => new { template, issuedOn = "2024-07-05", dateReason = ProgrammeStory.Entered };

    async Task<Guid> Issue(Guid programme, string template, int status) =>
        (await (await Host.Send(HttpMethod.Post, $"/api/programmes/{programme}/issued-documents", IssueBody(template), status)).Read<CreationResponse<Guid>>()).Value;

    async Task<byte[]> Bytes(string url)
    {
        var result = await Host.Scenario(scenario =>
        {
            scenario.Get.Url(url);
            scenario.StatusCodeShouldBeOk();
        });
        using var stream = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(stream);
        return stream.ToArray();
    }

    async Task<string> Anonymous(string url, int status) => await (await Host.Scenario(scenario =>
    {
        scenario.As(null);
        scenario.Get.Url(url);
        scenario.StatusCodeShouldBe(status);
    })).ReadAsTextAsync();
}
