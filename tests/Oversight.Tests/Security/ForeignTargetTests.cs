using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Alba;
using Marten;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Accounts;
using Oversight.Programmes.Timeline;
using Oversight.Tests.Support;

namespace Oversight.Tests.Security;

/// <summary>
/// Generated from the app's own route table and page handlers: every API command and every page handler, as every
/// role, aimed at the caller's own records with another programme's or another agency's ids put in every field that
/// binds an id; and, for the roles bound to their own records, aimed through the route at the other records. The
/// other programme and the other agency's recommendation never change.
/// </summary>
public sealed partial class ForeignTargetTests(AppFixture fixture) : IntegrationContext(fixture)
{
    const string OtherTitle = "Giám sát việc quản lý ngân sách ở Sở Tài chính";

    World own = null!;
    World other = null!;

    [Fact]
    public async Task Every_API_command_leaves_another_programme_and_another_agencys_recommendation_as_they_were()
    {
        await Build();
        var commands = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => (endpoint, allow: endpoint.Metadata.GetMetadata<AllowAttribute>()))
            .Where(pair => pair.allow is { TargetDecidedByEndpoint: true, OwnRecordsOnly: false })
            .Select(pair => (Method: pair.endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods[0],
                Template: "/" + pair.endpoint.RoutePattern.RawText!.TrimStart('/'), Command: pair.allow!.GetType().GetGenericArguments()[0]))
            .ToList();
        commands.Count.ShouldBeGreaterThan(35);
        var before = await Snapshot();
        var wrong = new List<string>();
        foreach (var (method, template, command) in commands)
        {
            foreach (var person in People.OfEachRole)
            {
                // The caller's own records in the route, the other ones in every id of the body.
                var status = await Call(person, method, Fill(template, own), Body(command));
                if (status >= 500)
                {
                    wrong.Add($"{method} {template} ({command.Name}) as {person.Role}: {status}");
                }
            }

            // Through the route, the other records themselves, for the two roles bound to their own (a route that names no record, such as
            // the person's own account, cannot be aimed at another's).
            foreach (var person in template.Contains('{') ? new[] { People.MemberA, People.AgencyA } : [])
            {
                var status = await Call(person, method, Fill(template, other), Body(command));
                if (status is not (403 or 404 or 400 or 409 or 415))
                {
                    wrong.Add($"{method} {Fill(template, other)} ({command.Name}) as {person.Role}: {status}, expected a refusal");
                }
            }
        }

        wrong.ShouldBeEmpty();
        (await Snapshot()).ShouldBe(before);
    }

    [Fact]
    public async Task Every_page_handler_leaves_another_programme_and_another_agencys_recommendation_as_they_were()
    {
        await Build();
        var pages = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.Parameters.Count > 0
                && endpoint.RoutePattern.Parameters.All(parameter => parameter.Name is "id" or "activityId" or "recommendationId"))
            .Select(endpoint => (Route: "/" + endpoint.RoutePattern.RawText!.TrimStart('/'), Page: endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>()!))
            .Where(page => page.Page is not null)
            .ToList();

        var handlers = pages.Sum(page => page.Page.HandlerMethods.Count(handler => string.Equals(handler.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)));
        handlers.ShouldBeGreaterThan(30);
        var before = await Snapshot();
        var wrong = new List<string>();
        var posted = 0;
        foreach (var person in People.OfEachRole)
        {
            var cookie = await Host.SignIn(person.UserName, People.Password);
            foreach (var (route, page) in pages)
            {
                var url = Fill(route, own);
                var shown = await Host.Scenario(scenario =>
                {
                    scenario.WithCookie(cookie);
                    scenario.Get.Url(url);
                    scenario.IgnoreStatusCode();
                });
                if (shown.Context.Response.StatusCode != 200)
                {
                    continue;
                }

                var html = await shown.ReadAsTextAsync();
                var token = Token().Match(html).Groups[1].Value;
                var antiforgery = shown.Context.Response.Headers.SetCookie.ToString() is { Length: > 0 } set ? set[..set.IndexOf(';')] : null;
                foreach (var handler in page.HandlerMethods.Where(handler => string.Equals(handler.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)))
                {
                    var fields = Fields(page, handler);
                    var answer = await Host.Scenario(scenario =>
                    {
                        scenario.WithCookie(antiforgery is null ? cookie : $"{cookie}; {antiforgery}");
                        scenario.Post.FormData(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token })
                            .ToUrl($"{url}?handler={handler.Name}");
                        scenario.IgnoreStatusCode();
                    });
                    var status = answer.Context.Response.StatusCode;
                    posted++;
                    var text = status == 200 ? await answer.ReadAsTextAsync() : "";
                    if (status >= 500 || text.Contains(OtherTitle))
                    {
                        wrong.Add($"POST {url}?handler={handler.Name} as {person.Role}: {status}{(status == 200 ? ", showing the other records" : "")}");
                    }
                }
            }
        }

        wrong.ShouldBeEmpty();
        (await Snapshot()).ShouldBe(before);
        // Every role that may open the pages has posted every form of them (the member and the agency user only theirs).
        posted.ShouldBeGreaterThan(3 * handlers);
    }

    /// <summary>
    /// The caller's programme (the member is on its delegation, the agency user's agency is supervised and has the recommendation)
    /// and another one, of another agency, whose delegation does not list the member.
    /// </summary>
    async Task Build()
    {
        own = await World.Plan(Host, People.SecretariatA, People.MemberA);
        other = await World.Plan(Host, People.SecretariatA, member: null, title: OtherTitle, agency: "Sở Tài chính");
    }

    /// <summary>Everything recorded about the other programme and its recommendation: events, evidence and issued documents.</summary>
    async Task<string> Snapshot()
    {
        await using var session = Fixture.Store.QuerySession(People.CouncilA);
        var streams = await ProgrammeTimeline.Streams(session, other.ProgrammeId, CancellationToken.None);
        var events = await session.Events.QueryAllRawEvents().Where(e => e.StreamId.IsOneOf(streams)).CountAsync();
        var evidence = await session.Query<Oversight.Recommendations.FollowUp.EvidenceFile>()
            .CountAsync(file => file.RecommendationId == other.RecommendationId);
        var documents = await session.Query<Oversight.Documents.IssuedDocument>().CountAsync(document => document.ProgrammeId == other.ProgrammeId);
        return $"{events} events, {evidence} evidence files, {documents} issued documents";
    }

    /// <summary>A command's JSON body: the other records' ids in every id, plausible values elsewhere.</summary>
    Dictionary<string, object?> Body(Type command) =>
        command.GetProperties().ToDictionary(property => char.ToLowerInvariant(property.Name[0]) + property.Name[1..], property => Value(property.Name, property.PropertyType));

    /// <summary>A page handler's form: its parameters and the page's bound properties, ids pointing at the other records.</summary>
    Dictionary<string, string> Fields(CompiledPageActionDescriptor page, HandlerMethodDescriptor handler)
    {
        var fields = new Dictionary<string, string>();
        foreach (var (name, type) in handler.Parameters.Select(parameter => (parameter.Name, parameter.ParameterType))
                     .Concat(page.BoundProperties.Select(property => (property.BindingInfo?.BinderModelName ?? property.Name, property.ParameterType))))
        {
            if (Value(name, type) is { } value)
            {
                fields[name] = value is IEnumerable list and not string ? string.Join(",", list.Cast<object>()) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
            }
        }

        return fields;
    }

    object? Value(string name, Type type)
    {
        var bare = Nullable.GetUnderlyingType(type) ?? type;
        var lower = name.ToLowerInvariant();
        if (bare == typeof(Guid))
        {
            return lower switch
            {
                _ when lower.Contains("finding") => other.FindingId,
                _ when lower.Contains("activity") => other.ActivityId,
                _ when lower.Contains("agency") => other.AgencyId,
                _ when lower.Contains("recommendation") => other.RecommendationId,
                _ when lower.Contains("document") => other.DocumentId,
                _ when lower.Contains("evidence") => other.EvidenceId,
                _ when lower.Contains("member") || lower.Contains("author") || lower.Contains("head") || lower.Contains("secretary") => other.HeadId,
                _ => other.ProgrammeId,
            };
        }

        if (type != typeof(string) && type.GetInterfaces().Any(face => face.IsGenericType && face.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                && face.GetGenericArguments()[0] == typeof(Guid)))
        {
            return new[] { other.FindingId, other.RecommendationId, other.ProgrammeId };
        }

        return bare switch
        {
            _ when bare == typeof(string) => lower.Contains("template") ? "ke-hoach-giam-sat.docx" : "Nội dung thử nghiệm",
            _ when bare == typeof(DateOnly) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd"),
            _ when bare == typeof(int) => 1,
            _ when bare == typeof(bool) => "true",
            _ when bare.IsEnum => Enum.GetNames(bare)[0],
            _ => null,
        };
    }

    static string Fill(string template, World world) => Regex.Replace(template, @"\{(\w+)(:[^}]*)?\??\}", match => match.Groups[1].Value switch
    {
        "id" => world.ProgrammeId.ToString(),
        "activityId" => world.ActivityId.ToString(),
        "agencyId" => world.AgencyId.ToString(),
        "memberId" => world.HeadId.ToString(),
        "recommendationId" => world.RecommendationId.ToString(),
        "findingId" => world.FindingId.ToString(),
        "documentId" => world.DocumentId.ToString(),
        "evidenceId" => world.EvidenceId.ToString(),
        "template" => "ke-hoach-giam-sat.docx",
        "commentId" => Guid.NewGuid().ToString(),
        _ => match.Value,
    });

    async Task<int> Call(Person person, string method, string url, object body) => (await Host.Scenario(scenario =>
    {
        scenario.As(person);
        var request = method switch { "POST" => scenario.Post, "PUT" => scenario.Put, _ => scenario.Delete };
        if (method == "DELETE")
        {
            request.Url(url);
        }
        else
        {
            request.Json(body, JsonStyle.MinimalApi).ToUrl(url);
        }

        scenario.IgnoreStatusCode();
    })).Context.Response.StatusCode;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
