using Alba;
using Oversight.Findings;
using Oversight.Programmes;
using Oversight.Programmes.Details;
using Oversight.Programmes.Listing;
using Oversight.Tests.Support;
using Wolverine.Http;

namespace Oversight.Tests.Programmes;

/// <summary>People working at the same moment: nobody's work is lost, and nobody silently overwrites another.</summary>
public sealed class ConcurrencyTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task Two_members_logging_findings_at_the_same_moment_are_both_kept()
    {
        var programme = await ProgrammeInSession();
        var members = programme.Delegation!.Active.Where(member => member.Role != DelegationRole.Invited).Select(member => member.Id).ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(index => Host.Scenario(scenario =>
        {
            scenario.Post.Json(new
            {
                activityId = programme.Activities[0].Id, authorId = members[index % members.Count], kind = "Shortcoming",
                agencyId = programme.Agencies[0].Id, text = $"Ý kiến số {index + 1} về quy trình xét duyệt hồ sơ",
            }, JsonStyle.MinimalApi).ToUrl($"/api/programmes/{programme.Id}/findings");
            scenario.StatusCodeShouldBe(201);
        })));

        results.Length.ShouldBe(8);
        var groups = await Host.GetJson<List<FindingGroup>>($"/api/programmes/{programme.Id}/findings");
        groups.SelectMany(group => group.Findings).Select(finding => finding.Text).Order()
            .ShouldBe(Enumerable.Range(1, 8).Select(index => $"Ý kiến số {index} về quy trình xét duyệt hồ sơ").Order());
    }

    [Fact]
    public async Task An_edit_of_an_older_plan_version_is_refused_with_412_and_the_newer_plan_stays()
    {
        var programme = await ProgrammeInSession();
        var revised = ProgrammeStory.Plan(programme, 1) with { Purpose = "Mục đích đã được thư ký sửa" };
        await Host.Send(HttpMethod.Put, $"/api/programmes/{programme.Id}/plan", revised, 204);

        var stale = await Host.Send(HttpMethod.Put, $"/api/programmes/{programme.Id}/plan",
            ProgrammeStory.Plan(programme, 1) with { Purpose = "Bản sửa dựa trên phiên bản cũ" }, 412);

        (await stale.ReadVietnameseProblem(412)).GetProperty("detail").GetString()!.ShouldContain("phiên bản 2");
        var view = await Host.GetJson<ProgrammeView>($"/api/programmes/{programme.Id}");
        view.Programme.Plan!.Purpose.ShouldBe("Mục đích đã được thư ký sửa");
        view.Programme.PlanVersion.ShouldBe(2);
    }

    [Fact]
    public async Task Two_plan_edits_from_the_same_version_at_once_keep_one_and_refuse_the_other()
    {
        var programme = await ProgrammeInSession();

        var statuses = await Task.WhenAll(new[] { "Bản sửa của người thứ nhất", "Bản sửa của người thứ hai" }.Select(async purpose =>
        {
            var result = await Host.Scenario(scenario =>
            {
                scenario.Put.Json(ProgrammeStory.Plan(programme, 1) with { Purpose = purpose }, JsonStyle.MinimalApi)
                    .ToUrl($"/api/programmes/{programme.Id}/plan");
                scenario.IgnoreStatusCode();
            });
            return result.Context.Response.StatusCode;
        }));

        statuses.Order().ShouldBe([204, 412]);
        var view = await Host.GetJson<ProgrammeView>($"/api/programmes/{programme.Id}");
        view.Programme.PlanVersion.ShouldBe(2);
    }

    [Fact]
    public async Task Programmes_created_at_the_same_moment_get_unique_gapless_numbers()
    {
        await Task.WhenAll(Enumerable.Range(0, 6).Select(index => Host.Scenario(scenario =>
        {
            scenario.Post.Json(ProgrammeStory.Creation() with { Title = $"Cuộc giám sát thứ {index + 1}" }, JsonStyle.MinimalApi).ToUrl("/api/programmes");
            scenario.StatusCodeShouldBe(201);
        })));

        var programmes = await Host.GetJson<List<ProgrammeSummary>>("/api/programmes?year=2024");
        programmes.Select(programme => programme.Code).Order().ShouldBe(Enumerable.Range(1, 6).Select(number => $"2024-{number:000}"));
    }

    async Task<Programme> ProgrammeInSession()
    {
        var created = await Host.Send(HttpMethod.Post, "/api/programmes", ProgrammeStory.Creation(), 201);
        var id = (await created.Read<CreationResponse<Guid>>()).Value;
        async Task<Programme> Current() => (await Host.GetJson<ProgrammeView>($"/api/programmes/{id}")).Programme;

        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/delegation", ProgrammeStory.Delegation(await Current()), 204);
        await Host.Send(HttpMethod.Put, $"/api/programmes/{id}/plan", ProgrammeStory.Plan(await Current()), 204);
        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/activities", ProgrammeStory.Session(await Current()), 201);
        return await Current();
    }
}
