using Alba;
using Wolverine.Tracking;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Common;
using Oversight.Recommendations;
using Oversight.Recommendations.Register;
using Oversight.Samples;
using Oversight.Tests.Security;
using Oversight.Tests.Support;

namespace Oversight.Tests.Recommendations;

/// <summary>The Hà Nam sample's four recommendations to the Department of Labour, followed up through the API by the agency and the secretariat.</summary>
public sealed class FollowUpOverHttpTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task The_agency_answers_with_evidence_and_asks_for_time_the_secretariat_decides_and_verifies()
    {
        var recommendation = (await Register(People.AgencyA)).First();
        var url = $"/api/recommendations/{recommendation.Id}";

        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"{url}/acknowledgement", new { note = "Đã giao phòng Bảo trợ xã hội" }, 204);
        var evidence = "%PDF-1.4 báo cáo tiến độ"u8.ToArray();
        await Form(People.AgencyA, $"{url}/progress", 204, ("text", "Đã rà soát 6/6 huyện"), ("figures", "41.172 đối tượng"), ("file:bao-cao.pdf", evidence));

        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"{url}/extension-request", new { proposedDueDate = "2027-03-31", reason = "Chờ kinh phí năm sau" }, 204);
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"{url}/extension-request", new { proposedDueDate = "2027-06-30", reason = "Lần nữa" }, 409);
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"{url}/extension-decision", new { approve = true }, 403);
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"{url}/extension-decision", new { approve = false, reason = "Chưa nêu căn cứ" }, 204);
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"{url}/extension-request", new { proposedDueDate = "2027-03-31", reason = "Có công văn của Bộ" }, 204);
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"{url}/extension-decision", new { approve = true, newDueDate = "2027-02-26" }, 204);

        await Form(People.AgencyA, $"{url}/completion", 400, ("text", "Đã xong"));
        await Form(People.AgencyA, $"{url}/completion", 204, ("text", "Đã ban hành quy chế phối hợp"), ("file:quyet-dinh.pdf", "%PDF quyết định"u8.ToArray()));
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"{url}/verification", new { verdict = "Resolved" }, 403);
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"{url}/verification", new { verdict = "NotSatisfactory" }, 400);
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"{url}/verification", new { verdict = "NotSatisfactory", remarks = "Thiếu kế hoạch kiểm tra" }, 204);
        await Form(People.AgencyA, $"{url}/completion", 204, ("text", "Bổ sung kế hoạch kiểm tra"), ("file:ke-hoach.pdf", "%PDF kế hoạch"u8.ToArray()));
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"{url}/verification", new { verdict = "Resolved" }, 204);
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"{url}/closure", new { }, 403);
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"{url}/closure", new { }, 204);

        var view = await Host.GetJson<RecommendationView>(url, People.AgencyA);
        view.Recommendation.ShouldSatisfyAllConditions(
            r => r.Status.ShouldBe(RecommendationStatus.Closed),
            r => r.DueDates.Select(change => change.DueDate).ShouldBe([recommendation.DueDate, new DateOnly(2027, 2, 26)]),
            r => r.DueDates[1].Why.ShouldContain("Có công văn của Bộ"));
        view.History.Select(entry => entry.What).ShouldContain("Không đồng ý gia hạn kiến nghị");
        var progress = view.History.Single(entry => entry.Text == "Đã rà soát 6/6 huyện");
        var file = await Host.Scenario(scenario =>
        {
            scenario.As(People.AgencyA);
            scenario.Get.Url($"/api/evidence/{progress.Evidence.Single().Id}");
        });
        (await file.ReadBytes()).ShouldBe(evidence);

        // The audit trail names who said what: the agency's claims and the secretariat's decisions.
        var audit = await Host.GetJson<List<Oversight.Audit.AuditEntry>>($"/api/audit?programme={recommendation.ProgrammeId}", People.AdminA);
        audit.Where(entry => entry.EventType.Contains("completion_verified")).ShouldAllBe(entry => entry.UserName == People.SecretariatA.UserName);
        audit.Where(entry => entry.EventType.Contains("completion_reported")).ShouldAllBe(entry => entry.UserName == People.AgencyA.UserName);
    }

    [Fact]
    public async Task Another_agency_neither_sees_nor_answers_them()
    {
        await LoadSamples();
        await Host.SendAs(People.AdminA, HttpMethod.Post, "/api/accounts",
            new { userName = "so.taichinh", fullName = "Sở Tài chính", role = "AgencyUser", agencyName = "Sở Tài chính", password = "mat-khau-so-tai-chinh" }, 201);
        var other = await Host.SignIn("so.taichinh", "mat-khau-so-tai-chinh");
        (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations", other)).Items.ShouldBeEmpty();

        var recommendation = (await Register(People.SecretariatA)).First();
        await Host.Scenario(scenario =>
        {
            scenario.WithCookie(other);
            scenario.Post.Json(new { note = "x" }).ToUrl($"/api/recommendations/{recommendation.Id}/acknowledgement");
            scenario.StatusCodeShouldBe(403);
        });
        await Host.Scenario(scenario =>
        {
            scenario.WithCookie(other);
            scenario.Get.Url($"/api/recommendations/{recommendation.Id}");
            scenario.StatusCodeShouldBe(403);
        });
    }

    [Fact]
    public async Task The_register_filters_searches_without_diacritics_and_exports_what_it_shows()
    {
        await LoadSamples();
        var all = (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations")).Items;
        all.Count.ShouldBeGreaterThanOrEqualTo(4);
        all.ShouldAllBe(row => row.Overdue && row.DaysOverdue > 0);
        var match = (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations?q=" + Uri.EscapeDataString("LAO DONG thuong binh"))).Items;
        match.Count.ShouldBe(all.Count(row => row.AgencyName == "Sở Lao động - Thương binh và Xã hội"));
        (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations?q=khong-co-tu-nay")).Items.ShouldBeEmpty();
        (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations?year=2024")).Items.Count.ShouldBe(all.Count(row => row.Year == 2024));
        (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations?overdue=false")).Items.ShouldBeEmpty();
        (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations?status=Closed")).Items.ShouldBeEmpty();

        // Pages of the register say how many lines there are in all; the export keeps every line the filters select.
        var second = await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations?page=2&pageSize=3");
        second.ShouldSatisfyAllConditions(
            () => second.Items.Select(row => row.Id).ShouldBe(all.Skip(3).Take(3).Select(row => row.Id)),
            () => second.Total.ShouldBe(all.Count),
            () => second.PageCount.ShouldBe((all.Count + 2) / 3),
            () => second.PageSize.ShouldBe(3));
        (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations?page=99")).Items.ShouldBeEmpty();
        var refused = await Host.Scenario(scenario =>
        {
            scenario.Get.Url("/api/recommendations?pageSize=501");
            scenario.StatusCodeShouldBe(400);
        });
        (await refused.ReadVietnameseProblem(400)).GetProperty("errors").GetProperty("pageSize")[0].GetString().ShouldBe("Mỗi trang có từ 1 đến 500 dòng.");

        var csv = await (await Host.Scenario(scenario => scenario.Get.Url("/api/recommendations/export?format=csv"))).ReadBytes();
        csv.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var text = System.Text.Encoding.UTF8.GetString(csv);
        text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(all.Count + 1);
        text.ShouldContain(all[0].Code);

        var xlsx = await (await Host.Scenario(scenario => scenario.Get.Url("/api/recommendations/export"))).ReadBytes();
        using var sheet = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var rows = sheet.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        rows.Count.ShouldBe(all.Count + 1);
        rows[1].InnerText.ShouldContain(all[0].Code);
        await Host.Scenario(scenario =>
        {
            scenario.Get.Url("/api/recommendations/export?format=pdf");
            scenario.StatusCodeShouldBe(400);
        });
    }

    [Fact]
    public async Task The_secretariat_escalates_an_overdue_recommendation_and_publishes_the_conclusion_for_everyone()
    {
        var recommendation = (await Register(People.AgencyA)).First();
        var url = $"/api/recommendations/{recommendation.Id}";
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"{url}/escalation", new { }, 204);
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"{url}/escalation", new { note = "Công văn đôn đốc số 15" }, 204);
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"{url}/escalation", new { }, 403);
        var escalations = (await Host.GetJson<RecommendationView>(url)).Recommendation.Escalations;
        escalations.Select(step => step.Step).ShouldBe([EscalationStep.FirstReminder, EscalationStep.FurtherReminder]);
        // Told from the event store once the subscription has read the decisions: the agency of each, the secretariat who decided of none
        // (loading the samples told people of their own events, which are not counted here).
        await Fixture.EventsRead();
        (await Host.GetJson<List<Oversight.Notifications.Notification>>("/api/inbox", People.AgencyA))
            .Count(notification => notification.Source == "escalation_decided" && notification.Link == $"/kien-nghi/{recommendation.Id}").ShouldBe(2);
        (await Host.GetJson<List<Oversight.Notifications.Notification>>("/api/inbox", People.SecretariatA))
            .ShouldNotContain(notification => notification.Source == "escalation_decided");

        var page = $"/cong-khai/{People.CouncilA}";
        (await Anonymous(page, 200)).ShouldContain("Chưa có kết quả giám sát nào được công khai");
        await Anonymous($"{page}/{recommendation.ProgrammeId}", 404);
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"/api/programmes/{recommendation.ProgrammeId}/publication", null, 204);
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"/api/programmes/{recommendation.ProgrammeId}/publication", null, 409);
        (await Anonymous(page, 200)).ShouldContain(recommendation.ProgrammeTitle);
        var published = await Anonymous($"{page}/{recommendation.ProgrammeId}", 200);
        published.ShouldContain(recommendation.Code);
        // The law that requires publishing is the one in force when the programme was decided (2024: Luật 87/2015, Điều 89).
        published.ShouldContain("theo Điều 89 Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015");
        published.ShouldContain("Đã ban hành");
        await Anonymous($"/cong-khai/{People.CouncilB}/{recommendation.ProgrammeId}", 404);
        await Anonymous("/cong-khai/khong-co-hdnd-nay", 404);
    }

    [Fact]
    public async Task The_scoreboard_and_the_monthly_chart_agree_with_the_events()
    {
        var mine = await Register(People.AgencyA);
        var late = mine.First();
        await Form(People.AgencyA, $"/api/recommendations/{late.Id}/completion", 204, ("text", "Đã thực hiện"), ("file:qd.pdf", "%PDF"u8.ToArray()));
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"/api/recommendations/{late.Id}/verification", new { verdict = "Resolved" }, 204);

        var board = await Host.GetJson<ScoreboardView>("/api/recommendations/scoreboard");
        var agency = board.Agencies.Single(score => score.AgencyName == People.AgencyA.Agency);
        var today = Oversight.Common.VietnamTime.Today(TimeProvider.System);
        agency.ShouldSatisfyAllConditions(
            score => score.Issued.ShouldBe(mine.Count),
            score => score.ResolvedOnTime.ShouldBe(0),
            score => score.ResolvedLate.ShouldBe(1),
            score => score.Overdue.ShouldBe(mine.Count - 1),
            score => score.Open.ShouldBe(mine.Count - 1),
            score => score.AverageDaysLate.ShouldBe(today.DayNumber - late.DueDate.DayNumber));
        var all = (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations")).Items;
        board.Agencies.Sum(score => score.Issued).ShouldBe(all.Count);
        var now = board.Months[^1];
        now.Counts.Values.Sum().ShouldBe(all.Count);
        now.Counts[RecommendationStatus.Resolved].ShouldBe(1);
        (await Host.GetJson<ScoreboardView>("/api/recommendations/scoreboard", People.AgencyA)).Agencies.Single().AgencyName.ShouldBe(People.AgencyA.Agency);
    }

    [Fact]
    public async Task Unresolved_recommendations_start_a_re_oversight_linked_to_them()
    {
        var mine = (await Register(People.AgencyA)).Take(2).ToList();
        await Host.Send(HttpMethod.Post, "/api/recommendations/re-oversight", new { title = "Giám sát lại", year = 2026, recommendationIds = Array.Empty<Guid>() }, 400);
        await Host.Send(HttpMethod.Post, "/api/recommendations/re-oversight", new { title = "Giám sát lại", year = 2026, recommendationIds = new[] { Guid.NewGuid() } }, 400);
        // The programme and the decisions to take each recommendation into it are stored together; the decisions then run on their own.
        IScenarioResult created = null!;
        await Host.ExecuteAndWaitAsync(async () => created = await Host.Send(HttpMethod.Post, "/api/recommendations/re-oversight",
            new { title = "Giám sát lại việc thực hiện kiến nghị về trợ giúp xã hội", year = 2026, recommendationIds = mine.Select(row => row.Id) }, 201));
        var id = (await created.Read<Wolverine.Http.CreationResponse<Guid>>()).Value;

        var programme = (await Host.GetJson<Oversight.Programmes.Details.ProgrammeView>($"/api/programmes/{id}")).Programme;
        programme.ShouldSatisfyAllConditions(
            p => p.Revisits.ShouldBe(mine.Select(row => row.Id), ignoreOrder: true),
            p => p.Agencies.Select(agency => agency.Name).ShouldBe([People.AgencyA.Agency!]),
            p => p.Scope!.ShouldContain(mine[0].Code));
        foreach (var row in mine)
        {
            (await Host.GetJson<RecommendationView>($"/api/recommendations/{row.Id}")).Recommendation.Escalations[^1].Step.ShouldBe(EscalationStep.ReOversight);
        }

        var other = (await Register(People.AgencyA)).Skip(2).First();
        await Form(People.AgencyA, $"/api/recommendations/{other.Id}/completion", 204, ("text", "Đã xong"), ("file:qd.pdf", "%PDF"u8.ToArray()));
        await Host.Send(HttpMethod.Post, "/api/recommendations/re-oversight", new { title = "Giám sát lại", year = 2026, recommendationIds = new[] { other.Id } }, 409);
        (await (await Host.Scenario(scenario => scenario.Get.Url($"/cuoc-giam-sat/{id}"))).ReadAsTextAsync()).ShouldContain(mine[0].Code);
    }

    async Task<string> Anonymous(string url, int status) => await (await Host.Scenario(scenario =>
    {
        scenario.As(null);
        scenario.Get.Url(url);
        scenario.StatusCodeShouldBe(status);
    })).ReadAsTextAsync();

    async Task<IReadOnlyList<RegisterRow>> Register(Person person)
    {
        await LoadSamples();
        return (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations", person)).Items;
    }

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
