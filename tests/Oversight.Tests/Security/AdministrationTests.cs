using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Accounts;
using Oversight.Audit;
using Oversight.Councils;
using Oversight.Programmes.Listing;
using Oversight.Programmes.Timeline;
using Oversight.Tests.Support;
using Wolverine;

namespace Oversight.Tests.Security;

public sealed class AdministrationTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task A_system_administrator_adds_a_council_and_its_administrator_who_then_staffs_it()
    {
        await Host.SendAs(People.SystemAdmin, HttpMethod.Post, "/api/councils",
            new { id = "tan-bien", name = "Hội đồng nhân dân xã Tân Biên", place = "Tân Biên", level = "Commune", provinceId = People.CouncilA }, 201);
        await Host.SendAs(People.SystemAdmin, HttpMethod.Post, "/api/councils",
            new { id = "tan-bien", name = "Trùng", place = "x", level = "Province" }, 409);
        await Host.SendAs(People.SystemAdmin, HttpMethod.Post, "/api/accounts",
            new { userName = "quantri.tanbien", fullName = "Quản trị Tân Biên", role = "CouncilAdministrator", councilId = "tan-bien", password = "mat-khau-ban-dau" }, 201);

        var admin = await Host.SignIn("quantri.tanbien", "mat-khau-ban-dau");
        await Host.Scenario(scenario =>
        {
            scenario.WithCookie(admin);
            scenario.Post.Json(new { userName = "thuky.tanbien", fullName = "Thư ký", role = "Secretariat", councilId = People.CouncilA, password = "mat-khau-thu-ky" })
                .ToUrl("/api/accounts");
            scenario.StatusCodeShouldBe(201);
        });
        Fixture.Log.Where("Account {UserName}", "UserName", "thuky.tanbien").Single().Properties["By"].ToString().ShouldBe("\"quantri.tanbien\"");
        var secretary = await Host.SignIn("thuky.tanbien", "mat-khau-thu-ky");
        (await Host.GetJson<Me>("/api/account", secretary)).CouncilId.ShouldBe("tan-bien");
        (await Host.GetJson<List<ProgrammeSummary>>("/api/programmes", secretary)).ShouldBeEmpty();

        await Host.Scenario(scenario =>
        {
            scenario.WithCookie(admin);
            scenario.Post.Json(new { userName = "sys2", fullName = "x", role = "SystemAdministrator", password = "mat-khau-ban-dau" }).ToUrl("/api/accounts");
            scenario.StatusCodeShouldBe(403);
        });
    }

    [Fact]
    public async Task Simultaneous_creations_of_one_user_name_make_one_account_and_clear_409s()
    {
        var statuses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Host.Scenario(scenario =>
        {
            scenario.As(People.AdminA);
            scenario.Post.Json(new { userName = "trung.ten", fullName = "Trùng tên", role = "Viewer", password = "mat-khau-ban-dau" }).ToUrl("/api/accounts");
            scenario.IgnoreStatusCode();
        })));
        statuses.Select(result => result.Context.Response.StatusCode).Order().ShouldBe([201, 409, 409, 409, 409]);
        await using var session = Fixture.Store.QuerySession();
        (await session.Query<Account>().CountAsync(account => account.UserName == "trung.ten")).ShouldBe(1);
    }

    [Fact]
    public async Task A_councils_own_symbols_and_name_go_on_its_documents()
    {
        await Host.SendAs(People.AdminA, HttpMethod.Put, "/api/council",
            new { symbols = new Dictionary<string, string> { ["ke-hoach-giam-sat"] = "KH-HĐND" }, place = "Tỉnh A mới" }, 200);
        (await Host.GetJson<Council>("/api/council", People.AdminA)).Place.ShouldBe("Tỉnh A mới");
        var world = await World.Plan(Host, People.SecretariatA, member: null);

        var view = await Host.GetJson<Oversight.Programmes.Details.ProgrammeView>($"/api/programmes/{world.ProgrammeId}");
        view.Programme.IssuedDocuments.Single().Number.ShouldBe("01/KH-HĐND");
        var data = await (await Host.Scenario(scenario => scenario.Get.Url($"/api/programmes/{world.ProgrammeId}/documents/ke-hoach-giam-sat.docx?data=json")))
            .ReadAsTextAsync();
        data.ShouldContain("Hội đồng nhân dân tỉnh A");
        await Host.SendAs(People.SecretariatA, HttpMethod.Put, "/api/council", new { place = "x" }, 403);
    }

    [Fact]
    public async Task The_officials_term_and_session_a_council_sets_are_who_signs_and_what_its_resolutions_say()
    {
        // A programme with a report, whose draft resolution can be made; loaded first, as the samples bring settings of their own.
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Oversight.Samples.SamplePlayer>().LoadFolder(Oversight.Samples.SamplePlayer.DefaultFolder,
                CancellationToken.None, People.CouncilA);
        }

        var reported = (await Host.GetJson<List<Oversight.Programmes.Listing.ProgrammeSummary>>("/api/programmes?year=2024")).Single().Id;
        // The Ban of a Trưởng Ban is one of the directory's (the samples bring Ban Pháp chế), written as the directory names it.
        var settings = new
        {
            officials = new object[]
            {
                new { name = "Nguyễn Văn A", position = "Chairman" }, new { name = "Trần Thị B", position = "ViceChairman" },
                new { name = "Lê Văn C", position = "CommitteeHead", committee = "ban phap che" },
            },
            term = 19,
            session = 12,
            legalNumbers = new Dictionary<string, string> { ["nghi-quyet-chi-tiet-giam-sat-hdnd"] = "114/2025/UBTVQH15" },
        };
        await Host.SendAs(People.AdminA, HttpMethod.Put, "/api/council", settings, 200);
        var council = await Host.GetJson<Council>("/api/council", People.AdminA);
        council.Officials.Select(official => official.Line).ShouldBe(["Chủ tịch: Nguyễn Văn A", "Phó Chủ tịch: Trần Thị B", "Trưởng Ban Pháp chế: Lê Văn C"]);
        (council.Term, council.Session, council.LegalNumbers["nghi-quyet-chi-tiet-giam-sat-hdnd"]).ShouldBe((19, 12, "114/2025/UBTVQH15"));

        var data = System.Text.Json.Nodes.JsonNode.Parse(await (await Host.Scenario(scenario =>
            scenario.Get.Url($"/api/programmes/{reported}/documents/du-thao-nghi-quyet.docx?data=json"))).ReadAsTextAsync())!;
        data["signature"]!["name"]!.GetValue<string>().ShouldBe("Nguyễn Văn A");
        data["council"]!["term"]!.GetValue<string>().ShouldBe("XIX");
        data["council"]!["session"]!.GetValue<string>().ShouldBe("12");

        // An office of a Ban the council does not have, two chairs, or a number for a basis the configuration does not leave to the council: 400, nothing changed.
        await Host.SendAs(People.AdminA, HttpMethod.Put, "/api/council", new { officials = new[] { new { name = "Phạm D", position = "CommitteeHead", committee = "Ban Dân tộc" } } }, 400);
        await Host.SendAs(People.AdminA, HttpMethod.Put, "/api/council",
            new { officials = new[] { new { name = "X", position = "Chairman" }, new { name = "Y", position = "Chairman" } } }, 400);
        await Host.SendAs(People.AdminA, HttpMethod.Put, "/api/council", new { legalNumbers = new Dictionary<string, string> { ["luat-khac"] = "1/2026/QH15" } }, 400);
        (await Host.GetJson<Council>("/api/council", People.AdminA)).Officials.Count.ShouldBe(3);
    }

    [Fact]
    public async Task The_audit_trail_names_who_did_what_and_when_and_filters_by_person_programme_and_date()
    {
        var world = await World.Plan(Host, People.SecretariatA, People.MemberA);
        await Host.SendAs(People.MemberA, HttpMethod.Post, $"/api/programmes/{world.ProgrammeId}/findings",
            new { activityId = world.ActivityId, authorId = People.MemberA.Id, kind = "Shortcoming", agencyId = world.AgencyId, text = "Còn chậm chi trả" }, 201);

        var all = await Host.GetJson<List<AuditEntry>>("/api/audit", People.AdminA);
        all.Count.ShouldBeGreaterThanOrEqualTo(6);
        all.ShouldAllBe(entry => entry.UserName != null && entry.CorrelationId != null && entry.ProgrammeId == world.ProgrammeId);
        all.Select(entry => entry.Sequence).ShouldBeInOrder(SortDirection.Descending);
        all[0].ShouldSatisfyAllConditions(
            entry => entry.UserName.ShouldBe(People.MemberA.UserName),
            entry => entry.FullName.ShouldBe(People.MemberA.FullName),
            entry => entry.What.ShouldContain("Ghi ý kiến"));
        all.Where(entry => entry.UserName == People.SecretariatA.UserName).Select(entry => entry.What)
            .ShouldContain(what => what.StartsWith("Tạo cuộc giám sát"));

        (await Host.GetJson<List<AuditEntry>>($"/api/audit?user={People.MemberA.UserName}", People.AdminA)).Count.ShouldBe(1);
        (await Host.GetJson<List<AuditEntry>>($"/api/audit?programme={Guid.NewGuid()}", People.AdminA)).ShouldBeEmpty();
        (await Host.GetJson<List<AuditEntry>>("/api/audit?from=2099-01-01", People.AdminA)).ShouldBeEmpty();
        var today = Oversight.Common.VietnamTime.Today(TimeProvider.System).ToString("yyyy-MM-dd");
        (await Host.GetJson<List<AuditEntry>>($"/api/audit?from={today}&to={today}", People.AdminA)).Count.ShouldBe(all.Count);
        await Host.SendAs(People.AdminA, HttpMethod.Post, "/api/councils", new { }, 403);

        var timeline = await Host.GetJson<List<TimelineEntry>>($"/api/programmes/{world.ProgrammeId}/timeline");
        timeline.ShouldAllBe(entry => entry.By == People.SecretariatA.UserName || entry.By == People.MemberA.UserName);

        var page = await Host.Scenario(scenario =>
        {
            scenario.As(People.AdminA);
            scenario.Get.Url($"/nhat-ky?person={People.MemberA.UserName}");
        });
        (await page.ReadAsTextAsync()).ShouldContain(People.MemberA.FullName);
    }

    [Fact]
    public async Task The_first_administrator_comes_from_configuration_only_when_there_is_none()
    {
        await using (var session = Fixture.Store.LightweightSession())
        {
            session.DeleteWhere<Account>(account => account.Role == Role.SystemAdministrator);
            await session.SaveChangesAsync();
        }

        await using (var configured = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Oversight", Fixture.ConnectionString);
            builder.UseSetting("Administrator:UserName", "quantri.dau.tien");
            builder.UseSetting("Administrator:Password", "mat-khau-cau-hinh");
            builder.ConfigureServices(services => services.RunWolverineInSoloMode());
        }))
        {
            await configured.SignIn("quantri.dau.tien", "mat-khau-cau-hinh");
        }

        await using var query = Fixture.Store.QuerySession();
        (await query.Query<Account>().SingleAsync(account => account.Role == Role.SystemAdministrator)).UserName.ShouldBe("quantri.dau.tien");
    }

    [Fact]
    public async Task The_command_line_adds_councils_and_accounts_with_the_password_from_the_environment()
    {
        using var data = new TestFolder("cli");
        var environment = new Dictionary<string, string> { ["Database__DataFolder"] = data.Path, ["OVERSIGHT_PASSWORD"] = "mat-khau-dong-lenh" };
        var (added, addOutput) = await AppProcess.Run(environment, "councils", "add", "ha-nam", "--name", "Hội đồng nhân dân tỉnh Hà Nam", "--place", "Hà Nam");
        added.ShouldBe(0, addOutput);
        addOutput.ShouldContain("Đã thêm Hội đồng nhân dân tỉnh Hà Nam");
        var (created, createOutput) = await AppProcess.Run(environment, "accounts", "quantri", "--full-name", "Quản trị hệ thống");
        created.ShouldBe(0, createOutput);
        createOutput.ShouldContain("Đã tạo tài khoản quantri");
        var (listed, listOutput) = await AppProcess.Run(environment, "councils", "list");
        listed.ShouldBe(0, listOutput);
        listOutput.ShouldContain("ha-nam");

        var (refused, refusedOutput) = await AppProcess.Run(new Dictionary<string, string>(environment) { ["OVERSIGHT_PASSWORD"] = "ngan" }, "accounts", "quantri2");
        refused.ShouldNotBe(0);
        refusedOutput.ShouldContain("Mật khẩu phải có ít nhất");
    }
}
