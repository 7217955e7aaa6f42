using Alba;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Accounts;
using Oversight.Audit;
using Oversight.Councils;
using Oversight.Programmes.Listing;
using Oversight.Tests.Support;

namespace Oversight.Tests.Security;

/// <summary>Two councils in one database: nothing of one can be read or changed from the other, whatever the request says.</summary>
public sealed class IsolationTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task Every_route_with_another_councils_ids_answers_not_found_and_changes_nothing()
    {
        var world = await World.Plan(Host, People.SecretariatA, People.MemberA);
        var before = await EventCount(People.CouncilA);
        // Council B's people: its secretariat, and a delegation member for what only members do (commenting on a draft, the head's approval).
        var memberB = new Person("daibieu.b", Role.DelegationMember, People.CouncilB);
        await using (var session = Fixture.Store.LightweightSession())
        {
            People.Add(session, memberB, DateTimeOffset.UtcNow);
            await session.SaveChangesAsync();
        }

        var routes = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => (Template: "/" + endpoint.RoutePattern.RawText!.TrimStart('/'),
                Methods: endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"],
                Caller: endpoint.Metadata.GetMetadata<AllowAttribute>() is { } allow && !Permissions.Allows(Role.Secretariat, allow.Capability)
                    ? memberB : People.SecretariatB))
            .Where(route => route.Template.Contains("{id") || route.Template.Contains("{findingId") || route.Template.Contains("{documentId")
                || route.Template.Contains("{recommendationId") || route.Template.Contains("{evidenceId"))
            .SelectMany(route => route.Methods.Select(method => (Method: method, route.Template, route.Caller)))
            .Distinct()
            .ToList();
        routes.Count.ShouldBeGreaterThan(40);

        var leaks = new List<string>();
        foreach (var (method, template, caller) in routes)
        {
            var url = template.Replace("{id}", world.ProgrammeId.ToString()).Replace("{id:guid}", world.ProgrammeId.ToString())
                .Replace("{activityId}", world.ActivityId.ToString()).Replace("{activityId:guid}", world.ActivityId.ToString())
                .Replace("{agencyId}", world.AgencyId.ToString()).Replace("{memberId}", world.HeadId.ToString())
                .Replace("{findingId}", world.FindingId.ToString()).Replace("{documentId}", world.DocumentId.ToString())
                .Replace("{recommendationId}", world.RecommendationId.ToString()).Replace("{evidenceId}", world.EvidenceId.ToString())
                .Replace("{template}", "ke-hoach-giam-sat.docx").Replace("{commentId}", Guid.NewGuid().ToString());
            var result = await Host.Scenario(scenario =>
            {
                scenario.As(caller);
                var request = method switch { "GET" => scenario.Get, "POST" => scenario.Post, "PUT" => scenario.Put, _ => scenario.Delete };
                if (method is "GET" or "DELETE")
                {
                    request.Url(url);
                }
                else if (template.EndsWith("/progress") || template.EndsWith("/completion"))
                {
                    request.MultipartFormData(new MultipartFormDataContent { { new StringContent("Báo cáo từ HĐND khác"), "text" } }).ToUrl(url);
                }
                else
                {
                    request.Json(Body(template, world), JsonStyle.MinimalApi).ToUrl(url);
                }

                scenario.IgnoreStatusCode();
            });
            if (result.Context.Response.StatusCode != 404)
            {
                leaks.Add($"{method} {url}: {result.Context.Response.StatusCode}");
            }
        }

        leaks.ShouldBeEmpty();
        (await EventCount(People.CouncilA)).ShouldBe(before);
    }

    [Fact]
    public async Task Lists_calendars_audit_and_templates_show_only_the_own_council()
    {
        var world = await World.Plan(Host, People.SecretariatA, People.MemberA);

        (await Host.GetJson<List<ProgrammeSummary>>("/api/programmes", People.SecretariatB)).ShouldBeEmpty();
        (await Host.GetJson<List<Oversight.Programmes.Calendar.CalendarEntry>>("/api/calendar?from=2024-01-01&to=2024-12-31", People.SecretariatB)).ShouldBeEmpty();
        (await Host.GetJson<List<Oversight.Programmes.AgencyReports.OutstandingReport>>("/api/report-requests", People.SecretariatB)).ShouldBeEmpty();
        (await Host.GetJson<List<AuditEntry>>("/api/audit", People.SecretariatB)).ShouldBeEmpty();
        (await Host.GetJson<List<AuditEntry>>($"/api/audit?programme={world.ProgrammeId}", People.SecretariatB)).ShouldBeEmpty();
        (await Host.GetJson<List<Oversight.Accounts.AccountView>>("/api/accounts", People.AdminB)).ShouldAllBe(account => account.CouncilId == People.CouncilB);

        // The register of document numbers is per council: B's first plan is number 01 although A issued one.
        var b = await World.Plan(Host, People.SecretariatB, member: null);
        var numberInB = (await Host.GetJson<Oversight.Programmes.Details.ProgrammeView>($"/api/programmes/{b.ProgrammeId}", People.SecretariatB))
            .Programme.IssuedDocuments.Single().Number;
        var numberInA = (await Host.GetJson<Oversight.Programmes.Details.ProgrammeView>($"/api/programmes/{world.ProgrammeId}", People.SecretariatA))
            .Programme.IssuedDocuments.Single().Number;
        numberInB.ShouldBe(numberInA);
        numberInB.ShouldStartWith("01/");
        (await Host.GetJson<List<ProgrammeSummary>>("/api/programmes", People.SecretariatB)).Single().Code.ShouldBe("2024-001");
        (await Host.GetJson<List<ProgrammeSummary>>("/api/programmes", People.SecretariatA)).Single().Code.ShouldBe("2024-001");
    }

    [Fact]
    public async Task A_forged_tenant_in_header_query_or_route_changes_nothing()
    {
        var world = await World.Plan(Host, People.SecretariatA, member: null);
        var result = await Host.Scenario(scenario =>
        {
            scenario.As(People.SecretariatB);
            scenario.WithRequestHeader("tenant", People.CouncilA);
            scenario.WithRequestHeader("X-Tenant-Id", People.CouncilA);
            scenario.Get.Url($"/api/programmes/{world.ProgrammeId}?tenant={People.CouncilA}&tenantId={People.CouncilA}&council={People.CouncilA}");
            scenario.StatusCodeShouldBe(404);
        });
        result.ShouldNotBeNull();
        (await Host.GetJson<List<ProgrammeSummary>>($"/api/programmes?tenant={People.CouncilA}&council={People.CouncilA}", People.SecretariatB)).ShouldBeEmpty();

        // A page link crafted with the other council's programme id is a 404 page too.
        await Host.Scenario(scenario =>
        {
            scenario.As(People.SecretariatB);
            scenario.Get.Url($"/cuoc-giam-sat/{world.ProgrammeId}");
            scenario.StatusCodeShouldBe(404);
        });
    }

    [Fact]
    public async Task A_province_sees_its_communes_counts_but_not_their_content()
    {
        var commune = await World.Plan(Host, People.SecretariatCommune, member: null);
        await World.Plan(Host, People.SecretariatB, member: null);

        var figures = await Host.GetJson<List<CommuneFigures>>("/api/communes", People.SecretariatA);
        figures.Single().ShouldSatisfyAllConditions(
            row => row.CouncilId.ShouldBe(People.CommuneA),
            row => row.Programmes.ShouldBe(1),
            row => row.ProgrammesByStatus.ShouldBe(new Dictionary<Oversight.Programmes.ProgrammeStatus, int> { [Oversight.Programmes.ProgrammeStatus.Planned] = 1 }));
        await Host.Scenario(scenario =>
        {
            scenario.As(People.SecretariatA);
            scenario.Get.Url($"/api/programmes/{commune.ProgrammeId}");
            scenario.StatusCodeShouldBe(404);
        });
        (await Host.GetJson<List<CommuneFigures>>("/api/communes", People.SecretariatB)).ShouldBeEmpty();
        (await Host.GetJson<List<CommuneFigures>>("/api/communes", People.SecretariatCommune)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_document_type_but_councils_accounts_and_tokens_belongs_to_a_council()
    {
        var store = (DocumentStore)Fixture.Store;
        // The record of a day's backup is the deployment's, not a council's: it holds no council's data; nor does the record that a
        // council's names were matched with its directory (its id and a date), read for every council at start.
        var global = new[] { typeof(Council), typeof(Account), typeof(ApiToken), typeof(Oversight.Backups.DailyBackupRecord),
            typeof(Oversight.CouncilDirectory.Migration.DirectoryMatched) };
        // Marten keeps its list of mappings to itself; reading it is the only way to catch a type added later.
        var all = typeof(Marten.Storage.StorageFeatures).GetProperty("AllDocumentMappings",
            System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)!;
        var mappings = ((IEnumerable<Marten.Schema.DocumentMapping>)all.GetValue(store.Options.Storage)!)
            .Where(mapping => mapping.DocumentType.Namespace!.StartsWith("Oversight")).ToList();
        mappings.Count.ShouldBeGreaterThan(8);
        foreach (var mapping in mappings)
        {
            mapping.TenancyStyle.ShouldBe(global.Contains(mapping.DocumentType)
                ? JasperFx.MultiTenancy.TenancyStyle.Single
                : JasperFx.MultiTenancy.TenancyStyle.Conjoined, mapping.DocumentType.Name);
        }

        store.Options.Events.TenancyStyle.ShouldBe(JasperFx.MultiTenancy.TenancyStyle.Conjoined);
    }

    static object Body(string template, World world) => template.EndsWith("/findings")
        ? new { activityId = world.ActivityId, authorId = world.HeadId, kind = "Result", agencyId = world.AgencyId, text = "Ý kiến từ HĐND khác" }
        : template.EndsWith("/issued-documents") ? new { template = "ke-hoach-giam-sat.docx" }
        : template.EndsWith("/delegation/members") ? new { member = new { name = "Người lạ", role = "Member" }, reason = "Thử" }
        : new { reason = "Thử từ HĐND khác", note = "x", text = "x" };

    async Task<long> EventCount(string council)
    {
        await using var session = Fixture.Store.QuerySession(council);
        return await session.Events.QueryAllRawEvents().CountAsync();
    }
}
