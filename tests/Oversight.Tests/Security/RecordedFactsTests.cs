using Alba;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Programmes;
using Oversight.Recommendations;
using Oversight.Tests.Programmes;
using Oversight.Tests.Support;

namespace Oversight.Tests.Security;

/// <summary>What the record says happened, when and under what name: dates never ahead of today, names that read as what they are.</summary>
public sealed class RecordedFactsTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd");

    static string Tomorrow => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(1).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_date_of_what_happened_is_never_after_today_and_an_earlier_one_needs_the_reason_kept_on_the_event()
    {
        var created = await Host.SendAs(People.SecretariatA, HttpMethod.Post, "/api/programmes", ProgrammeStory.Creation(), 201);
        var id = (await created.Read<Wolverine.Http.CreationResponse<Guid>>()).Value;
        var programme = (await Host.GetJson<Oversight.Programmes.Details.ProgrammeView>($"/api/programmes/{id}", People.SecretariatA)).Programme;
        var delegation = ProgrammeStory.Delegation(programme);

        var future = await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"/api/programmes/{id}/delegation",
            delegation with { DecisionDate = DateOnly.Parse(Tomorrow), DateReason = null }, 400);
        (await future.ReadAsTextAsync()).ShouldContain("không được sau hôm nay");
        var unexplained = await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"/api/programmes/{id}/delegation", delegation with { DateReason = " " }, 400);
        (await unexplained.ReadAsTextAsync()).ShouldContain("dateReason");
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"/api/programmes/{id}/delegation", delegation, 204);

        await using var session = CouncilA();
        var established = (await session.Events.FetchStreamAsync(id)).Select(e => e.Data).OfType<DelegationEstablished>().Single();
        (established.DecisionDate, established.DateReason).ShouldBe((ProgrammeStory.DecisionDate, ProgrammeStory.Entered));
        var audit = await (await Host.Scenario(scenario => scenario.Get.Url($"/cuoc-giam-sat/{id}/nhat-ky"))).ReadAsTextAsync();
        audit.ShouldContain(ProgrammeStory.Entered);
    }

    [Fact]
    public async Task An_agencys_answer_is_dated_by_the_server_and_the_secretariat_records_a_paper_one_with_its_reason()
    {
        var world = await World.Plan(Host, People.SecretariatA, member: null);
        var url = $"/api/recommendations/{world.RecommendationId}/explanation";
        var backdated = await Host.SendAs(People.AgencyA, HttpMethod.Post, url,
            new { explanation = "Chưa đủ kinh phí", outsideCompetence = false, on = "2024-07-10", dateReason = "Muốn ghi ngày cũ" }, 400);
        (await backdated.ReadAsTextAsync()).ShouldContain("chỉ Văn phòng HĐND");
        await Host.SendAs(People.AgencyA, HttpMethod.Post, url, new { explanation = "Chưa đủ kinh phí", outsideCompetence = false, on = Tomorrow }, 400);
        await Host.SendAs(People.AgencyA, HttpMethod.Post, url, new { explanation = "Chưa đủ kinh phí", outsideCompetence = false }, 204);

        await using var session = CouncilA();
        var explained = (await session.Events.FetchStreamAsync(world.RecommendationId)).Select(e => e.Data).OfType<ExplanationSubmitted>().Single();
        (explained.On.ToString("yyyy-MM-dd"), explained.DateReason).ShouldBe((Today, null));
    }

    [Fact]
    public async Task Minutes_of_a_session_that_has_not_taken_place_are_refused()
    {
        var world = await World.Plan(Host, People.SecretariatA, member: null);
        var later = await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"/api/programmes/{world.ProgrammeId}/activities",
            new { kind = "FieldSurvey", date = Tomorrow, place = "Trung tâm Công tác xã hội tỉnh", agencyId = world.AgencyId }, 201);
        var activityId = (await later.Read<Wolverine.Http.CreationResponse<Guid>>()).Value;
        var refused = await Host.SendAs(People.SecretariatA, HttpMethod.Put, $"/api/programmes/{world.ProgrammeId}/activities/{activityId}/minutes",
            new { reportPresented = "Báo cáo" }, 409);
        (await refused.ReadAsTextAsync()).ShouldContain("chưa diễn ra");
    }

    [Fact]
    public async Task Direction_controls_are_refused_in_names_and_numbers_and_stripped_from_file_names()
    {
        const string reversed = "Sở Tài chính\u202Egpj.exe";
        var creation = ProgrammeStory.Creation();
        (await (await Host.SendAs(People.SecretariatA, HttpMethod.Post, "/api/programmes", creation with { Agencies = [reversed] }, 400)).ReadAsTextAsync())
            .ShouldContain("ký tự điều khiển hướng chữ");
        await Host.SendAs(People.AdminA, HttpMethod.Post, "/api/accounts",
            new { userName = "nguoi.moi", fullName = "Nguyễn \u2067Văn\u2069 A", role = "Viewer", password = "mot cau de nho hon nhieu" }, 400);

        var world = await World.Plan(Host, People.SecretariatA, member: null);
        var programme = (await Host.GetJson<Oversight.Programmes.Details.ProgrammeView>($"/api/programmes/{world.ProgrammeId}", People.SecretariatA)).Programme;
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"/api/programmes/{world.ProgrammeId}/delegation/members",
            new { member = new { name = "Trần \u202EThị B", role = "Member" }, reason = "Bổ sung" }, 400);
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"/api/programmes/{world.ProgrammeId}/agency-reports/{programme.Agencies[0].Id}",
            new { receivedOn = Today, documentNumber = "15\u202E/BC", summary = "Báo cáo" }, 400);

        var form = new MultipartFormDataContent { { new StringContent("Báo cáo tiến độ"), "text" }, { new ByteArrayContent("%PDF"u8.ToArray()), "files", "bao-cao\u202Efdp.pdf" } };
        await Host.Scenario(scenario =>
        {
            scenario.As(People.AgencyA);
            scenario.Post.MultipartFormData(form).ToUrl($"/api/recommendations/{world.RecommendationId}/progress");
            scenario.StatusCodeShouldBe(204);
        });
        await using var session = CouncilA();
        (await session.Query<Oversight.Recommendations.FollowUp.EvidenceFile>().ToListAsync()).ShouldContain(file => file.FileName == "bao-caofdp.pdf");
    }

    [Fact]
    public async Task The_all_zero_id_in_any_route_is_a_404()
    {
        var routes = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.Parameters.Any(parameter => parameter.Name.EndsWith("Id", StringComparison.OrdinalIgnoreCase)
                || parameter.Name == "id"))
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (method, template: "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct().ToList();
        routes.Count.ShouldBeGreaterThan(30);
        var wrong = new List<string>();
        foreach (var (method, template) in routes)
        {
            var url = System.Text.RegularExpressions.Regex.Replace(template, @"\{(\w+)(:[^}]*)?\??\}", match => match.Groups[1].Value switch
            {
                "template" => "ke-hoach-giam-sat.docx",
                "council" => People.CouncilA,
                "tokenId" => "000000000000",
                _ => Guid.Empty.ToString(),
            });
            var status = (await Host.Scenario(scenario =>
            {
                scenario.As(People.SecretariatA);
                var request = method switch { "GET" => scenario.Get, "POST" => scenario.Post, "PUT" => scenario.Put, _ => scenario.Delete };
                if (method is "GET" or "DELETE")
                {
                    request.Url(url);
                }
                else
                {
                    request.Json(new { }).ToUrl(url);
                }

                scenario.IgnoreStatusCode();
            })).Context.Response.StatusCode;
            if (status != 404)
            {
                wrong.Add($"{method} {url}: {status}");
            }
        }

        wrong.ShouldBeEmpty();
    }
}
