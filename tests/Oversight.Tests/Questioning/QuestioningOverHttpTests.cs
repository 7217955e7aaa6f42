using Alba;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Common;
using Oversight.CouncilDirectory;
using Oversight.Questioning;
using Oversight.Recommendations;
using Oversight.Recommendations.Register;
using Oversight.Samples;
using Oversight.Tests.Security;
using Oversight.Tests.Support;
using Wolverine.Http;
using Wolverine.Tracking;

namespace Oversight.Tests.Questioning;

/// <summary>
/// Questioning through the API: a deputy's question to an official, the answer and commitment, the conclusion that turns it into a
/// followed recommendation, the deputy's own view of what became of it, the ladder's rung “chất vấn”, and the public page.
/// </summary>
public sealed class QuestioningOverHttpTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly Guid labour = People.AgencyId(People.CouncilA, People.AgencyA.Agency!);

    [Fact]
    public async Task A_deputys_question_becomes_a_followed_commitment_the_deputy_can_trace()
    {
        await LoadSamples();
        var official = Guid.CreateVersion7();
        await using (var session = Fixture.Store.LightweightSession(People.CouncilA))
        {
            session.Store(new DirectoryPerson { Id = official, FullName = "Nguyễn Văn F", Position = "Giám đốc Sở Lao động - Thương binh và Xã hội" });
            await session.SaveChangesAsync();
        }

        var today = Oversight.Common.VietnamTime.Today(TimeProvider.System);
        await Host.Send(HttpMethod.Post, "/api/questioning", new { title = "" }, 400);
        await Host.SendAs(People.MemberA, HttpMethod.Post, "/api/questioning", new { title = "x", forum = "CouncilSession", heldOn = today }, 403);
        var opened = await Host.Send(HttpMethod.Post, "/api/questioning", new { title = "Chất vấn tại kỳ họp giữa năm", forum = "CouncilSession", heldOn = today }, 201);
        var id = (await opened.Read<CreationResponse<Guid>>()).Value;
        var url = $"/api/questioning/{id}";

        // The ladder's rung: an overdue recommendation is taken to the questioning, linked both ways.
        var overdue = (await Host.GetJson<PagedList<RegisterRow>>("/api/recommendations", People.AgencyA)).Items.Last();
        await Host.ExecuteAndWaitAsync(() => Host.Send(HttpMethod.Post, $"{url}/recommendations", new { recommendationId = overdue.Id }, 204));
        await Host.Send(HttpMethod.Post, $"{url}/recommendations", new { recommendationId = overdue.Id }, 409);
        var escalation = (await Host.GetJson<RecommendationView>($"/api/recommendations/{overdue.Id}")).Recommendation.Escalations[^1];
        escalation.Step.ShouldBe(EscalationStep.Questioning);
        escalation.Note!.ShouldContain($"/chat-van/{id}");

        await Host.SendAs(People.MemberA, HttpMethod.Post, $"{url}/questions", new { officialId = official, agencyId = labour, topic = "Trợ giúp xã hội" }, 400);
        var asked = await Host.SendAs(People.MemberA, HttpMethod.Post, $"{url}/questions",
            new { deputy = "Người khác", officialId = official, agencyId = labour, topic = "Trợ giúp xã hội", text = "Bao giờ tập huấn xong phần mềm cho cấp xã?" }, 201);
        var question = (await asked.Read<CreationResponse<Guid>>()).Value;
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"{url}/questions", new { officialId = official, agencyId = labour, topic = "x", text = "y" }, 403);
        (await Host.GetJson<List<QuestioningSummary>>("/api/questioning", People.AgencyA)).ShouldContain(summary => summary.Id == id);

        await Host.SendAs(People.MemberA, HttpMethod.Post, $"{url}/questions/{question}/answer", new { answer = "x" }, 403);
        await Host.Send(HttpMethod.Post, $"{url}/questions/{question}/answer",
            new { answer = "Sở sẽ hoàn thành trong quý tới", commitment = "Hoàn thành tập huấn phần mềm cho cán bộ cấp xã", dueDate = today.AddMonths(3) }, 204);
        // The question asked the agency to answer, and the answer goes back to the deputy who asked.
        await Fixture.EventsRead();
        (await Host.GetJson<List<Oversight.Notifications.Notification>>("/api/inbox", People.AgencyA)).ShouldContain(notice => notice.Link == $"/chat-van/{id}");
        (await Host.GetJson<List<Oversight.Notifications.Notification>>("/api/inbox", People.MemberA)).Where(notice => notice.Link == $"/chat-van/{id}")
            .ShouldHaveSingleItem().Text.ShouldContain("đã được trả lời");
        var view = await Host.GetJson<QuestioningView>(url, People.MemberA);
        view.ShouldSatisfyAllConditions(
            v => v.TakenUp.Single().Id.ShouldBe(overdue.Id),
            v => v.Questioning.Questions.Single().Deputy.ShouldBe(People.MemberA.FullName));

        await Host.Send(HttpMethod.Post, $"{url}/conclusion", new { number = "15/NQ-HĐND", issuedOn = today, summary = "Nghị quyết về hoạt động chất vấn tại kỳ họp" }, 204);
        var issued = (await Host.GetJson<QuestioningView>(url)).Issued.Single();
        issued.ShouldSatisfyAllConditions(i => i.Id.ShouldBe(question), i => i.Code.ShouldBe($"CV-{today.Year}-001-01"));

        // Followed like any recommendation, its source shown; the deputy sees their question and where its commitment stands.
        var row = (await Host.GetJson<PagedList<RegisterRow>>($"/api/recommendations?programme={id}", People.AgencyA)).Items.Single();
        row.ProgrammeTitle.ShouldBe("Chất vấn: Chất vấn tại kỳ họp giữa năm");
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"/api/recommendations/{question}/acknowledgement", new { note = "Đã nhận" }, 204);
        var mine = (await Host.GetJson<List<MyQuestion>>("/api/questioning/mine", People.MemberA)).Single();
        mine.ShouldSatisfyAllConditions(
            m => m.Question.Answer.ShouldBe("Sở sẽ hoàn thành trong quý tới"),
            m => m.Recommendation!.Status.ShouldBe(RecommendationStatus.Acknowledged));
        (await Host.GetJson<List<MyQuestion>>("/api/questioning/mine", People.SecretariatA)).ShouldBeEmpty();
        (await Page(People.MemberA, "/chat-van", 200)).ShouldContain("Hoàn thành tập huấn phần mềm cho cán bộ cấp xã");
        (await Page(People.AgencyA, $"/chat-van/{id}", 200)).ShouldContain("Bao giờ tập huấn xong phần mềm cho cấp xã?");
        (await Page(People.SecretariatA, $"/kien-nghi/{question}", 200)).ShouldContain($"/chat-van/{id}");

        await Anonymous($"/cong-khai/{People.CouncilA}/chat-van/{id}", 404);
        await Host.Send(HttpMethod.Post, $"{url}/publication", null, 204);
        (await Anonymous($"/cong-khai/{People.CouncilA}/chat-van/{id}", 200)).ShouldContain("15/NQ-HĐND");
        (await Anonymous($"/cong-khai/{People.CouncilA}", 200)).ShouldContain($"/cong-khai/{People.CouncilA}/chat-van");
    }

    [Fact]
    public async Task The_sample_questioning_put_two_questions_to_one_official_and_its_commitment_is_followed()
    {
        await LoadSamples();
        var summary = (await Host.GetJson<List<QuestioningSummary>>("/api/questioning")).Single();
        summary.ShouldSatisfyAllConditions(s => s.Code.ShouldBe("CV-2025-001"), s => s.Status.ShouldBe(QuestioningStatus.Concluded), s => s.Published.ShouldBeTrue());
        var view = await Host.GetJson<QuestioningView>($"/api/questioning/{summary.Id}");
        view.Questioning.Grouped().Single().Topics.Single().Questions.Count.ShouldBe(2);
        view.Issued.Single().Code.ShouldBe("CV-2025-001-01");
        (await Host.GetJson<PagedList<RegisterRow>>($"/api/recommendations?programme={summary.Id}", People.AgencyA)).Items.Single().Overdue.ShouldBeTrue();
    }

    async Task<string> Page(Person person, string url, int status) => await (await Host.Scenario(scenario =>
    {
        scenario.As(person);
        scenario.Get.Url(url);
        scenario.StatusCodeShouldBe(status);
    })).ReadAsTextAsync();

    async Task<string> Anonymous(string url, int status) => await (await Host.Scenario(scenario =>
    {
        scenario.As(null);
        scenario.Get.Url(url);
        scenario.StatusCodeShouldBe(status);
    })).ReadAsTextAsync();

    async Task LoadSamples()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(SamplePlayer.DefaultFolder, CancellationToken.None, People.CouncilA);
    }
}
