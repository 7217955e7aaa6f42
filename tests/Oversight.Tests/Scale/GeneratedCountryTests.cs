using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Oversight.Common;
using Oversight.Hosting;
using Oversight.Pages.Recommendations;
using Oversight.Recommendations.Register;
using Oversight.Scale;
using Oversight.Tests.Support;

namespace Oversight.Tests.Scale;

/// <summary>
/// The scale benchmark's generator (bench/scale) writes events without the app's commands: a small country of
/// its making must read in the app like one recorded through it, or the benchmark measures the wrong thing.
/// </summary>
public sealed class GeneratedCountryTests(AppFixture fixture) : IntegrationContext(fixture)
{
    const string Password = "mat-khau-do-tai";

    [Fact]
    public async Task A_generated_country_reads_in_the_app_like_one_recorded_through_it()
    {
        var connectionString = await RunningApp.NewDatabase(Fixture.ConnectionString, "scale");
        var country = Country.Plan(0.003, seed: 7);
        await using (var store = new DocumentStore(Persistence.Store(connectionString)))
        {
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            await Generator.Run(store, country, Password, workers: 2, (_, _) => { });
        }

        await using var host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Oversight", connectionString);
        });
        var province = country.Councils[0];
        var commune = country.Councils.First(council => council.Council.Level == Oversight.Councils.CouncilLevel.Commune);
        var provinceClerk = await host.SignIn("bench.tinh", Password);
        var communeClerk = await host.SignIn("bench.xa", Password);
        var agency = await host.SignIn("bench.coquan", Password);

        var registerPage = await host.GetJson<PagedList<RegisterRow>>($"/api/recommendations?pageSize={Paging.MaxSize}", provinceClerk);
        registerPage.Total.ShouldBe(province.Programmes.Sum(programme => programme.Recommendations));
        var register = registerPage.Items;
        register.Select(row => row.Status).Distinct().Count().ShouldBeGreaterThan(4, "the follow-up reaches every kind of status");
        register.ShouldContain(row => row.Overdue);
        (await host.GetJson<PagedList<RegisterRow>>("/api/recommendations", communeClerk)).Total.ShouldBe(commune.Programmes.Sum(programme => programme.Recommendations));
        // The agency's account names its agency of the directory by id, as the generated recommendations do.
        var own = (await host.GetJson<PagedList<RegisterRow>>("/api/recommendations", agency)).Items;
        own.ShouldNotBeEmpty();
        own.ShouldAllBe(row => row.AgencyName == Texts.ProvinceAgencies[0]);
        var board = await host.GetJson<ScoreboardView>("/api/recommendations/scoreboard", provinceClerk);
        board.Agencies.Sum(score => score.Issued).ShouldBe(registerPage.Total);
        board.Months[^1].Counts.Values.Sum().ShouldBe(registerPage.Total);

        // A province's register page shows a hundred lines at a time, the filters kept from page to page.
        registerPage.Total.ShouldBeGreaterThan(IndexModel.PageSize);
        var last = (registerPage.Total + IndexModel.PageSize - 1) / IndexModel.PageSize;
        var first = await Page(host, provinceClerk, "/kien-nghi");
        Lines(first).ShouldBe(IndexModel.PageSize);
        first.ShouldContain($"Trang 1 / {last}");
        first.ShouldContain($"href=\"?trang=2\"");
        var end = await Page(host, provinceClerk, $"/kien-nghi?trang={last}");
        Lines(end).ShouldBe(registerPage.Total - (last - 1) * IndexModel.PageSize);
        (await Page(host, provinceClerk, "/kien-nghi?q=&trang=99")).ShouldContain($"href=\"?q=&amp;trang={last - 1}\"");

        // Pages built from the generated events render: programmes at every stage, a recommendation, the audit trail.
        var programmes = await host.GetJson<List<Oversight.Programmes.Listing.ProgrammeSummary>>("/api/programmes", provinceClerk);
        programmes.Count.ShouldBe(province.Programmes.Count);
        var pages = programmes.GroupBy(programme => programme.Status).Select(group => $"/cuoc-giam-sat/{group.First().Id}")
            .Concat([$"/cuoc-giam-sat/{register[0].ProgrammeId}/kien-nghi", $"/cuoc-giam-sat/{register[0].ProgrammeId}/y-kien",
                $"/kien-nghi/{register[0].Id}", "/kien-nghi", "/kien-nghi/thong-ke", "/nhat-ky", "/cap-xa"]);
        foreach (var page in pages)
        {
            await Page(host, provinceClerk, page);
        }
    }

    static async Task<string> Page(IAlbaHost host, string cookie, string url) =>
        await (await host.Scenario(scenario =>
        {
            scenario.WithCookie(cookie);
            scenario.Get.Url(url);
            scenario.StatusCodeShouldBeOk();
        })).ReadAsTextAsync();

    /// <summary>Register lines on a page: links to a recommendation.</summary>
    static int Lines(string page) => System.Text.RegularExpressions.Regex.Count(page, "href=\"/kien-nghi/[0-9a-f-]{36}\"");
}
