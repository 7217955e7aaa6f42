using Alba;
using Oversight.Programmes.Details;
using Oversight.Tests.Security;
using Oversight.Tests.Support;

namespace Oversight.Tests.Programmes;

/// <summary>Two clerks on one programme at the same moment, a hundred times over.</summary>
public sealed class ContentionTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task Simultaneous_issues_get_unique_gapless_numbers_and_simultaneous_plan_edits_never_overwrite_silently()
    {
        var world = await World.Plan(Host, People.SecretariatA, member: null);
        var plan = ProgrammeStory.Plan((await Host.GetJson<ProgrammeView>($"/api/programmes/{world.ProgrammeId}")).Programme);
        var kept = new List<string>();
        for (var round = 1; round <= 100; round++)
        {
            var version = round;
            var purposes = new[] { $"Mục đích của thư ký A, lần {round}", $"Mục đích của thư ký B, lần {round}" };
            var edits = purposes.Select(purpose => Host.Scenario(scenario =>
            {
                scenario.Put.Json(plan with { PlanVersion = version, Purpose = purpose }, JsonStyle.MinimalApi).ToUrl($"/api/programmes/{world.ProgrammeId}/plan");
                scenario.IgnoreStatusCode();
            }));
            var issues = Enumerable.Range(0, 2).Select(_ => Host.Scenario(scenario =>
            {
                // Schedule notices are issued again and again (a plan only once): each issue is a new number of the TB-ĐGS register.
                scenario.Post.Json(new { template = "thong-bao-lich-lam-viec.docx", issuedOn = "2024-05-28", dateReason = ProgrammeStory.Entered }, JsonStyle.MinimalApi)
                    .ToUrl($"/api/programmes/{world.ProgrammeId}/issued-documents");
                scenario.StatusCodeShouldBe(201);
            }));
            var results = await Task.WhenAll(edits.Concat(issues));
            var editStatuses = results.Take(2).Select(result => result.Context.Response.StatusCode).ToList();
            editStatuses.Order().ToList().ShouldBe([204, 412], $"round {round}");
            kept.Add(purposes[editStatuses.IndexOf(204)]);
        }

        var programme = (await Host.GetJson<ProgrammeView>($"/api/programmes/{world.ProgrammeId}")).Programme;
        programme.PlanVersion.ShouldBe(101);
        programme.Plan!.Purpose.ShouldBe(kept[^1]);
        // 200 numbers of the notices' register, none twice, none skipped (the world issued the plan before, in its own register).
        programme.IssuedDocuments.Where(document => document.Template == "thong-bao-lich-lam-viec.docx")
            .Select(document => int.Parse(document.Number.Split('/')[0])).Order().ShouldBe(Enumerable.Range(1, 200));
        var timeline = await Host.GetJson<List<Oversight.Programmes.Timeline.TimelineEntry>>($"/api/programmes/{world.ProgrammeId}/timeline");
        timeline.Count(entry => entry.EventType == "plan_revised").ShouldBe(100);
    }
}
