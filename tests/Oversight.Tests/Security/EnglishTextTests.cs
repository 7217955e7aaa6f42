using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alba;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Common;
using Oversight.Accounts;
using Oversight.Programmes.Details;
using Oversight.Programmes.Listing;
using Oversight.Recommendations.Register;
using Oversight.Samples;
using Oversight.Tests.Support;
using Wolverine.Http;

namespace Oversight.Tests.Security;

/// <summary>
/// Nothing in English reaches a person: every page, as nobody and as each role, on the sample programmes, a planned one and a new one
/// (with malformed query strings too), and every ProblemDetails of the API (unknown ids, empty and ill-typed bodies, wrong methods and
/// media types) is read for the words the stack writes (ASP.NET Core, System.Text.Json, Wolverine, Marten, Npgsql, Scriban) and for code
/// names printed as they are (an enum, an event or a type name).
/// </summary>
public sealed partial class EnglishTextTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly HashSet<string> stackWords =
    [
        "Exception", "null", "object", "member", "Cannot", "cannot", "Error", "error", "Unknown", "unknown", "required", "Required", "invalid", "Invalid",
        "undefined", "NaN", "failed", "Failed", "found", "Unexpected", "expected", "System", "Microsoft", "Npgsql", "Marten", "Wolverine", "JasperFx",
        "Scriban", "Guid", "DateOnly", "TimeOnly", "String", "Int32", "Boolean", "The", "the", "value", "field", "was", "not", "must", "is", "at", "of",
        "Stack", "trace", "Request", "Bad", "Server", "Internal", "Forbidden", "Unauthorized", "Conflict", "Precondition", "Validation", "errors",
        "occurred", "Parameter", "Path", "format", "Format", "could", "converted", "Method", "Allowed", "Media", "Unsupported", "Found",
    ];

    /// <summary>Words of this app's own vocabulary that are written the same in Vietnamese.</summary>
    static readonly HashSet<string> ours = ["LibreOffice"];

    [Fact]
    public async Task No_page_as_any_role_shows_a_word_of_the_stacks_English_or_a_code_name()
    {
        var contexts = await Contexts();
        var pages = Routes().Where(route => route.Page && route.Method == "GET" && route.Template != "/dang-xuat").Select(route => route.Template).ToList();
        pages.Count.ShouldBeGreaterThan(25);
        var urls = contexts.SelectMany(values => pages.Select(template => Fill(template, values))).Distinct().ToList();
        urls.AddRange(
        [
            "/kien-nghi?Year=hai-nghin&Status=Nope&Overdue=maybe", "/kien-nghi/thong-ke?Year=abc", "/cuoc-giam-sat?year=abc&status=x&body=y",
            "/nhat-ky?from=31-02-2024&to=x", "/lich?from=abc&to=def", "/cap-xa?year=x", "/khong-co-trang-nay", "/loi/500", "/loi/404", "/loi/409",
            $"/cuoc-giam-sat/{Guid.NewGuid()}", $"/kien-nghi/{Guid.NewGuid()}", "/dang-nhap?het-phien=1",
        ]);
        var found = new List<string>();
        var read = 0;
        foreach (var person in People.OfEachRole.Cast<Person?>().Append(null))
        {
            foreach (var url in urls)
            {
                var result = await Host.Scenario(scenario =>
                {
                    scenario.As(person);
                    scenario.Get.Url(url);
                    scenario.IgnoreStatusCode();
                });
                var status = result.Context.Response.StatusCode;
                // The error page answers with the status it describes.
                if (status >= 500 && !url.StartsWith("/loi/"))
                {
                    found.Add($"{Who(person)} GET {url}: {status}");
                }

                if (!(result.Context.Response.ContentType ?? "").StartsWith("text/html"))
                {
                    continue;
                }

                read++;
                found.AddRange(English(Texts(await result.ReadAsTextAsync())).Select(problem => $"{Who(person)} GET {url} ({status}): {problem}"));
            }
        }

        found.Distinct().ShouldBeEmpty();
        read.ShouldBeGreaterThan(350);
    }

    [Fact]
    public async Task No_ProblemDetails_of_the_API_says_anything_in_English()
    {
        var values = (await Contexts())[0];
        var found = new List<string>();
        var read = 0;
        var calls = Routes().Where(route => route.Template.StartsWith("/api/"))
            .SelectMany(route => new[] { (route.Method, Fill(route.Template, values)), (route.Method, Fill(route.Template, values, unknown: true)) })
            .Distinct()
            .SelectMany(call => call.Method is "POST" or "PUT"
                ? new (string Method, string Url, string? Body)[] { (call.Method, call.Item2, "{}"), (call.Method, call.Item2, WrongTypes), (call.Method, call.Item2, "{\"title\": ") }
                : [(call.Method, call.Item2, null)])
            .Concat<(string Method, string Url, string? Body)>(
            [
                ("GET", "/api/khong-co", null), ("DELETE", "/api/programmes", null), ("POST", "/api/programmes", "<xml/>"),
                ("GET", "/api/recommendations?year=hai-nghin&overdue=maybe", null), ("GET", "/api/recommendations/export?format=pdf", null),
                ("GET", $"/api/programmes/{values["id"]}/documents/khong-co.docx", null),
            ])
            .ToList();
        foreach (var person in People.OfEachRole.Cast<Person?>().Append(null))
        {
            foreach (var (method, url, body) in calls)
            {
                var result = await Host.Scenario(scenario =>
                {
                    scenario.As(person);
                    var request = method switch { "GET" => scenario.Get, "POST" => scenario.Post, "PUT" => scenario.Put, _ => scenario.Delete };
                    if (body is null)
                    {
                        request.Url(url);
                    }
                    else
                    {
                        request.Text(body).ToUrl(url);
                        scenario.WithRequestHeader("Content-Type", body.StartsWith('<') ? "application/xml" : "application/json");
                    }

                    scenario.IgnoreStatusCode();
                });
                if (result.Context.Response.StatusCode < 400)
                {
                    continue;
                }

                var text = await result.ReadAsTextAsync();
                if (!(result.Context.Response.ContentType ?? "").StartsWith("application/problem+json"))
                {
                    found.Add($"{Who(person)} {method} {url}: {result.Context.Response.StatusCode} without ProblemDetails");
                    continue;
                }

                read++;
                found.AddRange(English(ProblemTexts(text)).Select(problem => $"{Who(person)} {method} {url} {body}: {problem}"));
            }
        }

        found.Distinct().ShouldBeEmpty();
        read.ShouldBeGreaterThan(1000);
    }

    [Theory]
    [InlineData("Cannot get the member conclusion.remarks for a null object.", "Cannot, the, member, null, object")]
    [InlineData("The JSON value could not be converted to System.DateOnly.", "The, value, could, not, converted, System, DateOnly")]
    [InlineData("Xem ProgrammeStatus FollowingUp hoặc document_issued", "ProgrammeStatus, FollowingUp, document_issued")]
    [InlineData("Tải Excel · xem PDF · LibreOffice · Đăng nhập một lần (SSO)", "")]
    public void The_scan_tells_the_stacks_English_from_Vietnamese_text(string text, string words) =>
        string.Join(", ", English([text]).Select(problem => problem[..problem.IndexOf(' ')].Trim('“', '”'))).ShouldBe(words);

    [Fact]
    public void The_scan_reads_text_and_the_attributes_people_read_but_not_scripts()
    {
        var texts = Texts("""<p title="Unknown">Giám sát <b>null</b></p><script src="/js/site.js"></script><script>const x = null;</script><input placeholder="required" />""");

        string.Join(", ", English(texts).Select(problem => problem[..problem.IndexOf(' ')].Trim('“', '”'))).ShouldBe("null, Unknown, required");
    }

    const string WrongTypes = """{"title": 5, "year": "hai nghìn", "text": [], "reason": {}, "issuedOn": "31/02/2024", "agencies": "Sở", "verdict": "Maybe", "approve": "có"}""";

    /// <summary>Each English word or code name in the texts, with where it stood.</summary>
    static IEnumerable<string> English(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (Match word in Word().Matches(text))
            {
                if ((stackWords.Contains(word.Value) || Identifier().IsMatch(word.Value)) && !ours.Contains(word.Value))
                {
                    yield return $"“{word.Value}” in “{text.Trim()[..Math.Min(text.Trim().Length, 160)]}”";
                }
            }
        }
    }

    /// <summary>What a person reads of a page: its text nodes and the attributes read out or shown (title, aria-label, placeholder, alt).</summary>
    static IEnumerable<string> Texts(string html)
    {
        html = Hidden().Replace(html, " ");
        foreach (Match text in TextNode().Matches(html))
        {
            yield return WebUtility.HtmlDecode(text.Groups[1].Value);
        }

        foreach (Match attribute in ReadAttribute().Matches(html))
        {
            yield return WebUtility.HtmlDecode(attribute.Groups[1].Value);
        }
    }

    static IEnumerable<string> ProblemTexts(string json)
    {
        using var problem = JsonDocument.Parse(json);
        var root = problem.RootElement;
        foreach (var name in new[] { "title", "detail" })
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                yield return value.GetString()!;
            }
        }

        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in errors.EnumerateObject())
            {
                foreach (var message in field.Value.EnumerateArray())
                {
                    yield return message.GetString()!;
                }
            }
        }
    }

    /// <summary>
    /// Route values for three programmes: the Hà Nam sample following up its recommendations, a planned one whose delegation lists the
    /// member, and one just created (no document has its data yet).
    /// </summary>
    async Task<List<Dictionary<string, string>>> Contexts()
    {
        // Its own title: the sample player skips a story whose title and year a programme already has.
        var world = await World.Plan(Host, People.SecretariatA, People.MemberA, "Giám sát để đọc mọi trang", hearingAndQuestioning: true);
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(SamplePlayer.DefaultFolder, CancellationToken.None, People.CouncilA);
        }

        var sample = (await Host.GetJson<List<ProgrammeSummary>>("/api/programmes?year=2024")).Single(programme => programme.Id != world.ProgrammeId);
        var sampleView = (await Host.GetJson<ProgrammeView>($"/api/programmes/{sample.Id}")).Programme;
        var recommendation = (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations")).Items.First(row => row.ProgrammeId == sample.Id);
        await Host.Send(HttpMethod.Post, $"/api/programmes/{sample.Id}/publication", null, 204);
        // An amended finding: its event names no programme, and the council's audit trail must still say it in Vietnamese.
        await Host.Send(HttpMethod.Put, $"/api/findings/{world.FindingId}",
            new { authorId = world.HeadId, kind = "Result", agencyId = world.AgencyId, text = "Chi trả trợ cấp đúng đối tượng, kịp thời" }, 204);
        var created = await Host.Send(HttpMethod.Post, "/api/programmes", Programmes.ProgrammeStory.Creation() with { Title = "Giám sát vừa tạo" }, 201);
        var fresh = (await created.Read<CreationResponse<Guid>>()).Value;
        Dictionary<string, string> Values(Guid programme, Guid activity, Guid recommendationId, string template) => new()
        {
            ["id"] = programme.ToString(), ["programmeId"] = programme.ToString(), ["activityId"] = activity.ToString(), ["agencyId"] = world.AgencyId.ToString(),
            ["memberId"] = world.HeadId.ToString(), ["recommendationId"] = recommendationId.ToString(), ["findingId"] = world.FindingId.ToString(),
            ["documentId"] = world.DocumentId.ToString(), ["evidenceId"] = world.EvidenceId.ToString(), ["template"] = template,
            ["accountId"] = People.ViewerA.Id.ToString(), ["tokenId"] = "000000000000", ["notificationId"] = Guid.NewGuid().ToString(), ["commentId"] = Guid.NewGuid().ToString(),
            ["council"] = People.CouncilA, ["councilId"] = People.CouncilA, ["code"] = "", ["committeeId"] = Guid.NewGuid().ToString(), ["personId"] = Guid.NewGuid().ToString(),
            ["hearingId"] = world.HearingId.ToString(), ["commitmentId"] = Guid.NewGuid().ToString(), ["publishedId"] = "",
            ["notice"] = "thong-bao-ket-luan-giai-trinh.docx",
            ["questioningId"] = world.QuestioningId.ToString(), ["questionId"] = world.QuestionId.ToString(),
        };

        return
        [
            Values(world.ProgrammeId, world.ActivityId, world.RecommendationId, "thong-bao-ket-luan.docx"),
            Values(sample.Id, sampleView.Activities[0].Id, recommendation.Id, "ke-hoach-giam-sat.docx"),
            Values(fresh, world.ActivityId, recommendation.Id, "bien-ban-lam-viec.docx"),
        ];
    }

    sealed record Route(string Method, string Template, bool Page);

    IReadOnlyList<Route> Routes() =>
    [
        .. Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new Route(method, "/" + endpoint.RoutePattern.RawText!.TrimStart('/'),
                    endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is not null
                    || endpoint.Metadata.Any(item => item.GetType().Name == "PageActionDescriptor"))))
            .DistinctBy(route => (route.Method, route.Template)),
    ];

    static string Fill(string template, IReadOnlyDictionary<string, string> values, bool unknown = false) =>
        RouteValue().Replace(template, match => unknown && match.Groups[1].Value != "council"
            ? (match.Groups[1].Value == "template" ? "khong-co.docx" : Guid.NewGuid().ToString())
            : values.TryGetValue(match.Groups[1].Value, out var value) ? value : throw new InvalidOperationException($"No value for {match.Value} in {template}"));

    static string Who(Person? person) => person?.Role.ToString() ?? "anonymous";

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\??\}")]
    private static partial Regex RouteValue();

    [GeneratedRegex(@"[\p{L}_]+")]
    private static partial Regex Word();

    /// <summary>A code name: PascalCase with two capitals or more (FollowingUp, ReminderSent), or snake_case (document_issued).</summary>
    [GeneratedRegex(@"^(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[a-z]+_[a-z_]+)$")]
    private static partial Regex Identifier();

    /// <summary>What no person reads as prose: scripts, styles, comments, and code shown as code (the template field guide's tags).</summary>
    [GeneratedRegex(@"<(script|style|svg:style)\b[^>]*>.*?</\1>|<!--.*?-->|<(td|span|code)\b[^>]*\bclass=""code\b[^""]*""[^>]*>.*?</\2>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex(@">([^<]+)<")]
    private static partial Regex TextNode();

    [GeneratedRegex(@"\s(?:title|aria-label|placeholder|alt)=""([^""]*)""")]
    private static partial Regex ReadAttribute();
}
