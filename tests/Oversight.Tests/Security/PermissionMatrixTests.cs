using Alba;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Accounts;
using Oversight.Tests.Support;

namespace Oversight.Tests.Security;

/// <summary>
/// Every route of the app, taken from the app's own endpoint table, called as nobody and as one person of
/// each role: anonymous gets 401 (pages: the sign-in form), a role without the capability 403, a role with it
/// an answer from the endpoint itself (2xx for reads; for writes of empty input, the command's own 4xx).
/// </summary>
public sealed class PermissionMatrixTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly string[] open =
        ["/health/live", "/health/ready", "/openapi/{documentName}.json", "/api/account/sign-in", "/dang-nhap", "/loi/{code:int?}", "/cong-khai/{council}/{programmeId:guid?}",
         "/cong-khai/{council}/giai-trinh/{publishedId:guid?}",
         "/cong-khai/{council}/chat-van/{publishedId:guid?}"];

    sealed record Route(string Method, string Template, Capability? Capability, bool Page);

    IReadOnlyList<Route> Routes()
    {
        var routes = new List<Route>();
        foreach (var endpoint in Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var capability = endpoint.Metadata.GetMetadata<AllowAttribute>()?.Capability;
            var page = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is not null
                || endpoint.Metadata.Any(item => item.GetType().Name == "PageActionDescriptor");
            routes.AddRange(methods.Select(method => new Route(method, template, capability, page)));
        }

        return [.. routes.DistinctBy(route => (route.Method, route.Template))];
    }

    [Fact]
    public void Every_route_declares_who_may_use_it()
    {
        var endpoints = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        endpoints.Count.ShouldBeGreaterThan(60);
        var undeclared = endpoints
            .Where(endpoint => endpoint.Metadata.GetMetadata<AllowAttribute>() is null && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(endpoint => endpoint.RoutePattern.RawText)
            .ToList();
        undeclared.ShouldBeEmpty();
        endpoints.Where(endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.TrimStart('/')).Distinct().Order()
            .ShouldBe(open.Order());
    }

    [Fact]
    public async Task Each_role_gets_exactly_the_API_answers_its_capabilities_allow()
    {
        var world = await World.Plan(Host, People.SecretariatA, People.MemberA, hearingAndQuestioning: true);
        var committeeId = await CommitteeOfAProgramme();
        var apiRoutes = Routes().Where(route => route.Template.StartsWith("/api/") && route.Capability is not null).ToList();
        apiRoutes.Count.ShouldBeGreaterThan(50);
        var wrong = new List<string>();
        foreach (var route in apiRoutes)
        {
            var url = Fill(route.Template, world, committeeId);
            foreach (var person in People.OfEachRole.Cast<Person?>().Append(null))
            {
                var (status, denied) = await Call(route.Method, url, person);
                var allowed = person is not null && Permissions.Allows(person.Role, route.Capability!.Value);
                var expected = person is null ? "401" : !allowed ? "403 (denied)" : route.Method == "GET" ? "2xx" : "the command's own answer";
                var right = person is null ? status == 401
                    : !allowed ? denied
                    : route.Method == "GET" ? status is >= 200 and < 300
                    : status is not 401 and < 500 && !denied;
                if (!right)
                {
                    wrong.Add($"{route.Method} {url} as {person?.Role.ToString() ?? "anonymous"}: {status}, expected {expected}");
                }
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task Each_role_gets_exactly_the_pages_its_capabilities_allow()
    {
        var world = await World.Plan(Host, People.SecretariatA, People.MemberA, hearingAndQuestioning: true);
        // The sign-out page only answers forms; its GET sends people home.
        var pages = Routes().Where(route => route.Page && route.Method == "GET" && route.Capability is not null && route.Template != "/dang-xuat").ToList();
        pages.Count.ShouldBeGreaterThan(15);
        var wrong = new List<string>();
        foreach (var route in pages)
        {
            var url = Fill(route.Template, world);
            foreach (var person in People.OfEachRole.Cast<Person?>().Append(null))
            {
                var result = await Host.Scenario(scenario =>
                {
                    scenario.As(person);
                    scenario.Get.Url(url);
                    scenario.IgnoreStatusCode();
                });
                var status = result.Context.Response.StatusCode;
                var allowed = person is not null && Permissions.Allows(person.Role, route.Capability!.Value);
                var right = person is null
                    ? status == 302 && new Uri(new Uri("http://localhost"), result.Context.Response.Headers.Location.ToString()).AbsolutePath == "/dang-nhap"
                    : allowed ? status == 200 : status == 403;
                if (!right)
                {
                    wrong.Add($"GET {url} as {person?.Role.ToString() ?? "anonymous"}: {status}");
                }
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_JSON_body_of_just_null_is_a_Vietnamese_400_on_every_write()
    {
        var world = await World.Plan(Host, People.SecretariatA, People.MemberA, hearingAndQuestioning: true);
        var writes = Routes().Where(route => route.Template.StartsWith("/api/") && route.Method is "POST" or "PUT" && route.Capability is not null
            && !route.Template.StartsWith("/api/templates/")).ToList();
        writes.Count.ShouldBeGreaterThan(30);
        var wrong = new List<string>();
        foreach (var route in writes)
        {
            var person = People.OfEachRole.First(candidate => Permissions.Allows(candidate.Role, route.Capability!.Value));
            var url = Fill(route.Template, world);
            var result = await Host.Scenario(scenario =>
            {
                scenario.As(person);
                (route.Method == "POST" ? scenario.Post : scenario.Put).Text("null").ToUrl(url);
                scenario.WithRequestHeader("Content-Type", "application/json");
                scenario.IgnoreStatusCode();
            });
            var status = result.Context.Response.StatusCode;
            if (status >= 500 || (status == 400 && !(await result.ReadAsTextAsync()).Contains("Yêu cầu không hợp lệ")))
            {
                wrong.Add($"{route.Method} {url}: {status}");
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_delegation_member_works_only_on_the_programmes_whose_delegation_lists_them()
    {
        var theirs = await World.Plan(Host, People.SecretariatA, People.MemberA, hearingAndQuestioning: true);
        var other = await World.Plan(Host, People.SecretariatA, member: null);

        (await Status("GET", $"/api/programmes/{theirs.ProgrammeId}", People.MemberA)).ShouldBe(200);
        (await Status("GET", $"/api/programmes/{other.ProgrammeId}", People.MemberA)).ShouldBe(403);
        (await Status("GET", $"/cuoc-giam-sat/{other.ProgrammeId}", People.MemberA)).ShouldBe(403);
        (await Status("GET", $"/api/programmes/{other.ProgrammeId}/documents/ke-hoach-giam-sat.docx", People.MemberA)).ShouldBe(403);
        var finding = new { activityId = other.ActivityId, authorId = People.MemberA.Id, kind = "Result", agencyId = other.AgencyId, text = "Ý kiến" };
        (await Status("POST", $"/api/programmes/{other.ProgrammeId}/findings", People.MemberA, finding)).ShouldBe(403);
        // Naming the head as author does not make a member speak for the head: the finding is the member's own.
        (await Status("POST", $"/api/programmes/{theirs.ProgrammeId}/findings", People.MemberA,
            finding with { activityId = theirs.ActivityId, agencyId = theirs.AgencyId, authorId = theirs.HeadId })).ShouldBe(201);
        await using (var session = CouncilA())
        {
            (await session.Query<Oversight.Findings.Finding>().SingleAsync(logged => logged.Text == "Ý kiến")).AuthorId.ShouldBe(People.MemberA.Id);
        }

        var listed = await Host.GetJson<List<Oversight.Programmes.Listing.ProgrammeSummary>>("/api/programmes", People.MemberA);
        listed.Select(programme => programme.Id).ShouldBe([theirs.ProgrammeId]);
    }

    [Fact]
    public async Task An_agency_user_sees_only_what_is_addressed_to_their_agency()
    {
        var world = await World.Plan(Host, People.SecretariatA, member: null);
        var elsewhere = ProgrammeStoryFor("Sở Tài chính");
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, "/api/programmes", elsewhere, 201);

        var requests = await Host.GetJson<List<Oversight.Programmes.AgencyReports.OutstandingReport>>("/api/report-requests", People.AgencyA);
        requests.Single().ProgrammeId.ShouldBe(world.ProgrammeId);
        requests.ShouldAllBe(request => request.AgencyName == People.AgencyA.Agency);
        var calendar = await Host.GetJson<List<Oversight.Programmes.Calendar.CalendarEntry>>("/api/calendar?from=2024-06-01&to=2024-06-30", People.AgencyA);
        calendar.Single().ActivityId.ShouldBe(world.ActivityId);
        (await Status("GET", $"/api/programmes/{world.ProgrammeId}", People.AgencyA)).ShouldBe(403);
        (await Status("GET", "/api/programmes", People.AgencyA)).ShouldBe(403);
        var portal = await Host.Scenario(scenario =>
        {
            scenario.As(People.AgencyA);
            scenario.Get.Url("/kien-nghi");
        });
        (await portal.ReadAsTextAsync()).ShouldContain("Báo cáo Đoàn giám sát đang chờ");
    }

    static Oversight.Programmes.Creating.CreateProgramme ProgrammeStoryFor(string agency) =>
        Programmes.ProgrammeStory.Creation() with { Title = $"Giám sát tại {agency}", Agencies = [agency] };

    async Task<int> Status(string method, string url, Person? person, object? body = null) => (await Call(method, url, person, body)).Status;

    /// <summary>
    /// The status, and whether it is a permission denial: a command may refuse with 403 itself (only the
    /// delegation's secretary merges findings), with its own message instead of the generic one.
    /// </summary>
    async Task<(int Status, bool Denied)> Call(string method, string url, Person? person, object? body = null)
    {
        var result = await Host.Scenario(scenario =>
        {
            scenario.As(person);
            var request = method switch
            {
                "GET" => scenario.Get,
                "POST" => scenario.Post,
                "PUT" => scenario.Put,
                _ => scenario.Delete,
            };
            if (method == "GET" || method == "DELETE")
            {
                request.Url(url);
            }
            else if (url.StartsWith("/api/templates/"))
            {
                request.MultipartFormData(new MultipartFormDataContent { { new ByteArrayContent("không phải docx"u8.ToArray()), "file", "mau.docx" } }).ToUrl(url);
            }
            else
            {
                request.Json(body ?? new { }, JsonStyle.MinimalApi).ToUrl(url);
            }

            scenario.IgnoreStatusCode();
        });
        var status = result.Context.Response.StatusCode;
        return (status, status == 403 && (await result.ReadAsTextAsync()).Contains(Oversight.Web.StatusTexts.DetailFor(403)));
    }

    /// <summary>A committee of council A that a programme is run by, so that it can be read and its removal is refused whatever order the routes come in.</summary>
    async Task<Guid> CommitteeOfAProgramme()
    {
        var committee = await (await Host.Send(HttpMethod.Post, "/api/directory/committees", new { name = "Ban Văn hóa - Xã hội" }, 201)).Read<Oversight.CouncilDirectory.Committee>();
        await Host.Send(HttpMethod.Post, "/api/programmes",
            Programmes.ProgrammeStory.Creation() with { Body = Oversight.Programmes.OverseeingBody.Committee, CommitteeId = committee.Id }, 201);
        return committee.Id;
    }

    static string Fill(string template, World world, Guid? committeeId = null)
    {
        var values = new Dictionary<string, string>
        {
            ["id"] = world.ProgrammeId.ToString(),
            ["activityId"] = world.ActivityId.ToString(),
            ["agencyId"] = world.AgencyId.ToString(),
            ["memberId"] = world.HeadId.ToString(),
            ["recommendationId"] = world.RecommendationId.ToString(),
            ["evidenceId"] = world.EvidenceId.ToString(),
            ["findingId"] = world.FindingId.ToString(),
            ["documentId"] = world.DocumentId.ToString(),
            ["template"] = "ke-hoach-giam-sat.docx",
            ["accountId"] = People.ViewerA.Id.ToString(),
            ["councilId"] = People.CouncilA,
            ["tokenId"] = "000000000000",
            ["notificationId"] = Guid.NewGuid().ToString(), ["commentId"] = Guid.NewGuid().ToString(),
            ["committeeId"] = (committeeId ?? Guid.NewGuid()).ToString(),
            // An account that may sit on delegations: the directory reads it as a person, and has no person without an account to change or remove by that id.
            ["personId"] = People.MemberA.Id.ToString(),
            ["hearingId"] = world.HearingId.ToString(),
            ["commitmentId"] = Guid.NewGuid().ToString(),
            ["notice"] = "thong-bao-moi-giai-trinh.docx",
            ["questioningId"] = world.QuestioningId.ToString(),
            ["questionId"] = world.QuestionId.ToString(),
        };
        return System.Text.RegularExpressions.Regex.Replace(template, @"\{(\w+)(:[^}]*)?\??\}", match =>
            values.TryGetValue(match.Groups[1].Value, out var value) ? value : throw new InvalidOperationException($"No test value for {{{match.Groups[1].Value}}} in {template}"));
    }
}
