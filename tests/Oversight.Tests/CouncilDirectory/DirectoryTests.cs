using Alba;
using Marten;
using Oversight.CouncilDirectory;
using Oversight.CouncilDirectory.Agencies;
using Oversight.Tests.Security;
using Oversight.Tests.Support;
using Wolverine.Http;

namespace Oversight.Tests.CouncilDirectory;

/// <summary>The council's directory through the API and its page: agencies, committees, people, each a record with an id.</summary>
public sealed class DirectoryTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly Guid Labour = People.AgencyId(People.CouncilA, Programmes.ProgrammeStory.Agency);
    static readonly Guid Province = People.AgencyId(People.CouncilA, "Ủy ban nhân dân tỉnh");

    [Fact]
    public async Task Agencies_are_added_found_without_diacritics_renamed_and_removed_only_when_nothing_names_them()
    {
        var health = await (await Host.Send(HttpMethod.Post, "/api/directory/agencies", new
        {
            name = "Sở Y tế", shortName = "SYT", aliases = new[] { "Sở Y tế tỉnh A", " " }, level = "Province", parentId = Province,
            emails = new[] { "vanthu@syt.gov.vn" },
        }, 201)).Read<AgencyView>();
        (health.Name, health.ShortName, health.ParentName).ShouldBe(("Sở Y tế", "SYT", "Ủy ban nhân dân tỉnh"));
        health.Aliases.ShouldBe(["Sở Y tế tỉnh A"]);

        // Found by any of its names, typed without diacritics; a name another agency answers to is refused.
        (await Host.GetJson<List<AgencyView>>("/api/directory/agencies?q=so y te tinh a", People.SecretariatA)).Single().Id.ShouldBe(health.Id);
        (await Host.GetJson<List<AgencyView>>("/api/directory/agencies?q=syt", People.AdminA)).Single().Id.ShouldBe(health.Id);
        (await (await Host.Send(HttpMethod.Post, "/api/directory/agencies", new { name = "Sở Khoa học", shortName = "so ld tb-xh", level = "Province" }, 409))
            .ReadAsTextAsync()).ShouldContain("đã là tên của Sở Lao động - Thương binh và Xã hội");
        await Host.Send(HttpMethod.Post, "/api/directory/agencies", new { name = "Sở Y tế", level = "Nope" }, 400);
        await Host.Send(HttpMethod.Post, "/api/directory/agencies", new { name = "Sở Nội vụ", level = "Province", emails = new[] { "không phải e-mail" } }, 400);
        // A parent cannot be one of the agency's own.
        await Host.Send(HttpMethod.Put, $"/api/directory/agencies/{Province}", new { name = "Ủy ban nhân dân tỉnh", level = "Province", parentId = health.Id }, 400);

        var renamed = await (await Host.Send(HttpMethod.Put, $"/api/directory/agencies/{health.Id}",
            new { name = "Sở Y tế tỉnh A", shortName = "SYT", aliases = new[] { "Sở Y tế", "Sở Y tế tỉnh A" }, level = "Province" }, 200)).Read<AgencyView>();
        (renamed.Name, renamed.ParentId).ShouldBe(("Sở Y tế tỉnh A", null));
        renamed.Aliases.ShouldBe(["Sở Y tế"]);

        // The agency an account and a programme name stays; one entered by mistake goes.
        await World.Plan(Host, People.SecretariatA, member: null);
        (await (await Host.Send(HttpMethod.Delete, $"/api/directory/agencies/{Labour}", null, 409)).ReadAsTextAsync())
            .ShouldContain("1 cuộc giám sát, 1 tài khoản");
        await Host.Send(HttpMethod.Delete, $"/api/directory/agencies/{health.Id}", null, 204);
        await Host.Send(HttpMethod.Delete, $"/api/directory/agencies/{health.Id}", null, 404);
        await using var session = CouncilA();
        (await session.Query<Agency>().CountAsync()).ShouldBe(People.Agencies.Count);
    }

    [Fact]
    public async Task Committees_and_people_without_an_account_are_records_the_programmes_pick()
    {
        var law = await (await Host.Send(HttpMethod.Post, "/api/directory/committees", new { name = "Ban Pháp chế", shortName = "BPC" }, 201)).Read<Committee>();
        await Host.Send(HttpMethod.Post, "/api/directory/committees", new { name = "ban phap che" }, 409);
        await Host.Send(HttpMethod.Put, $"/api/directory/committees/{law.Id}", new { name = "Ban Pháp chế HĐND tỉnh", shortName = "BPC" }, 200);
        var person = await (await Host.Send(HttpMethod.Post, "/api/directory/people", new { fullName = "Nguyễn Văn Khách", position = "Chuyên gia" }, 201))
            .Read<DirectoryPerson>();

        var people = await Host.GetJson<List<PersonView>>("/api/directory/people?q=nguoi thu", People.SecretariatA);
        people.Select(found => found.Id).ShouldBe([People.AdminA.Id, People.MemberA.Id, People.SecretariatA.Id], ignoreOrder: true);
        (await Host.GetJson<List<PersonView>>("/api/directory/people?q=nguyen van", People.SecretariatA)).Single().ShouldBe(
            new PersonView(person.Id, "Nguyễn Văn Khách", "Chuyên gia", false, null, null));

        // A committee's programme names it by id; so does a delegation its person: neither can then be removed.
        var created = await Host.Send(HttpMethod.Post, "/api/programmes",
            Programmes.ProgrammeStory.Creation() with { Body = Oversight.Programmes.OverseeingBody.Committee, CommitteeId = law.Id }, 201);
        var id = (await created.Read<CreationResponse<Guid>>()).Value;
        var programme = (await Host.GetJson<Oversight.Programmes.Details.ProgrammeView>($"/api/programmes/{id}", People.SecretariatA)).Programme;
        (programme.CommitteeId, programme.BodyUnit).ShouldBe((law.Id, "Ban Pháp chế HĐND tỉnh"));
        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/delegation", new
        {
            decisionNumber = "3/QĐ-BPC", decisionDate = Programmes.ProgrammeStory.DecisionDate, signer = "Trưởng Ban Pháp chế", dateReason = Programmes.ProgrammeStory.Entered,
            members = new object[] { new { personId = person.Id, role = "Head" } },
        }, 204);
        await Host.Send(HttpMethod.Delete, $"/api/directory/committees/{law.Id}", null, 409);
        await Host.Send(HttpMethod.Delete, $"/api/directory/people/{person.Id}", null, 409);
        var unused = await (await Host.Send(HttpMethod.Post, "/api/directory/committees", new { name = "Ban Dân tộc" }, 201)).Read<Committee>();
        await Host.Send(HttpMethod.Delete, $"/api/directory/committees/{unused.Id}", null, 204);

        // Renaming the person later leaves the delegation as it was established.
        await Host.Send(HttpMethod.Put, $"/api/directory/people/{person.Id}", new { fullName = "Nguyễn Văn Khách Mới" }, 200);
        (await Host.GetJson<Oversight.Programmes.Details.ProgrammeView>($"/api/programmes/{id}", People.SecretariatA)).Programme.Delegation!.Head!
            .ShouldSatisfyAllConditions(head => head.Id.ShouldBe(person.Id), head => head.Name.ShouldBe("Nguyễn Văn Khách"));
    }

    [Fact]
    public async Task The_directory_is_the_council_staffs_and_each_councils_own()
    {
        foreach (var person in new[] { People.MemberA, People.AgencyA, People.ViewerA })
        {
            await Host.Scenario(scenario =>
            {
                scenario.As(person);
                scenario.Get.Url("/api/directory/agencies");
                scenario.StatusCodeShouldBe(403);
            });
        }

        (await Host.GetJson<List<AgencyView>>("/api/directory/agencies", People.SecretariatB)).Select(agency => agency.Id)
            .ShouldBe(People.Agencies.Select(agency => People.AgencyId(People.CouncilB, agency.Name)), ignoreOrder: true);
        await Host.SendAs(People.SecretariatB, HttpMethod.Put, $"/api/directory/agencies/{Labour}", new { name = "Đổi tên", level = "Province" }, 404);
    }

    [Fact]
    public async Task The_directory_page_lists_finds_and_adds_agencies_committees_and_people()
    {
        var cookie = await Host.SignIn(People.SecretariatA.UserName, People.Password);
        var added = await Forms.Post(Host, cookie, "/danh-ba", "AddAgency", new()
        {
            ["Name"] = "Sở Giáo dục và Đào tạo", ["ShortName"] = "Sở GD&ĐT", ["Aliases"] = "Sở Giáo dục\nSGDĐT", ["Level"] = "Province",
            ["ParentId"] = Province.ToString(), ["Emails"] = "vanthu@sgddt.gov.vn",
        });
        added.Context.Response.StatusCode.ShouldBe(302);
        await Forms.Post(Host, cookie, "/danh-ba", "AddCommittee", new() { ["committeeName"] = "Ban Văn hóa - Xã hội" });
        await Forms.Post(Host, cookie, "/danh-ba", "AddPerson", new() { ["fullName"] = "Trần Thị Mai", ["position"] = "Đại biểu HĐND tỉnh" });
        var refused = await Forms.Post(Host, cookie, "/danh-ba", "AddAgency", new() { ["Name"] = "Sở GD-ĐT", ["Level"] = "Province" });
        (refused.Context.Response.StatusCode, await refused.ReadAsTextAsync()).ShouldSatisfyAllConditions(
            answer => answer.Item1.ShouldBe(200), answer => answer.Item2.ShouldContain("đã là tên của Sở Giáo dục và Đào tạo"));

        var page = await (await Host.Scenario(scenario =>
        {
            scenario.WithCookie(cookie);
            scenario.Get.Url("/danh-ba?Q=giao duc");
        })).ReadAsTextAsync();
        var found = page[page.IndexOf("id=\"agencies\"", StringComparison.Ordinal)..];
        found = found[..found.IndexOf("</table>", StringComparison.Ordinal)];
        found.ShouldContain("Sở Giáo dục và Đào tạo");
        found.ShouldNotContain("Sở Tài chính");
        page.ShouldContain("Ban Văn hóa - Xã hội");
        page.ShouldContain("Trần Thị Mai");

        await using var session = CouncilA();
        var education = await session.Query<Agency>().SingleAsync(agency => agency.Name == "Sở Giáo dục và Đào tạo");
        (education.ShortName, education.ParentId).ShouldBe(("Sở GD&ĐT", Province));
        education.Aliases.ShouldBe(["Sở Giáo dục", "SGDĐT"]);
        education.Emails.ShouldBe(["vanthu@sgddt.gov.vn"]);
        var edit = await Forms.Post(Host, cookie, $"/danh-ba/co-quan/{education.Id}", "", new()
        {
            ["Name"] = "Sở Giáo dục và Đào tạo tỉnh A", ["Aliases"] = "Sở Giáo dục và Đào tạo", ["Level"] = "Province",
        });
        edit.Context.Response.StatusCode.ShouldBe(302);
        (await session.LoadAsync<Agency>(education.Id))!.Name.ShouldBe("Sở Giáo dục và Đào tạo tỉnh A");
    }
}
