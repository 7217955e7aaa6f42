using Alba;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Common;
using Oversight.Hearings;
using Oversight.Recommendations;
using Oversight.Recommendations.Register;
using Oversight.Samples;
using Oversight.Tests.Security;
using Oversight.Tests.Support;
using Wolverine.Http;
using Wolverine.Tracking;

namespace Oversight.Tests.Hearings;

/// <summary>
/// An explanation hearing through the API, from the decision that takes up the sample's overdue recommendations to the follow-up of
/// the commitments its conclusion notice issued: the agency answers them, the secretariat verifies, the register and scoreboard count them.
/// </summary>
public sealed class HearingsOverHttpTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly Guid labour = People.AgencyId(People.CouncilA, People.AgencyA.Agency!);
    static readonly Guid finance = People.AgencyId(People.CouncilA, "Sở Tài chính");

    [Fact]
    public async Task A_hearing_takes_up_overdue_recommendations_and_its_commitments_are_followed_like_a_programmes()
    {
        await LoadSamples();
        var overdue = (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations", People.AgencyA)).Items.Take(2).ToList();
        var today = Oversight.Common.VietnamTime.Today(TimeProvider.System);
        await Host.Send(HttpMethod.Post, "/api/hearings", new { subject = "x", body = "Council", scheduledOn = today }, 400);
        IScenarioResult created = null!;
        await Host.ExecuteAndWaitAsync(async () => created = await Host.Send(HttpMethod.Post, "/api/hearings", new
        {
            subject = "Việc thực hiện chính sách trợ giúp xã hội", body = "StandingCommittee", scheduledOn = today, place = "Phòng họp số 1",
            recommendationIds = overdue.Select(row => row.Id),
        }, 201));
        var id = (await created.Read<CreationResponse<Guid>>()).Value;
        var url = $"/api/hearings/{id}";

        // Linked both ways: the hearing lists what it took up; each recommendation's history says where it was taken.
        var view = await Host.GetJson<HearingView>(url);
        view.TakenUp.Select(row => row.Id).ShouldBe(overdue.Select(row => row.Id), ignoreOrder: true);
        foreach (var taken in overdue)
        {
            var escalation = (await Host.GetJson<RecommendationView>($"/api/recommendations/{taken.Id}")).Recommendation.Escalations[^1];
            escalation.Step.ShouldBe(EscalationStep.ExplanationSession);
            escalation.Note!.ShouldContain($"/giai-trinh/{id}");
        }

        // Until it is summoned, the agency does not see the hearing.
        (await Host.GetJson<List<HearingSummary>>("/api/hearings", People.AgencyA)).ShouldNotContain(hearing => hearing.Id == id);
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"{url}/summons", new { agencyId = labour, representative = "Giám đốc", questions = new[] { "?" }, reportBy = today }, 403);
        await Host.Send(HttpMethod.Post, $"{url}/summons",
            new { agencyId = labour, representative = "Giám đốc Sở LĐ-TB&XH", questions = new[] { "Vì sao chưa ban hành quy chế phối hợp?" }, reportBy = today }, 204);
        await Host.Send(HttpMethod.Post, $"{url}/summons",
            new { agencyId = finance, representative = "Giám đốc Sở Tài chính", questions = new[] { "Kinh phí chi trả trợ cấp" }, reportBy = today }, 204);
        await Host.Send(HttpMethod.Post, $"{url}/summons", new { agencyId = finance, representative = "Lần nữa", questions = new[] { "?" }, reportBy = today }, 400);
        (await Host.GetJson<List<HearingSummary>>("/api/hearings", People.AgencyA)).ShouldContain(hearing => hearing.Id == id);
        (await Host.GetJson<HearingView>(url, People.AgencyA)).Hearing.Summoned.Count.ShouldBe(2);
        // A summons asks something of the agency: it is told, once, when and by when to report.
        await Fixture.EventsRead();
        (await Host.GetJson<List<Oversight.Notifications.Notification>>("/api/inbox", People.AgencyA)).Where(notice => notice.Link == $"/giai-trinh/{id}")
            .ShouldHaveSingleItem().Text.ShouldStartWith("Thường trực Hội đồng nhân dân mời Giám đốc Sở LĐ-TB&XH (Sở Lao động - Thương binh và Xã hội) giải trình về");
        (await Host.GetJson<List<HearingSummary>>("/api/hearings", People.MemberA)).ShouldContain(hearing => hearing.Id == id);

        await Host.Send(HttpMethod.Post, $"{url}/explanations", new { agencyId = labour, speaker = "Ông A", text = "Chưa diễn ra" }, 409);
        await Host.Send(HttpMethod.Post, $"{url}/session", new { heldOn = today, chair = "Phó Chủ tịch HĐND", attendance = new[] { new { agencyId = labour, attendedBy = "Phó Giám đốc Nguyễn Văn A" } } }, 204);
        await Host.Send(HttpMethod.Post, $"{url}/explanations", new { agencyId = labour, speaker = "Phó Giám đốc Nguyễn Văn A", text = "Dữ liệu đối tượng chưa thống nhất giữa các huyện" }, 204);
        await Host.SendAs(People.MemberA, HttpMethod.Post, $"{url}/questions", new { agencyId = labour, question = "Bao giờ hoàn thành rà soát?", answer = "Trong quý tới" }, 204);
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"{url}/questions", new { agencyId = labour, deputy = "Ai đó", question = "?" }, 403);
        var due = today.AddMonths(2);
        var commitment = await (await Host.Send(HttpMethod.Post, $"{url}/commitments", new { agencyId = labour, text = "Ban hành quy chế phối hợp chi trả", dueDate = due }, 201))
            .Read<CreationResponse<Guid>>();
        var dropped = await (await Host.Send(HttpMethod.Post, $"{url}/commitments", new { agencyId = finance, text = "Bố trí kinh phí", dueDate = due }, 201))
            .Read<CreationResponse<Guid>>();
        await Host.Send(HttpMethod.Delete, $"{url}/commitments/{dropped.Value}", null, 204);
        await Host.Send(HttpMethod.Post, $"{url}/commitments", new { agencyId = finance, text = "Bố trí kinh phí hỗ trợ", dueDate = due.AddMonths(1) }, 201);

        var held = (await Host.GetJson<HearingView>(url)).Hearing;
        held.ShouldSatisfyAllConditions(
            h => h.Status.ShouldBe(HearingStatus.Held),
            h => h.Attendance.Count(person => person.Present).ShouldBe(1),
            h => h.Questions.Single().Deputy.ShouldBe(People.MemberA.FullName),
            h => h.Commitments.Count.ShouldBe(2));

        await Host.Send(HttpMethod.Post, $"{url}/conclusion", new { number = "", summary = "" }, 400);
        await Host.Send(HttpMethod.Post, $"{url}/conclusion", new { number = "30/TB-HĐND", issuedOn = today, summary = "Thường trực HĐND kết luận: yêu cầu các Sở thực hiện cam kết." }, 204);
        var concluded = await Host.GetJson<HearingView>(url);
        concluded.Issued.Select(row => row.Code).ShouldBe([$"{held.Code}-01", $"{held.Code}-02"]);

        // The notices, in Word: the convening notice with the questions to prepare, the conclusion notice with the coded commitments.
        Text(await Download($"{url}/documents/thong-bao-moi-giai-trinh.docx")).ShouldContain("Vì sao chưa ban hành quy chế phối hợp?");
        var notice = Text(await Download($"{url}/documents/thong-bao-ket-luan-giai-trinh.docx"));
        notice.ShouldContain("30/TB-HĐND");
        notice.ShouldContain($"{held.Code}-01");
        notice.ShouldContain("Phó Giám đốc Nguyễn Văn A");
        await Host.Scenario(scenario =>
        {
            scenario.Get.Url($"{url}/documents/khong-co.docx");
            scenario.StatusCodeShouldBe(404);
        });

        // The commitments are in the same register, their source shown, for the agency they are addressed to only.
        var rows = (await Host.GetJson<PagedList<RegisterRow>>($"/api/recommendations?programme={id}", People.AgencyA)).Items;
        var row = rows.Single();
        row.ShouldSatisfyAllConditions(
            r => r.Id.ShouldBe(commitment.Value),
            r => r.ProgrammeTitle.ShouldBe("Phiên giải trình: Việc thực hiện chính sách trợ giúp xã hội"),
            r => r.Year.ShouldBe(today.Year),
            r => r.DueDate.ShouldBe(due));
        (await Host.GetJson<PagedList<RegisterRow>>($"/api/recommendations?programme={id}")).Items.Count.ShouldBe(2);
        (await Host.GetJson<PagedList<RegisterRow>>($"/api/recommendations?body=Committee")).Items.ShouldNotContain(r => r.ProgrammeId == id);

        // Followed exactly like a programme's: reminders planned, the agency answers, the secretariat verifies, the scoreboard counts it.
        var recommendation = $"/api/recommendations/{row.Id}";
        var followed = await Host.GetJson<RecommendationView>(recommendation, People.AgencyA);
        followed.Due.Reminders.ShouldContain(reminder => reminder.State == Oversight.Recommendations.Reminders.ReminderState.Scheduled);
        followed.Recommendation.Source!.Link.ShouldBe($"/giai-trinh/{id}");
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"{recommendation}/acknowledgement", new { note = "Đã giao phòng Bảo trợ" }, 204);
        await Form(People.AgencyA, $"{recommendation}/completion", 204, ("text", "Đã ban hành quy chế"), ("file:quy-che.pdf", "%PDF quy chế"u8.ToArray()));
        await Host.Send(HttpMethod.Post, $"{recommendation}/verification", new { verdict = "Resolved" }, 204);
        var board = await Host.GetJson<ScoreboardView>("/api/recommendations/scoreboard", People.AgencyA);
        board.Agencies.Single().ResolvedOnTime.ShouldBe(1);
        var other = (await Host.GetJson<PagedList<RegisterRow>>($"/api/recommendations?programme={id}")).Items.Single(r => r.Id != row.Id);
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"/api/recommendations/{other.Id}/acknowledgement", new { note = "x" }, 403);

        // Published, the conclusion is on the council's public page with what became of its commitments.
        await Anonymous($"/cong-khai/{People.CouncilA}/giai-trinh/{id}", 404);
        await Host.Send(HttpMethod.Post, $"{url}/publication", null, 204);
        await Host.Send(HttpMethod.Post, $"{url}/publication", null, 409);
        (await Anonymous($"/cong-khai/{People.CouncilA}/giai-trinh", 200)).ShouldContain("Việc thực hiện chính sách trợ giúp xã hội");
        var published = await Anonymous($"/cong-khai/{People.CouncilA}/giai-trinh/{id}", 200);
        published.ShouldContain("30/TB-HĐND");
        published.ShouldContain($"{held.Code}-01");
        published.ShouldContain("Đã giải quyết");
    }

    [Fact]
    public async Task Its_pages_show_the_hearing_to_the_secretariat_a_deputy_and_the_summoned_agency_only()
    {
        var today = Oversight.Common.VietnamTime.Today(TimeProvider.System);
        var created = await Host.Send(HttpMethod.Post, "/api/hearings", new { subject = "Tiến độ giải ngân vốn đầu tư công", body = "StandingCommittee", scheduledOn = today }, 201);
        var id = (await created.Read<CreationResponse<Guid>>()).Value;
        await Host.Send(HttpMethod.Post, $"/api/hearings/{id}/summons",
            new { agencyId = finance, representative = "Giám đốc Sở Tài chính", questions = new[] { "Vì sao giải ngân chậm?" }, reportBy = today }, 204);

        (await Page(People.SecretariatA, "/giai-trinh", 200)).ShouldContain("Tiến độ giải ngân vốn đầu tư công");
        (await Page(People.SecretariatA, $"/giai-trinh/{id}", 200)).ShouldContain("Vì sao giải ngân chậm?");
        (await Page(People.MemberA, $"/giai-trinh/{id}", 200)).ShouldContain("Giám đốc Sở Tài chính");
        await Page(People.AgencyA, $"/giai-trinh/{id}", 403);
        (await Page(People.AgencyA, "/giai-trinh", 200)).ShouldNotContain("Tiến độ giải ngân vốn đầu tư công");
        (await Page(People.SecretariatA, "/giai-trinh/moi", 200)).ShouldContain("Thường trực");
        await Page(People.AgencyA, "/giai-trinh/moi", 403);
    }

    [Fact]
    public async Task The_sample_hearing_summoned_two_agencies_and_its_commitment_is_followed()
    {
        await LoadSamples();
        var hearing = (await Host.GetJson<List<HearingSummary>>("/api/hearings")).Single();
        hearing.ShouldSatisfyAllConditions(
            h => h.Code.ShouldBe("GT-2025-001"),
            h => h.Status.ShouldBe(HearingStatus.Concluded),
            h => h.Published.ShouldBeTrue(),
            h => h.Agencies.ShouldBe([People.AgencyA.Agency!, "Sở Tài chính"]));
        var view = await Host.GetJson<HearingView>($"/api/hearings/{hearing.Id}");
        view.Hearing.Attendance.ShouldAllBe(attendance => attendance.Present);
        view.Issued.Select(row => row.Code).ShouldBe(["GT-2025-001-01"]);
        var rows = (await Host.GetJson<PagedList<RegisterRow>>($"/api/recommendations?programme={hearing.Id}", People.AgencyA)).Items;
        rows.Single().ShouldSatisfyAllConditions(r => r.Code.ShouldBe("GT-2025-001-01"), r => r.Overdue.ShouldBeTrue());
    }

    async Task<byte[]> Download(string url) => await (await Host.Scenario(scenario =>
    {
        scenario.Get.Url(url);
        scenario.StatusCodeShouldBe(200);
    })).ReadBytes();

    static string Text(byte[] docx)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.InnerText;
    }

    async Task<string> Page(Person person, string url, int status) => await (await Host.Scenario(scenario =>
    {
        scenario.As(person);
        scenario.Get.Url(url);
        scenario.StatusCodeShouldBe(status);
    })).ReadAsTextAsync();

    async Task<string> Anonymous(string url, int status) => await (await Host.Scenario(scenario =>
    {
        scenario.As(null);
        scenario.Get.Url(url);
        scenario.StatusCodeShouldBe(status);
    })).ReadAsTextAsync();

    async Task LoadSamples()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(SamplePlayer.DefaultFolder, CancellationToken.None, People.CouncilA);
    }

    Task<IScenarioResult> Form(Person person, string url, int status, params (string Name, object Value)[] fields) => Host.Scenario(scenario =>
    {
        scenario.As(person);
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            if (name.StartsWith("file:"))
            {
                form.Add(new ByteArrayContent((byte[])value), "files", name["file:".Length..]);
            }
            else
            {
                form.Add(new StringContent((string)value), name);
            }
        }

        scenario.Post.MultipartFormData(form).ToUrl(url);
        scenario.StatusCodeShouldBe(status);
    });
}
