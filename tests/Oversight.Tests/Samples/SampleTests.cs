using Marten;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Programmes;
using Oversight.Programmes.Details;
using Oversight.Programmes.Listing;
using Oversight.Recommendations;
using Oversight.Samples;
using Oversight.Tests.Support;

namespace Oversight.Tests.Samples;

public sealed class SampleTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task The_samples_play_through_the_commands_to_follow_up_and_load_only_once()
    {
        (await Load()).ShouldBe(2);
        (await Load()).ShouldBe(0);

        // Each story lives in its own council, seen by that council's demo accounts only.
        var secretariat = await Host.SignIn("hanam.vanphong", "demo-giam-sat");
        var programmes = await Host.GetJson<List<ProgrammeSummary>>("/api/programmes", secretariat);
        programmes.Select(programme => (programme.Code, programme.Status)).ShouldBe([("2024-001", ProgrammeStatus.FollowingUp)]);
        var tanBien = await Host.GetJson<List<ProgrammeSummary>>("/api/programmes", await Host.SignIn("tanbien.vanphong", "demo-giam-sat"));
        tanBien.Select(programme => (programme.Code, programme.Status)).ShouldBe([("2022-001", ProgrammeStatus.FollowingUp)]);

        // The demo delegation member is the head of the Hà Nam delegation, so the programme is his to see.
        var member = await Host.SignIn("hanam.daibieu", "demo-giam-sat");
        (await Host.GetJson<List<ProgrammeSummary>>("/api/programmes", member)).Single().Id.ShouldBe(programmes[0].Id);

        var haNam = programmes[0].Id;
        var recommendations = await Host.GetJson<List<Recommendation>>($"/api/programmes/{haNam}/recommendations", secretariat);
        recommendations.Select(recommendation => recommendation.Code).ShouldBe(["KN-2024-001-01", "KN-2024-001-02", "KN-2024-001-03", "KN-2024-001-04"]);
        recommendations.ShouldAllBe(recommendation => recommendation.AgencyName == "Sở Lao động - Thương binh và Xã hội");

        var view = await Host.GetJson<ProgrammeView>($"/api/programmes/{haNam}", secretariat);
        view.Programme.Activities.Single().Date.ShouldBe(new DateOnly(2024, 6, 24));
        view.Programme.Report!.Sections.Results.ShouldContain("41.172 đối tượng");
        view.Deadlines.ShouldAllBe(deadline => deadline.State == Oversight.Programmes.Deadlines.DeadlineState.MetOnTime);
    }

    [Fact]
    public async Task The_demo_accounts_cover_every_role()
    {
        await Load();
        await using var session = Fixture.Store.QuerySession();
        var tests = People.All.Select(person => person.UserName).ToArray();
        var demo = (await session.Query<Oversight.Accounts.Account>().ToListAsync()).Where(account => !tests.Contains(account.UserName)).ToList();
        demo.Select(account => account.Role).Distinct().Order().ShouldBe(Enum.GetValues<Oversight.Accounts.Role>());
        demo.Single(account => account.UserName == "hanam.coquan").AgencyName.ShouldBe("Sở Lao động - Thương binh và Xã hội");
    }

    async Task<int> Load()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(SamplePlayer.DefaultFolder, CancellationToken.None);
    }
}
