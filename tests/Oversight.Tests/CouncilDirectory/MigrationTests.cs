using Alba;
using Marten;
using Microsoft.Extensions.Logging.Abstractions;
using Oversight.Accounts;
using Oversight.CouncilDirectory;
using Oversight.CouncilDirectory.Agencies;
using Oversight.CouncilDirectory.Migration;
using Oversight.Common;
using Oversight.Councils;
using Oversight.Programmes;
using Oversight.Programmes.Timeline;
using Oversight.Recommendations;
using Oversight.Recommendations.Register;
using Oversight.Tests.Support;

namespace Oversight.Tests.CouncilDirectory;

/// <summary>
/// Data written before the directory (agencies and committees as typed names, agency accounts by name) is matched with it once,
/// by name, short name or alias whatever the case and diacritics; what does not match is reported for the secretariat to pick.
/// </summary>
public sealed class MigrationTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly Guid Labour = People.AgencyId(People.CouncilA, Programmes.ProgrammeStory.Agency);
    static readonly Guid Finance = People.AgencyId(People.CouncilA, "Sở Tài chính");

    /// <summary>An agency account made before the directory: bound to its agency by a name typed otherwise than the directory writes it.</summary>
    static readonly Person formerAgency = new("coquan.cu", Role.AgencyUser, People.CouncilA, "sở lao động – thương binh và xã hội");

    [Fact]
    public async Task Names_are_matched_once_what_is_left_is_reported_and_a_pick_links_every_use_of_a_name()
    {
        var (programmeId, recommendationId) = await Before();
        (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations", formerAgency)).Items.ShouldBeEmpty();

        var pending = await Host.GetJson<MigrationReport>("/api/directory/migration", People.SecretariatA);
        pending.Linkable.ShouldBe(4);
        pending.Agencies.Single().ShouldSatisfyAllConditions(
            name => name.Name.ShouldBe("Sở Xây dựng"),
            name => name.Uses.Single().ShouldBe(new NameUse("Cuộc giám sát 2023-001: Giám sát trước khi có danh bạ", $"/cuoc-giam-sat/{programmeId}")));
        var page = await Page("/danh-ba/doi-chieu");
        page.ShouldContain("“Sở Xây dựng”");
        page.ShouldContain("Giám sát trước khi có danh bạ");

        var report = await (await Host.Send(HttpMethod.Post, "/api/directory/migration", null, 200)).Read<MigrationReport>();
        (report.Linked, report.Committees.Count).ShouldBe((4, 0));
        report.Agencies.Select(name => name.Name).ShouldBe(["Sở Xây dựng"]);

        // The account and the recommendation now name the agency by id: the agency sees its recommendation.
        (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations", formerAgency)).Items.Single().Id.ShouldBe(recommendationId);
        await using (var session = CouncilA())
        {
            var programme = (await session.LoadAsync<Programme>(programmeId))!;
            programme.Agencies.Select(agency => (agency.Name, agency.DirectoryId)).ShouldBe(
                [("Sở LĐ-TB&XH", Labour), ("so tai chinh", Finance), ("Sở Xây dựng", null)]);
            programme.BodyUnit.ShouldBe("ban phap che");
            programme.CommitteeId.ShouldBe((await session.Query<Committee>().SingleAsync()).Id);
            var recommendation = (await session.LoadAsync<Recommendation>(recommendationId))!;
            (recommendation.AgencyName, recommendation.DirectoryAgencyId).ShouldBe(("Sở LĐ-TB&XH", Labour));
            (await session.LoadAsync<Council>(People.CouncilA))!.Committees.ShouldBeEmpty();
        }

        var timeline = await Host.GetJson<List<TimelineEntry>>($"/api/programmes/{programmeId}/timeline", People.SecretariatA);
        timeline.Select(entry => entry.What).ShouldContain("Nối cơ quan “Sở LĐ-TB&XH” với cơ quan trong danh bạ: Sở Lao động - Thương binh và Xã hội");
        timeline.Where(entry => entry.What.StartsWith("Nối")).ShouldAllBe(entry => entry.By == People.SecretariatA.UserName);

        // The secretariat says which agency the name left over is, on the report page: added to the directory as written, then linked.
        var cookie = await Host.SignIn(People.SecretariatA.UserName, People.Password);
        (await Forms.Post(Host, cookie, "/danh-ba/doi-chieu", "NewAgency", new() { ["name"] = "Sở Xây dựng", ["level"] = "Province" }))
            .Context.Response.StatusCode.ShouldBe(302);
        (await Host.GetJson<MigrationReport>("/api/directory/migration", People.SecretariatA)).Complete.ShouldBeTrue();
        (await Page("/danh-ba/doi-chieu")).ShouldContain("Mọi tên đã khớp với danh bạ.");

        // Nothing is matched twice.
        await using var check = CouncilA();
        var events = await check.Events.QueryAllRawEvents().CountAsync();
        (await (await Host.Send(HttpMethod.Post, "/api/directory/migration", null, 200)).Read<MigrationReport>()).Linked.ShouldBe(0);
        (await check.Events.QueryAllRawEvents().CountAsync()).ShouldBe(events);
    }

    [Fact]
    public async Task A_picked_agency_learns_the_name_so_that_it_finds_the_agency_from_then_on()
    {
        var (programmeId, _) = await Before();
        await Host.Send(HttpMethod.Post, "/api/directory/migration", null, 200);
        var building = await (await Host.Send(HttpMethod.Post, "/api/directory/agencies", new { name = "Sở Xây dựng và Quy hoạch", level = "Province" }, 201))
            .Read<AgencyView>();

        var report = await (await Host.Send(HttpMethod.Post, "/api/directory/migration/agency-names", new { name = "Sở Xây dựng", agencyId = building.Id }, 200))
            .Read<MigrationReport>();
        (report.Linked, report.Agencies.Count).ShouldBe((1, 0));
        await Host.Send(HttpMethod.Post, "/api/directory/migration/agency-names", new { name = "Sở Xây dựng", agencyId = building.Id }, 409);
        await Host.Send(HttpMethod.Post, "/api/directory/migration/agency-names", new { name = "Sở Xây dựng", agencyId = Guid.NewGuid() }, 400);
        (await Host.GetJson<AgencyView>($"/api/directory/agencies/{building.Id}", People.SecretariatA)).Aliases.ShouldBe(["Sở Xây dựng"]);
        await using var session = CouncilA();
        (await session.LoadAsync<Programme>(programmeId))!.Agencies[2].ShouldBe(new AgencyRef((await session.LoadAsync<Programme>(programmeId))!.Agencies[2].Id,
            "Sở Xây dựng", building.Id));
        (await Host.GetJson<List<AgencyView>>("/api/directory/agencies?q=so xay dung", People.SecretariatA)).Single().Id.ShouldBe(building.Id);
    }

    [Fact]
    public async Task At_start_each_council_is_matched_once()
    {
        await Before();
        var logger = NullLogger.Instance;

        var first = await MatchingAtStart.MatchAll(Fixture.Store, onlyNew: true, logger, CancellationToken.None);
        first.Select(pass => pass.Council.Id).ShouldBe([People.CouncilA, People.CommuneA, People.CouncilB], ignoreOrder: true);
        first.Single(pass => pass.Council.Id == People.CouncilA).Report.Linked.ShouldBe(4);
        (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations", formerAgency)).Items.Count.ShouldBe(1);

        (await MatchingAtStart.MatchAll(Fixture.Store, onlyNew: true, logger, CancellationToken.None)).ShouldBeEmpty();
        // The command line runs the pass again on demand, for every council or one.
        (await MatchingAtStart.MatchAll(Fixture.Store, onlyNew: false, logger, CancellationToken.None, People.CouncilA)).Single().Report.Agencies.Single()
            .Name.ShouldBe("Sở Xây dựng");
    }

    [Fact]
    public void Matching_ignores_case_diacritics_punctuation_and_spacing_and_reports_a_name_several_agencies_answer_to()
    {
        DirectoryNames.Key("  Sở LĐ-TB&XH ").ShouldBe("so ld tb xh");
        DirectoryNames.Key("SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI").ShouldBe(DirectoryNames.Key("Sở Lao động - Thương binh và Xã hội"));
        var labour = new Agency { Id = Guid.NewGuid(), Name = "Sở Lao động - Thương binh và Xã hội", ShortName = "Sở LĐ-TB&XH" };
        var home = new Agency { Id = Guid.NewGuid(), Name = "Sở Nội vụ", Aliases = ["Sở LĐ TB XH"] };
        var plan = DirectoryMigration.Plan(
            [Programme("Sở Nội vụ", "so noi vu", "Sở Ngoại vụ")], [], [labour], []);
        plan.Agencies.Select(link => link.Named.Name).ShouldBe([]);
        var both = DirectoryMigration.Plan([Programme("sở lđ-tb&xh", "Sở Nội vụ")], [], [labour, home], []);
        both.Agencies.Select(link => (link.Named.Name, link.Agency.Name)).ShouldBe([("Sở Nội vụ", "Sở Nội vụ")]);
        both.UnmatchedAgencies.Single().ShouldSatisfyAllConditions(
            name => name.Name.ShouldBe("sở lđ-tb&xh"), name => name.Candidates.ShouldBe(["Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"]));
    }

    static Programme Programme(params string[] agencies) => new()
    {
        Id = Guid.NewGuid(), Year = 2023, Number = 1, Title = "Cũ", Agencies = [.. agencies.Select(name => new AgencyRef(Guid.NewGuid(), name))],
    };

    /// <summary>What an install made before the directory holds: names typed on a programme, its recommendation and an agency account; the council's committees as names.</summary>
    async Task<(Guid Programme, Guid Recommendation)> Before()
    {
        var programmeId = Guid.CreateVersion7();
        var recommendationId = Guid.CreateVersion7();
        var labour = Guid.CreateVersion7();
        await using var session = Fixture.Store.LightweightSession(People.CouncilA);
        session.Events.StartStream<Programme>(programmeId, new ProgrammeCreated(programmeId, 1, "Giám sát trước khi có danh bạ", 2023, null, [], OverseeingBody.Committee,
            "ban phap che", null, [new AgencyRef(labour, "Sở LĐ-TB&XH"), new AgencyRef(Guid.CreateVersion7(), "so tai chinh"), new AgencyRef(Guid.CreateVersion7(), "Sở Xây dựng")],
            null));
        session.Events.StartStream<Recommendation>(recommendationId, new RecommendationIssued(recommendationId, programmeId, "KN-2023-001-01", labour, "Sở LĐ-TB&XH", [],
            "Rà soát hồ sơ trợ cấp", new DateOnly(2026, 12, 31), [], "5/TB-HĐND", new DateOnly(2023, 11, 20)));
        var council = (await session.LoadAsync<Council>(People.CouncilA))!;
        council.Committees = ["Ban Pháp chế"];
        session.Update(council);
        var account = new Account
        {
            Id = formerAgency.Id, UserName = formerAgency.UserName, FullName = formerAgency.FullName, Role = Role.AgencyUser, CouncilId = People.CouncilA,
            AgencyName = formerAgency.Agency, CreatedAt = DateTimeOffset.UtcNow,
        };
        session.Store(account);
        session.Store(new ApiToken
        {
            Id = ApiTokenAuthentication.Hash(formerAgency.Token), AccountId = account.Id, Name = "tests", CreatedAt = DateTimeOffset.UtcNow, SecurityStamp = account.SecurityStamp,
        });
        await session.SaveChangesAsync();
        return (programmeId, recommendationId);
    }

    async Task<string> Page(string url) => await (await Host.Scenario(scenario =>
    {
        scenario.As(People.SecretariatA);
        scenario.Get.Url(url);
    })).ReadAsTextAsync();
}
