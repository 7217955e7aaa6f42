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

        var programmes = await Host.GetJson<List<ProgrammeSummary>>("/api/programmes");
        programmes.Select(programme => (programme.Code, programme.Status)).ShouldBe([("2024-001", ProgrammeStatus.FollowingUp), ("2022-001", ProgrammeStatus.FollowingUp)]);

        var haNam = programmes[0].Id;
        var recommendations = await Host.GetJson<List<Recommendation>>($"/api/programmes/{haNam}/recommendations");
        recommendations.Select(recommendation => recommendation.Code).ShouldBe(["KN-2024-001-01", "KN-2024-001-02", "KN-2024-001-03", "KN-2024-001-04"]);
        recommendations.ShouldAllBe(recommendation => recommendation.AgencyName == "Sở Lao động - Thương binh và Xã hội");

        var view = await Host.GetJson<ProgrammeView>($"/api/programmes/{haNam}");
        view.Programme.Activities.Single().Date.ShouldBe(new DateOnly(2024, 6, 24));
        view.Programme.Report!.Sections.Results.ShouldContain("41.172 đối tượng");
        view.Deadlines.ShouldAllBe(deadline => deadline.State == Oversight.Programmes.Deadlines.DeadlineState.MetOnTime);
    }

    async Task<int> Load()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(SamplePlayer.DefaultFolder, CancellationToken.None);
    }
}
