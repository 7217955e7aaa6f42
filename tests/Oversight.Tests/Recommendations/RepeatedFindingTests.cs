using Microsoft.Extensions.DependencyInjection;
using Oversight.Findings;
using Oversight.Samples;
using Oversight.Tests.Security;
using Oversight.Tests.Support;

namespace Oversight.Tests.Recommendations;

public sealed class RepeatedFindingTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Theory]
    [InlineData("Tăng cường tập huấn nghiệp vụ cho cán bộ làm công tác bảo trợ xã hội cấp xã",
        "Tăng cường đào tạo, tập huấn, bồi dưỡng nghiệp vụ cho đội ngũ cán bộ làm công tác bảo trợ xã hội ở cơ sở", true)]
    [InlineData("TANG CUONG TAP HUAN NGHIEP VU CAN BO BAO TRO XA HOI", "Tăng cường tập huấn nghiệp vụ cán bộ bảo trợ xã hội", true)]
    [InlineData("Chi trả trợ cấp kịp thời, đúng đối tượng", "Đẩy mạnh cải cách thủ tục hành chính và ứng dụng công nghệ thông tin", false)]
    public void Similar_texts_score_above_the_threshold_whatever_the_case_and_diacritics(string finding, string recommendation, bool similar) =>
        (RepeatedFindings.Similarity(finding, recommendation) >= RepeatedFindings.Threshold).ShouldBe(similar);

    [Fact]
    public async Task A_new_finding_that_repeats_an_earlier_recommendation_to_the_same_agency_is_shown_with_it()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(SamplePlayer.DefaultFolder, CancellationToken.None, People.CouncilA);
        }

        var earlier = (await Host.GetJson<Oversight.Common.PagedList<Oversight.Recommendations.Register.RegisterRow>>("/api/recommendations")).Items
            .Single(row => row.Text.StartsWith("Tăng cường đào tạo, tập huấn"));
        var world = await World.Plan(Host, People.SecretariatA, member: null);
        await Host.Send(HttpMethod.Post, $"/api/programmes/{world.ProgrammeId}/findings", new
        {
            activityId = world.ActivityId, authorId = world.HeadId, kind = "Shortcoming", agencyId = world.AgencyId,
            text = "Việc tập huấn nghiệp vụ cho cán bộ làm công tác bảo trợ xã hội ở cơ sở vẫn chưa được tăng cường",
        }, 201);

        var repeats = await Host.GetJson<List<RepeatedFinding>>($"/api/programmes/{world.ProgrammeId}/findings/repeats");
        repeats.Single().ShouldSatisfyAllConditions(
            repeat => repeat.RecommendationId.ShouldBe(earlier.Id),
            repeat => repeat.FindingText.ShouldContain("vẫn chưa được tăng cường"));
        (await (await Host.Scenario(scenario => scenario.Get.Url($"/cuoc-giam-sat/{world.ProgrammeId}/y-kien"))).ReadAsTextAsync())
            .ShouldContain(earlier.Code);
    }
}
