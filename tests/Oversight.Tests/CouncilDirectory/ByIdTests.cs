using Alba;
using Oversight.Common;
using Oversight.CouncilDirectory.Agencies;
using Oversight.Programmes;
using Oversight.Programmes.Delegations;
using Oversight.Programmes.Details;
using Oversight.Recommendations.Register;
using Oversight.Tests.Security;
using Oversight.Tests.Support;
using Wolverine.Http;

namespace Oversight.Tests.CouncilDirectory;

/// <summary>Agency accounts, programmes and recommendations name the directory's agency by id; delegations name its people by id.</summary>
public sealed class ByIdTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly Guid Labour = People.AgencyId(People.CouncilA, Programmes.ProgrammeStory.Agency);

    [Theory]
    [InlineData("Sở LĐ-TB&XH")]
    [InlineData("SO LAO DONG - THUONG BINH VA XA HOI")]
    [InlineData("sở lao động – thương binh và xã hội")]
    public async Task An_agency_account_bound_by_id_sees_its_items_whatever_spelling_named_the_agency(string spelling)
    {
        var world = await World.Plan(Host, People.SecretariatA, member: null, agency: spelling);
        var programme = (await Host.GetJson<ProgrammeView>($"/api/programmes/{world.ProgrammeId}", People.SecretariatA)).Programme;
        programme.Agencies.Single().ShouldBe(new AgencyRef(Labour, Programmes.ProgrammeStory.Agency, Labour));

        await Sees(world);

        // Renamed in the directory, the agency is the same record: its account still sees it all, and the programme keeps the name it was written with.
        await Host.Send(HttpMethod.Put, $"/api/directory/agencies/{Labour}", new { name = "Sở Nội vụ (đã sáp nhập Sở LĐ-TB&XH)", level = "Province" }, 200);
        await Sees(world);
        (await Host.GetJson<ProgrammeView>($"/api/programmes/{world.ProgrammeId}", People.SecretariatA)).Programme.Agencies.Single().Name
            .ShouldBe(Programmes.ProgrammeStory.Agency);

        // An account of another agency, even one named alike, sees none of it.
        await Host.SendAs(People.AdminA, HttpMethod.Post, "/api/accounts",
            new { userName = "so.taichinh", fullName = "Sở Tài chính", role = "AgencyUser", agencyName = "stc", password = "mat-khau-so-tai-chinh" }, 201);
        var other = await Host.SignIn("so.taichinh", "mat-khau-so-tai-chinh");
        (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations", other)).Items.ShouldBeEmpty();
        (await Host.GetJson<List<Oversight.Programmes.Calendar.CalendarEntry>>("/api/calendar?from=2024-06-01&to=2024-06-30", other)).ShouldBeEmpty();
        await Host.Scenario(scenario =>
        {
            scenario.WithCookie(other);
            scenario.Get.Url($"/api/activities/{world.ActivityId}");
            scenario.StatusCodeShouldBe(403);
        });
    }

    async Task Sees(World world)
    {
        (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations", People.AgencyA)).Items.Single().Id.ShouldBe(world.RecommendationId);
        (await Host.GetJson<List<Oversight.Programmes.Calendar.CalendarEntry>>("/api/calendar?from=2024-06-01&to=2024-06-30", People.AgencyA)).Single().ActivityId
            .ShouldBe(world.ActivityId);
        (await Host.GetJson<List<Oversight.Programmes.AgencyReports.OutstandingReport>>("/api/report-requests", People.AgencyA)).Single().ProgrammeId
            .ShouldBe(world.ProgrammeId);
        await Host.Scenario(scenario =>
        {
            scenario.As(People.AgencyA);
            scenario.Get.Url($"/api/recommendations/{world.RecommendationId}");
            scenario.StatusCodeShouldBeOk();
        });
    }

    [Fact]
    public async Task An_agency_account_is_bound_to_the_agency_picked_or_named_as_the_directory_knows_it()
    {
        var picked = await (await Host.SendAs(People.AdminA, HttpMethod.Post, "/api/accounts",
            new { userName = "vanthu.ldtbxh", fullName = "Văn thư", role = "AgencyUser", agencyId = Labour, password = "mat-khau-van-thu-so" }, 201)).Read<Oversight.Accounts.AccountView>();
        (picked.AgencyId, picked.AgencyName).ShouldBe((Labour, Programmes.ProgrammeStory.Agency));
        var named = await (await Host.SendAs(People.AdminA, HttpMethod.Post, "/api/accounts",
            new { userName = "vanthu2.ldtbxh", fullName = "Văn thư 2", role = "AgencyUser", agencyName = "so ld-tb&xh", password = "mat-khau-van-thu-so" }, 201))
            .Read<Oversight.Accounts.AccountView>();
        named.AgencyId.ShouldBe(Labour);
        (await (await Host.SendAs(People.AdminA, HttpMethod.Post, "/api/accounts",
                new { userName = "vanthu3", fullName = "Văn thư 3", role = "AgencyUser", agencyName = "Sở Xây dựng", password = "mat-khau-van-thu-so" }, 400))
            .ReadAsTextAsync()).ShouldContain("chưa có cơ quan “Sở Xây dựng”");
        // Another council's agency is not one of this council's.
        await Host.SendAs(People.AdminA, HttpMethod.Post, "/api/accounts", new
        {
            userName = "vanthu4", fullName = "Văn thư 4", role = "AgencyUser", agencyId = People.AgencyId(People.CouncilB, "Sở Tài chính"), password = "mat-khau-van-thu-so",
        }, 400);
        var moved = await (await Host.SendAs(People.AdminA, HttpMethod.Put, $"/api/accounts/{picked.Id}",
            new { agencyId = People.AgencyId(People.CouncilA, "Sở Tài chính") }, 200)).Read<Oversight.Accounts.AccountView>();
        (moved.AgencyId, moved.AgencyName).ShouldBe((People.AgencyId(People.CouncilA, "Sở Tài chính"), "Sở Tài chính"));
    }

    [Fact]
    public async Task A_member_is_picked_from_the_councils_people_by_id_and_a_name_alone_links_nobody()
    {
        var expert = await (await Host.Send(HttpMethod.Post, "/api/directory/people", new { fullName = "Lê Văn Chuyên", position = "Chuyên gia" }, 201))
            .Read<Oversight.CouncilDirectory.DirectoryPerson>();
        var picked = await Programme("Giám sát có thành viên chọn theo mã");
        await Host.Send(HttpMethod.Post, $"/api/programmes/{picked}/delegation", Delegation(
            new { personId = People.MemberA.Id, role = "Head" }, new { personId = expert.Id, role = "Member" }, new { name = "Người ghi tên tay", role = "Secretary" }), 204);
        var delegation = (await Host.GetJson<ProgrammeView>($"/api/programmes/{picked}", People.SecretariatA)).Programme.Delegation!;
        delegation.Members.Select(member => (member.Id == People.MemberA.Id, member.Id == expert.Id, member.Name, member.Position)).ShouldBe(
        [
            (true, false, People.MemberA.FullName, null), (false, true, "Lê Văn Chuyên", "Chuyên gia"), (false, false, "Người ghi tên tay", null),
        ]);
        await Host.Scenario(scenario =>
        {
            scenario.As(People.MemberA);
            scenario.Get.Url($"/api/programmes/{picked}");
            scenario.StatusCodeShouldBeOk();
        });

        // The account's name typed by hand is just a name: the programme is not that member's.
        var typed = await Programme("Giám sát có tên gõ tay");
        await Host.Send(HttpMethod.Post, $"/api/programmes/{typed}/delegation", Delegation(new { name = People.MemberA.FullName, role = "Head" }), 204);
        await Host.Scenario(scenario =>
        {
            scenario.As(People.MemberA);
            scenario.Get.Url($"/api/programmes/{typed}");
            scenario.StatusCodeShouldBe(403);
        });

        // Added later by id, the member gets it; someone not among the council's people cannot be added.
        await Host.Send(HttpMethod.Post, $"/api/programmes/{typed}/delegation/members",
            new { member = new { personId = People.MemberA.Id, role = "Member" }, reason = "Bổ sung theo quyết định" }, 204);
        await Host.Scenario(scenario =>
        {
            scenario.As(People.MemberA);
            scenario.Get.Url($"/api/programmes/{typed}");
            scenario.StatusCodeShouldBeOk();
        });
        await Host.Send(HttpMethod.Post, $"/api/programmes/{typed}/delegation/members",
            new { member = new { personId = People.AgencyA.Id, role = "Member" }, reason = "Thử" }, 400);
    }

    async Task<Guid> Programme(string title) =>
        (await (await Host.Send(HttpMethod.Post, "/api/programmes", Programmes.ProgrammeStory.Creation() with { Title = title }, 201)).Read<CreationResponse<Guid>>()).Value;

    static object Delegation(params object[] members) => new
    {
        decisionNumber = "7/QĐ-TTHĐND", decisionDate = Programmes.ProgrammeStory.DecisionDate, signer = "Chủ tịch HĐND tỉnh", dateReason = Programmes.ProgrammeStory.Entered,
        members,
    };
}
