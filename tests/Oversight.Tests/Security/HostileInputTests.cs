using System.Text;
using System.Text.RegularExpressions;
using Alba;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Accounts;
using Oversight.Tests.Support;

namespace Oversight.Tests.Security;

/// <summary>
/// Every write and read of the API fed broken, wrong, huge and hostile input: it must answer 4xx with
/// ProblemDetails, never 5xx, and a refused request must store nothing. Text that is accepted must come back
/// safely in pages (escaped) and in documents (valid Word).
/// </summary>
public sealed class HostileInputTests(AppFixture fixture) : IntegrationContext(fixture)
{
    /// <summary>Text that has broken software before: markup, scripts, direction overrides, combining marks, emoji, huge words.</summary>
    public static readonly string[] Texts =
    [
        "<script>alert('x')</script>",
        "\"><img src=x onerror=alert(1)>",
        "{{ 7*7 }} {% for %} ${7*7}",
        "Gia\u0301m sa\u0301t \u202Eđảo chiều\u202C \u200B\u200D",
        "👩‍👩‍👧 🇻🇳 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "'; DROP TABLE mt_events; --",
        "ممنوع עברית",
        new string('đ', 5000),
    ];

    static readonly string[] fields =
    [
        "title", "text", "reason", "note", "remarks", "explanation", "name", "number", "summary", "figures", "place", "signer", "purpose",
        "contents", "overview", "results", "shortcomings", "causes", "documentNumber", "fullName", "agencyName", "scope",
    ];

    static IEnumerable<(string Label, string Body)> Bodies()
    {
        yield return ("malformed", "{\"title\": ");
        yield return ("array", "[1, 2, 3]");
        yield return ("string", "\"giám sát\"");
        yield return ("wrong types", "{\"title\": 5, \"year\": \"hai nghìn\", \"text\": [], \"reason\": {}, \"issuedOn\": \"31/02/2024\", \"agencies\": \"Sở\", \"verdict\": \"Maybe\"}");
        yield return ("extra fields", "{\"zzz\": 1, \"programmeId\": \"00000000-0000-0000-0000-000000000000\", \"tenantId\": \"tinh-b\"}");
        yield return ("nul", "{\"title\": \"a\\u0000b\", \"text\": \"a\\u0000b\", \"reason\": \"a\\u0000b\"}");
        yield return ("lone surrogate", "{\"title\": \"\\ud800\", \"text\": \"\\udfff\"}");
        yield return ("deep", new string('[', 5000) + new string(']', 5000));
        foreach (var (text, index) in Texts.Select((text, index) => (text, index)))
        {
            var body = new StringBuilder("{");
            body.AppendJoin(',', fields.Select(field => $"\"{field}\": {System.Text.Json.JsonSerializer.Serialize(text)}"));
            body.Append(", \"year\": 2024, \"agencies\": [" + System.Text.Json.JsonSerializer.Serialize(text) + "]}");
            yield return ($"text {index}", body.ToString());
        }
    }

    [Fact]
    public async Task Thousands_of_broken_and_hostile_requests_get_clean_4xx_answers_and_change_nothing_they_refuse()
    {
        var world = await World.Plan(Host, People.SecretariatA, People.MemberA, hearingAndQuestioning: true);
        var routes = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<AllowAttribute>() is not null)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (Method: method, Template: "/" + endpoint.RoutePattern.RawText!.TrimStart('/'), endpoint.Metadata.GetMetadata<AllowAttribute>()!.Capability)))
            .Where(route => route.Template.StartsWith("/api/"))
            .Distinct()
            .ToList();
        var sent = 0;
        var wrong = new List<string>();
        foreach (var (method, template, capability) in routes)
        {
            var person = People.OfEachRole.First(candidate => Permissions.Allows(candidate.Role, capability));
            foreach (var url in Urls(template, world))
            {
                var bodies = method is "POST" or "PUT" ? Bodies() : [("none", "")];
                foreach (var (label, body) in bodies)
                {
                    var before = await EventCount();
                    var result = await Host.Scenario(scenario =>
                    {
                        scenario.As(person);
                        var request = method switch { "GET" => scenario.Get, "POST" => scenario.Post, "PUT" => scenario.Put, _ => scenario.Delete };
                        if (method is "POST" or "PUT")
                        {
                            request.Text(body).ToUrl(url);
                            scenario.WithRequestHeader("Content-Type", "application/json");
                        }
                        else
                        {
                            request.Url(url);
                        }

                        scenario.IgnoreStatusCode();
                    });
                    sent++;
                    var status = result.Context.Response.StatusCode;
                    var type = result.Context.Response.ContentType ?? "";
                    if (status >= 500)
                    {
                        wrong.Add($"{method} {url} [{label}]: {status}");
                    }
                    else if (status >= 400 && !type.StartsWith("application/problem+json"))
                    {
                        wrong.Add($"{method} {url} [{label}]: {status} without ProblemDetails ({type})");
                    }
                    else if (status >= 400 && await EventCount() != before)
                    {
                        wrong.Add($"{method} {url} [{label}]: refused with {status} yet stored events");
                    }
                }
            }
        }

        wrong.ShouldBeEmpty();
        sent.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_and_hostile_query_strings_a_400()
    {
        var huge = "{\"title\": \"" + new string('x', (int)Oversight.Web.NullBodies.MaxJsonBytes) + "\"}";
        var result = await Host.Scenario(scenario =>
        {
            scenario.Post.Text(huge).ToUrl("/api/programmes");
            scenario.WithRequestHeader("Content-Type", "application/json");
            scenario.StatusCodeShouldBe(413);
        });
        (await result.ReadAsTextAsync()).ShouldContain("Nội dung quá lớn");

        foreach (var url in new[] { "/api/audit?user=a%00b", "/api/recommendations?q=%00", "/api/programmes?year=hai", "/api/recommendations?status=Unknown",
                     "/api/audit?from=2024-13-45", "/api/calendar?from=2024-01-01&to=2023-01-01" })
        {
            await Host.Scenario(scenario =>
            {
                scenario.Get.Url(url);
                scenario.StatusCodeShouldBe(400);
            });
        }
    }

    [Fact]
    public async Task Accepted_hostile_text_is_shown_escaped_in_pages_and_kept_valid_in_Word_documents()
    {
        var id = (await World.Plan(Host, People.SecretariatA, member: null, string.Concat(Texts.Take(7)))).ProgrammeId;

        var page = await (await Host.Scenario(scenario => scenario.Get.Url($"/cuoc-giam-sat/{id}"))).ReadAsTextAsync();
        page.ShouldNotContain("<script>alert");
        page.ShouldNotContain("<img src=x");
        page.ShouldContain("&lt;script&gt;");

        var document = await (await Host.Scenario(scenario => scenario.Get.Url($"/api/programmes/{id}/documents/de-cuong-bao-cao.docx"))).ReadBytes();
        using var word = WordprocessingDocument.Open(new MemoryStream(document), false);
        new OpenXmlValidator().Validate(word).ShouldBeEmpty();
        word.MainDocumentPart!.Document.Body!.InnerText.ShouldContain("<script>alert('x')</script>");
    }

    [Fact]
    public async Task A_document_the_programme_has_no_data_for_yet_is_a_409_naming_the_template_paragraph()
    {
        var created = await Host.Send(HttpMethod.Post, "/api/programmes", Programmes.ProgrammeStory.Creation(), 201);
        var id = (await created.Read<Wolverine.Http.CreationResponse<Guid>>()).Value;
        var refused = await Host.Scenario(scenario =>
        {
            scenario.Get.Url($"/api/programmes/{id}/documents/de-cuong-bao-cao.docx");
            scenario.StatusCodeShouldBe(409);
        });
        (await refused.ReadAsTextAsync()).ShouldContain("de-cuong-bao-cao.docx");
    }

    [Fact]
    public async Task Uploads_with_path_tricks_wrong_types_or_too_many_bytes_are_refused_or_defused()
    {
        var world = await World.Plan(Host, People.SecretariatA, member: null);
        var url = $"/api/recommendations/{world.RecommendationId}/progress";
        await Upload(url, 204, ("..\\..\\windows\\win.ini.pdf", "%PDF"u8.ToArray()), ("../../etc/passwd.pdf", "%PDF"u8.ToArray()));
        await using (var session = CouncilA())
        {
            var names = (await session.Query<Oversight.Recommendations.FollowUp.EvidenceFile>().ToListAsync()).Select(file => file.FileName).ToList();
            names.ShouldContain("win.ini.pdf");
            names.ShouldContain("passwd.pdf");
            names.ShouldAllBe(name => !name.Contains('/') && !name.Contains('\\'));
        }

        await Upload(url, 400, ("chuong-trinh.exe", "MZ"u8.ToArray()));
        await Upload(url, 400, ("to-qua.pdf", new byte[Oversight.Recommendations.FollowUp.FollowUpRules.MaxFileBytes + 1]));
        await Host.Scenario(scenario =>
        {
            scenario.Post.Text("không phải form").ToUrl(url);
            scenario.WithRequestHeader("Content-Type", "text/plain");
            scenario.StatusCodeShouldBe(415);
        });
        var template = new MultipartFormDataContent { { new ByteArrayContent(new byte[11 * 1024 * 1024]), "file", "../../mau.docx" } };
        await Host.Scenario(scenario =>
        {
            scenario.Post.MultipartFormData(template).ToUrl("/api/templates/ke-hoach-giam-sat.docx");
            scenario.StatusCodeShouldBe(400);
        });
    }

    Task Upload(string url, int status, params (string Name, byte[] Content)[] files) => Host.Scenario(scenario =>
    {
        var form = new MultipartFormDataContent { { new StringContent("Báo cáo tiến độ"), "text" } };
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }

        scenario.Post.MultipartFormData(form).ToUrl(url);
        scenario.StatusCodeShouldBe(status);
    });

    /// <summary>The route with the test world's ids, and with ids of nothing and of nothing-like.</summary>
    static IEnumerable<string> Urls(string template, World world)
    {
        var real = Fill(template, world, unknown: false);
        yield return real;
        if (template.Contains('{'))
        {
            yield return Fill(template, world, unknown: true);
        }
    }

    static string Fill(string template, World world, bool unknown)
    {
        var values = new Dictionary<string, string>
        {
            ["id"] = world.ProgrammeId.ToString(), ["activityId"] = world.ActivityId.ToString(), ["agencyId"] = world.AgencyId.ToString(),
            ["memberId"] = world.HeadId.ToString(), ["recommendationId"] = world.RecommendationId.ToString(), ["findingId"] = world.FindingId.ToString(),
            ["documentId"] = world.DocumentId.ToString(), ["evidenceId"] = world.EvidenceId.ToString(), ["template"] = "ke-hoach-giam-sat.docx",
            ["accountId"] = People.ViewerA.Id.ToString(), ["tokenId"] = "000000000000", ["notificationId"] = Guid.NewGuid().ToString(), ["commentId"] = Guid.NewGuid().ToString(),
            ["committeeId"] = Guid.NewGuid().ToString(), ["personId"] = Guid.NewGuid().ToString(), ["councilId"] = People.CouncilA,
            ["hearingId"] = world.HearingId.ToString(), ["commitmentId"] = Guid.NewGuid().ToString(), ["notice"] = "thong-bao-moi-giai-trinh.docx",
            ["questioningId"] = world.QuestioningId.ToString(), ["questionId"] = world.QuestionId.ToString(),
        };
        return Regex.Replace(template, @"\{(\w+)(:[^}]*)?\??\}", match => unknown
            ? (match.Groups[1].Value == "template" ? "..%2F..%2Fetc%2Fpasswd" : Guid.NewGuid().ToString())
            : values[match.Groups[1].Value]);
    }

    async Task<long> EventCount()
    {
        await using var session = Fixture.Store.QuerySession(People.CouncilA);
        return await session.Events.QueryAllRawEvents().CountAsync();
    }
}
