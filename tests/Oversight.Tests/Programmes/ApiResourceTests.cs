using System.Text.Json;
using System.Text.Json.Nodes;
using Alba;
using Oversight.Programmes.Details;
using Oversight.Programmes.Reporting;
using Oversight.Programmes.Timeline;
using Oversight.Tests.Security;
using Oversight.Tests.Support;

namespace Oversight.Tests.Programmes;

/// <summary>What an integrator builds on: what a creation answers can be read back, and a draft's recommendations are replaced in one request.</summary>
public sealed class ApiResourceTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task Every_created_resource_answers_GET_at_the_address_its_creation_gave()
    {
        var creations = new List<string>();
        async Task<string> Created(string url, object body, Person? person = null)
        {
            var result = await Host.SendAs(person ?? People.SecretariatA, HttpMethod.Post, url, body, 201);
            var answer = JsonNode.Parse(await result.ReadAsTextAsync())!;
            var location = result.Context.Response.Headers.Location.ToString();
            (answer["url"]?.GetValue<string>() ?? location).ShouldBe(location);
            location.ShouldStartWith("/api/");
            (await Host.Scenario(scenario =>
            {
                scenario.As(person ?? People.SecretariatA);
                scenario.Get.Url(location);
                scenario.StatusCodeShouldBeOk();
            })).ShouldNotBeNull();
            creations.Add(Template(url));
            return (answer["value"] ?? answer["id"])!.GetValue<string>();
        }

        var id = Guid.Parse(await Created("/api/programmes", ProgrammeStory.Creation()));
        var programme = await Programme(id);
        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/delegation", ProgrammeStory.Delegation(programme), 204);
        programme = await Programme(id);
        await Host.Send(HttpMethod.Put, $"/api/programmes/{id}/plan", ProgrammeStory.Plan(programme), 204);
        var activityId = await Created($"/api/programmes/{id}/activities", ProgrammeStory.Session(programme));
        var agencyId = programme.Agencies[0].Id;
        await Created($"/api/programmes/{id}/findings",
            new { activityId, authorId = programme.Delegation!.Head!.Id, kind = "Proposal", agencyId, text = "Tăng cường tập huấn cán bộ cơ sở" });
        var documentId = await Created($"/api/programmes/{id}/issued-documents",
            new { template = "ke-hoach-giam-sat.docx", issuedOn = "2024-05-28", dateReason = ProgrammeStory.Entered });
        await Created($"/api/programmes/{id}/issued-documents/{documentId}/replacement", new { reason = "Sửa tên cơ quan" });
        programme = await Programme(id);
        await Host.Send(HttpMethod.Put, $"/api/programmes/{id}/activities/{activityId}/minutes", ProgrammeStory.Minutes(programme), 204);
        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/fieldwork-end", new { endedOn = "2024-06-24", dateReason = ProgrammeStory.Entered }, 204);
        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/report", null, 204);
        await Created($"/api/programmes/{id}/report/recommendations", new { agencyId, text = "Rà soát hồ sơ đối tượng", dueDate = "2024-12-31" });
        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/delegation/members",
            new { member = new { personId = People.MemberA.Id, role = "Member" }, reason = "Bổ sung theo quyết định" }, 204);
        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/report/circulation", new { note = "Xin ý kiến thành viên Đoàn" }, 204);
        await Created($"/api/programmes/{id}/report/comments", new { section = "Recommendations", text = "Nêu rõ thời hạn rà soát" }, People.MemberA);

        var world = await World.Plan(Host, People.SecretariatA, People.MemberA, title: "Giám sát việc chi trả trợ cấp");
        await Created("/api/recommendations/re-oversight", new { title = "Giám sát lại việc tập huấn", year = 2025, recommendationIds = new[] { world.RecommendationId } });
        await Created("/api/councils", new { id = "tan-bien", name = "Hội đồng nhân dân xã Tân Biên", place = "Tân Biên", level = "Commune", provinceId = People.CouncilA },
            People.SystemAdmin);
        await Created("/api/accounts", new { userName = "thuky.moi", fullName = "Thư ký mới", role = "Secretariat", password = "mat-khau-ban-dau" }, People.AdminA);
        await Created("/api/directory/agencies", new { name = "Sở Tài nguyên và Môi trường", shortName = "Sở TN&MT", level = "Province" });
        await Created("/api/directory/committees", new { name = "Ban Kinh tế - Ngân sách" });
        var official = await Created("/api/directory/people", new { fullName = "Trần Văn Chuyên", position = "Giám đốc Sở" });

        var today = Oversight.Common.VietnamTime.Today(TimeProvider.System);
        var labour = People.AgencyId(People.CouncilA, People.AgencyA.Agency!);
        var hearingId = await Created("/api/hearings", new { subject = "Việc thực hiện chính sách trợ giúp xã hội", body = "StandingCommittee", scheduledOn = today });
        await Host.Send(HttpMethod.Post, $"/api/hearings/{hearingId}/summons",
            new { agencyId = labour, representative = "Giám đốc Sở", questions = new[] { "Vì sao chi trả chậm?" }, reportBy = today }, 204);
        await Host.Send(HttpMethod.Post, $"/api/hearings/{hearingId}/session",
            new { heldOn = today, chair = "Phó Chủ tịch HĐND", attendance = new[] { new { agencyId = labour, attendedBy = "Phó Giám đốc Sở" } } }, 204);
        await Created($"/api/hearings/{hearingId}/commitments", new { agencyId = labour, text = "Ban hành quy chế phối hợp chi trả", dueDate = today.AddMonths(2) });
        var questioningId = await Created("/api/questioning", new { title = "Chất vấn tại kỳ họp giữa năm", forum = "CouncilSession", heldOn = today });
        await Created($"/api/questioning/{questioningId}/questions",
            new { officialId = official, agencyId = labour, topic = "Trợ giúp xã hội", text = "Bao giờ hoàn thành rà soát đối tượng?" }, People.MemberA);

        // Every route of the API that creates something was taken above.
        var document = JsonNode.Parse(await Host.GetAsText("/openapi/v1.json"))!;
        var creating = document["paths"]!.AsObject()
            .Where(path => path.Value!["post"]?["responses"]?["201"] is not null)
            .Select(path => path.Key)
            .Order();
        creations.Distinct().Order().ShouldBe(creating);
    }

    [Fact]
    public async Task A_drafts_recommendations_are_replaced_by_one_list_all_or_nothing()
    {
        var (id, agencyId) = await Drafting();
        var assembled = await Drafts(id);
        var kept = assembled.Single();

        var replaced = await Host.Send(HttpMethod.Put, $"/api/programmes/{id}/report/recommendations", new
        {
            recommendations = new object[]
            {
                new { agencyId, text = "Rà soát, cập nhật hồ sơ đối tượng bảo trợ xã hội", dueDate = "2024-12-31" },
                new { id = kept.Id, agencyId, text = kept.Text + " ", dueDate = "2025-03-31", findingIds = kept.FindingIds },
                new { agencyId, text = "Chi trả trợ cấp qua tài khoản ngân hàng", dueDate = "2025-06-30" },
            },
        }, 200);

        var list = await replaced.Read<List<DraftRecommendationView>>();
        list.Select(draft => draft.Position).ShouldBe([1, 2, 3]);
        list[1].Id.ShouldBe(kept.Id);
        list[1].Text.ShouldBe(kept.Text + " ");
        list[0].Url.ShouldBe($"/api/programmes/{id}/report/recommendations/{list[0].Id}");
        Shape(await Drafts(id)).ShouldBe(Shape(list));
        var events = (await Host.GetJson<List<TimelineEntry>>($"/api/programmes/{id}/timeline")).Count;

        // One bad item refuses the whole list, naming it by its place; nothing changes.
        var refused = await Host.Send(HttpMethod.Put, $"/api/programmes/{id}/report/recommendations", new
        {
            recommendations = new object[]
            {
                new { id = list[0].Id, agencyId, text = "Sửa nội dung", dueDate = "2024-12-31" },
                new { agencyId, text = "", dueDate = "2024-12-31" },
                new { id = Guid.NewGuid(), agencyId, text = "Kiến nghị lạ", dueDate = "2024-12-31" },
            },
        }, 400);
        var errors = (await refused.ReadVietnameseProblem(400)).GetProperty("errors");
        errors.GetProperty("recommendations[1].text")[0].GetString().ShouldBe("Hãy nhập nội dung kiến nghị.");
        errors.GetProperty("recommendations[2].id")[0].GetString()!.ShouldStartWith("Không có kiến nghị này trong dự thảo báo cáo");
        Shape(await Drafts(id)).ShouldBe(Shape(list));

        // The same list again records nothing; an empty list drops every recommendation.
        await Host.Send(HttpMethod.Put, $"/api/programmes/{id}/report/recommendations", new
        {
            recommendations = list.Select(draft => new { draft.Id, draft.AgencyId, draft.CoAgencyIds, draft.Text, draft.DueDate, draft.FindingIds }),
        }, 200);
        (await Host.GetJson<List<TimelineEntry>>($"/api/programmes/{id}/timeline")).Count.ShouldBe(events);
        (await (await Host.Send(HttpMethod.Put, $"/api/programmes/{id}/report/recommendations", new { recommendations = Array.Empty<object>() }, 200))
            .Read<List<DraftRecommendationView>>()).ShouldBeEmpty();
        (await Host.GetJson<List<TimelineEntry>>($"/api/programmes/{id}/timeline")).Last().What.ShouldBe("Thay danh sách kiến nghị của dự thảo (0 kiến nghị)");
    }

    [Fact]
    public async Task Programmes_are_found_by_their_words_without_diacritics_in_the_API_and_on_the_list()
    {
        await Host.Send(HttpMethod.Post, "/api/programmes", ProgrammeStory.Creation() with { Title = "Giám sát công tác trợ giúp xã hội" }, 201);
        await Host.Send(HttpMethod.Post, "/api/programmes", ProgrammeStory.Creation() with { Title = "Giám sát việc quản lý, sử dụng đất đai" }, 201);

        async Task<IEnumerable<string>> Found(string q) =>
            (await Host.GetJson<List<Oversight.Programmes.Listing.ProgrammeSummary>>($"/api/programmes?q={Uri.EscapeDataString(q)}")).Select(found => found.Title);
        (await Found("tro giup XA HOI")).ShouldBe(["Giám sát công tác trợ giúp xã hội"]);
        (await Found("dat dai")).ShouldBe(["Giám sát việc quản lý, sử dụng đất đai"]);
        (await Found("2024-001")).ShouldBe(["Giám sát công tác trợ giúp xã hội"]);
        (await Found("giam sat")).Count().ShouldBe(2);
        (await Found("dat xa hoi")).ShouldBeEmpty();

        var page = await Host.GetAsText("/cuoc-giam-sat?q=" + Uri.EscapeDataString("đất đai"));
        page.ShouldContain("Giám sát việc quản lý, sử dụng đất đai");
        page.ShouldNotContain("Giám sát công tác trợ giúp xã hội");
        page.ShouldContain("value=\"đất đai\"");
    }

    /// <summary>A programme whose draft report was just assembled, with one recommendation from the head's proposal.</summary>
    async Task<(Guid Id, Guid AgencyId)> Drafting()
    {
        var id = JsonDocument.Parse(await (await Host.Send(HttpMethod.Post, "/api/programmes", ProgrammeStory.Creation(), 201)).ReadAsTextAsync())
            .RootElement.GetProperty("value").GetGuid();
        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/delegation", ProgrammeStory.Delegation(await Programme(id)), 204);
        var programme = await Programme(id);
        await Host.Send(HttpMethod.Put, $"/api/programmes/{id}/plan", ProgrammeStory.Plan(programme), 204);
        var activityId = JsonDocument.Parse(await (await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/activities", ProgrammeStory.Session(programme), 201))
            .ReadAsTextAsync()).RootElement.GetProperty("value").GetGuid();
        var agencyId = programme.Agencies[0].Id;
        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/findings",
            new { activityId, authorId = programme.Delegation!.Head!.Id, kind = "Proposal", agencyId, text = "Tăng cường tập huấn cán bộ cơ sở" }, 201);
        await Host.Send(HttpMethod.Put, $"/api/programmes/{id}/activities/{activityId}/minutes", ProgrammeStory.Minutes(await Programme(id)), 204);
        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/fieldwork-end", new { endedOn = "2024-06-24", dateReason = ProgrammeStory.Entered }, 204);
        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/report", null, 204);
        return (id, agencyId);
    }

    static string Shape(IEnumerable<DraftRecommendationView> drafts) =>
        string.Join(" | ", drafts.Select(draft => $"{draft.Position} {draft.Id} {draft.Text} {draft.DueDate} {string.Join(",", draft.FindingIds)}"));

    Task<List<DraftRecommendationView>> Drafts(Guid id) => Host.GetJson<List<DraftRecommendationView>>($"/api/programmes/{id}/report/recommendations");

    async Task<Oversight.Programmes.Programme> Programme(Guid id) => (await Host.GetJson<ProgrammeView>($"/api/programmes/{id}")).Programme;

    /// <summary>The route a URL was made from, as the OpenAPI document names it.</summary>
    static string Template(string url)
    {
        url = System.Text.RegularExpressions.Regex.Replace(url, @"/api/(hearings|questioning)/[0-9a-f-]{36}",
            match => $"/api/{match.Groups[1].Value}/{{{(match.Groups[1].Value == "hearings" ? "hearingId" : "questioningId")}}}");
        return System.Text.RegularExpressions.Regex.Replace(url, @"/api/programmes/[0-9a-f-]{36}(/issued-documents/[0-9a-f-]{36})?",
            match => "/api/programmes/{id}" + (match.Groups[1].Success ? "/issued-documents/{documentId}" : ""));
    }
}
