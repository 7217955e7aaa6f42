using Alba;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Programmes.Delegations;
using Oversight.Programmes.Details;
using Oversight.Samples;
using Oversight.Tests.Programmes;
using Oversight.Tests.Support;
using Oversight.Work;
using Wolverine.Http;

namespace Oversight.Tests.Work;

/// <summary>
/// The home page's work per role, after the samples load and two programmes of today reach a session ahead and a draft waiting for
/// comments and the head: the same list through <c>GET /api/my-work</c> and on <c>/</c>, overdue first, then by due date.
/// </summary>
public sealed class MyWorkTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly DateOnly today = VietnamTime.Today(TimeProvider.System);

    [Fact]
    public async Task Each_role_finds_its_own_work_overdue_first_each_line_linking_to_where_it_is_done()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(SamplePlayer.DefaultFolder, CancellationToken.None, People.CouncilA);
        }

        var planned = await Planned();
        var reporting = await Submitted();

        var agency = await Work(People.AgencyA);
        // The four recommendations of the Hà Nam sample, and the commitments its hearing and its questioning made.
        agency.Where(item => item.Kind == WorkKind.AnswerRecommendation).Count().ShouldBe(6);
        agency.Where(item => item.Kind == WorkKind.AnswerRecommendation).ShouldAllBe(item => item.Overdue && item.Link.StartsWith("/kien-nghi/"));
        var report = agency.Single(item => item.Kind == WorkKind.SendReport);
        report.ShouldSatisfyAllConditions(item => item.Due.ShouldBe(today.AddDays(10)), item => item.Overdue.ShouldBeFalse(),
            item => item.About.ShouldBe("Giám sát thử việc của tôi: buổi làm việc sắp tới"), item => item.Link.ShouldBe("/kien-nghi#report-requests"));
        InOrder(agency);

        // The agency reports one recommendation done and asks more time for another: both become the secretariat's to decide.
        var answering = agency.Where(item => item.Kind == WorkKind.AnswerRecommendation).Select(item => item.Link).ToList();
        await Form(People.AgencyA, $"/api{answering[0].Replace("/kien-nghi/", "/recommendations/")}/completion",
            ("text", "Đã thực hiện xong"), ("file:bao-cao.pdf", "%PDF báo cáo"u8.ToArray()));
        await Host.SendAs(People.AgencyA, HttpMethod.Post, $"/api{answering[1].Replace("/kien-nghi/", "/recommendations/")}/extension-request",
            new { proposedDueDate = today.AddDays(60), reason = "Chờ bố trí kinh phí" }, 204);
        agency = await Work(People.AgencyA);
        agency.Select(item => item.Link).ShouldNotContain(answering[0]);
        agency.Select(item => item.Link).ShouldContain(answering[1]);

        var member = await Work(People.MemberA);
        member.Select(item => item.Kind).Order().ShouldBe([WorkKind.UpcomingSession, WorkKind.CommentOnDraft, WorkKind.ApproveReport]);
        member.Single(item => item.Kind == WorkKind.UpcomingSession).ShouldSatisfyAllConditions(
            item => item.Due.ShouldBe(today.AddDays(5)), item => item.Link.ShouldStartWith($"/cuoc-giam-sat/{planned}/buoi/"));
        member.Single(item => item.Kind == WorkKind.ApproveReport).Link.ShouldBe($"/cuoc-giam-sat/{reporting}/bao-cao");
        member.Single(item => item.Kind == WorkKind.CommentOnDraft).What.ShouldContain("bạn đã góp 1 ý");
        InOrder(member);

        var secretariat = await Work(People.SecretariatA);
        // The samples' nine overdue recommendations across agencies (two of them commitments of the sample's hearing and questioning),
        // less the two the agency answered: one to verify, one extension to decide.
        var escalations = secretariat.Where(item => item.Kind == WorkKind.DecideEscalation).ToList();
        escalations.Count.ShouldBe(7);
        escalations.ShouldAllBe(item => item.Overdue);
        escalations.Select(item => item.Link).ShouldContain(answering[2]);
        secretariat.Single(item => item.Kind == WorkKind.VerifyCompletion).ShouldSatisfyAllConditions(
            item => item.Link.ShouldBe(answering[0]), item => item.Since.ShouldBe(today));
        secretariat.Single(item => item.Kind == WorkKind.DecideExtension).ShouldSatisfyAllConditions(
            item => item.Link.ShouldBe(answering[1]), item => item.Overdue.ShouldBeTrue());
        secretariat.Single(item => item.Kind == WorkKind.AnswerComments).Link.ShouldBe($"/cuoc-giam-sat/{reporting}/bao-cao#gop-y");
        secretariat.Single(item => item.Kind == WorkKind.AwaitingHeadApproval).Due.ShouldBe(today.AddDays(15));
        secretariat.Where(item => item.Kind == WorkKind.LegalDeadline).Select(item => item.What).ShouldContain("Báo cáo của Sở Lao động - Thương binh và Xã hội");
        secretariat.Where(item => item.Kind == WorkKind.LegalDeadline).Select(item => item.What)
            .ShouldContain("Báo cáo kết quả giám sát (trong 15 ngày sau khi kết thúc làm việc)");
        InOrder(secretariat);
        secretariat.First().Overdue.ShouldBeTrue();

        (await Work(People.ViewerA)).ShouldBeEmpty();
        (await Work(People.SystemAdmin)).ShouldBeEmpty();

        // The home page is the same list.
        foreach (var (person, items) in new[] { (People.AgencyA, agency), (People.MemberA, member), (People.SecretariatA, secretariat) })
        {
            var page = await (await Host.Scenario(scenario =>
            {
                scenario.As(person);
                scenario.Get.Url("/");
            })).ReadAsTextAsync();
            page.ShouldContain("<h1>Việc của tôi</h1>");
            foreach (var item in items)
            {
                page.ShouldContain($"href=\"{item.Link}\"");
            }
        }

        (await (await Host.Scenario(scenario =>
        {
            scenario.As(People.ViewerA);
            scenario.Get.Url("/");
        })).ReadAsTextAsync()).ShouldContain("Không có việc nào đang chờ bạn.");
    }

    /// <summary>Overdue first, then by due date, what has none last.</summary>
    static void InOrder(IReadOnlyList<WorkItem> items)
    {
        items.Select(item => item.Overdue).ShouldBe(items.Select(item => item.Overdue).OrderByDescending(overdue => overdue));
        foreach (var group in items.GroupBy(item => item.Overdue))
        {
            group.Select(item => item.Due ?? DateOnly.MaxValue).ShouldBeInOrder();
        }
    }

    async Task<IReadOnlyList<WorkItem>> Work(Person person)
    {
        var view = await Host.GetJson<MyWorkView>("/api/my-work", person);
        view.Today.ShouldBe(today);
        return view.Items;
    }

    /// <summary>A programme planned today whose member (the head) has a session in five days; the agency's report is due in ten.</summary>
    async Task<Guid> Planned()
    {
        var id = await Appointed("Giám sát thử việc của tôi: buổi làm việc sắp tới");
        var programme = await Programme(id);
        await Host.Send(HttpMethod.Put, $"/api/programmes/{id}/plan", ProgrammeStory.Plan(programme) with
        {
            ReportDeadlines = [new ReportDeadline(programme.Agencies[0].Id, today.AddDays(10))], AdoptedOn = today, DateReason = null,
        }, 204);
        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/activities", ProgrammeStory.Session(programme) with
        {
            Date = today.AddDays(5), NotifiedOn = today, MemberIds = [People.MemberA.Id],
        }, 201);
        return id;
    }

    /// <summary>A programme whose fieldwork ended today and whose draft, circulated and commented on by the head, waits for the head.</summary>
    async Task<Guid> Submitted()
    {
        var id = await Appointed("Giám sát thử việc của tôi: dự thảo chờ duyệt");
        var programme = await Programme(id);
        await Host.Send(HttpMethod.Put, $"/api/programmes/{id}/plan", ProgrammeStory.Plan(programme) with { Methods = PlanMethods.WorkingSessions, ReportDeadlines = [], AdoptedOn = today, DateReason = null },
            204);
        var session = (await (await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/activities", ProgrammeStory.Session(programme) with
        {
            Date = today, NotifiedOn = today, MemberIds = [People.MemberA.Id], DateReason = null,
        }, 201)).Read<CreationResponse<Guid>>()).Value;
        await Host.Send(HttpMethod.Put, $"/api/programmes/{id}/activities/{session}/minutes", ProgrammeStory.Minutes(await Programme(id)) with { ActivityId = session }, 204);
        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/fieldwork-end", new { endedOn = today }, 204);
        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/report", null, 204);
        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/report/circulation", new { }, 204);
        await Host.SendAs(People.MemberA, HttpMethod.Post, $"/api/programmes/{id}/report/comments", new { section = "Overview", text = "Nêu rõ thời kỳ giám sát" }, 201);
        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/report/submission", new { }, 204);
        return id;
    }

    async Task<Guid> Appointed(string title)
    {
        var id = (await (await Host.Send(HttpMethod.Post, "/api/programmes", ProgrammeStory.Creation() with { Title = title, Year = today.Year }, 201))
            .Read<CreationResponse<Guid>>()).Value;
        await Host.Send(HttpMethod.Post, $"/api/programmes/{id}/delegation", ProgrammeStory.Delegation(await Programme(id)) with
        {
            DecisionDate = today, DateReason = null,
            Members = [new NewMember(null, "Phó Chủ tịch HĐND tỉnh", DelegationRole.Head, People.MemberA.Id)],
        }, 204);
        return id;
    }

    Task<IScenarioResult> Form(Person person, string url, params (string Name, object Value)[] fields) => Host.Scenario(scenario =>
    {
        scenario.As(person);
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            if (name.StartsWith("file:"))
            {
                form.Add(new ByteArrayContent((byte[])value), "files", name["file:".Length..]);
            }
            else
            {
                form.Add(new StringContent((string)value), name);
            }
        }

        scenario.Post.MultipartFormData(form).ToUrl(url);
        scenario.StatusCodeShouldBe(204);
    });

    async Task<Programme> Programme(Guid id) => (await Host.GetJson<ProgrammeView>($"/api/programmes/{id}", People.SecretariatA)).Programme;
}
