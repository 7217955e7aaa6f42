using Alba;
using Oversight.Findings;
using Oversight.Programmes;
using Oversight.Programmes.AgencyReports;
using Oversight.Programmes.Calendar;
using Oversight.Programmes.Details;
using Oversight.Programmes.Listing;
using Oversight.Programmes.Timeline;
using Oversight.Recommendations;
using Oversight.Tests.Support;
using Wolverine.Http;

namespace Oversight.Tests.Programmes;

/// <summary>Seed 002 played end to end through the JSON API, checking the read models after each step.</summary>
public sealed class Seed002OverHttpTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task The_social_assistance_oversight_goes_from_proposal_to_follow_up()
    {
        var created = await Send(HttpMethod.Post, "/api/programmes", ProgrammeStory.Creation(), 201);
        var id = (await created.Read<CreationResponse<Guid>>()).Value;
        var view = await View(id);
        view.Programme.Code.ShouldBe("2024-001");
        view.StatusLabel.ShouldBe("Dự kiến");
        view.AllowedActions.ShouldBe([ProgrammeAction.EstablishDelegation, ProgrammeAction.Postpone, ProgrammeAction.Cancel]);

        await Send(HttpMethod.Post, $"/api/programmes/{id}/delegation", ProgrammeStory.Delegation(view.Programme), 204);
        view = await View(id);
        view.Programme.Status.ShouldBe(ProgrammeStatus.DelegationEstablished);
        view.Programme.Delegation!.Head!.Name.ShouldBe("Đặng Thanh Sơn");
        view.Programme.Delegation.Members.Count.ShouldBe(5);
        view.Deadlines.Single().DueOn.ShouldBe(new DateOnly(2024, 6, 4));

        await Send(HttpMethod.Put, $"/api/programmes/{id}/plan", ProgrammeStory.Plan(view.Programme), 204);
        view = await View(id);
        view.Programme.Status.ShouldBe(ProgrammeStatus.Planned);
        view.Programme.PlanVersion.ShouldBe(1);
        var agencyId = view.Programme.Agencies.Single().Id;
        (await Host.GetJson<List<OutstandingReport>>("/api/report-requests?agency=lao động")).Single().Deadline.ShouldBe(new DateOnly(2024, 6, 14));

        await Send(HttpMethod.Post, $"/api/programmes/{id}/agency-reports/{agencyId}",
            new { receivedOn = "2024-06-13", documentNumber = "152/BC-SLĐTBXH", summary = "Chi trả trợ cấp thường xuyên cho 41.172 đối tượng", dateReason = ProgrammeStory.Entered }, 204);
        (await Host.GetJson<List<OutstandingReport>>("/api/report-requests")).ShouldBeEmpty();

        var scheduled = await Send(HttpMethod.Post, $"/api/programmes/{id}/activities", ProgrammeStory.Session(view.Programme), 201);
        var activityId = (await scheduled.Read<CreationResponse<Guid>>()).Value;
        var calendar = await Host.GetJson<List<CalendarEntry>>("/api/calendar?from=2024-06-01&to=2024-06-30");
        calendar.Single().ShouldSatisfyAllConditions(
            entry => entry.Date.ShouldBe(ProgrammeStory.SessionDate),
            entry => entry.AgencyName.ShouldBe(ProgrammeStory.Agency),
            entry => entry.ActivityId.ShouldBe(activityId));

        var head = view.Programme.Delegation!.Head!.Id;
        var deputy = view.Programme.Delegation.Active.Single(member => member.Role == DelegationRole.DeputyHead).Id;
        await Send(HttpMethod.Post, $"/api/programmes/{id}/findings",
            new { activityId, authorId = deputy, kind = "Result", agencyId, text = "Chi trả trợ cấp kịp thời, đúng đối tượng", figures = "41.172 đối tượng" }, 201);
        await Send(HttpMethod.Post, $"/api/programmes/{id}/findings",
            new { activityId, authorId = head, kind = "Proposal", agencyId, text = "Tăng cường đào tạo, tập huấn nghiệp vụ cho cán bộ bảo trợ xã hội ở cơ sở" }, 201);
        var groups = await Host.GetJson<List<FindingGroup>>($"/api/programmes/{id}/findings");
        groups.Select(group => group.Kind).ShouldBe([FindingKind.Result, FindingKind.Proposal]);

        view = await View(id);
        await Send(HttpMethod.Put, $"/api/programmes/{id}/activities/{activityId}/minutes", ProgrammeStory.Minutes(view.Programme), 204);
        view = await View(id);
        view.Programme.Status.ShouldBe(ProgrammeStatus.InProgress);
        view.Programme.Activities.Single().Minutes!.ConcludingRemarks!.ShouldContain("tập huấn cán bộ cơ sở");

        await Send(HttpMethod.Post, $"/api/programmes/{id}/fieldwork-end", new { endedOn = "2024-06-24", dateReason = ProgrammeStory.Entered }, 204);
        await Send(HttpMethod.Post, $"/api/programmes/{id}/report", null, 204);
        view = await View(id);
        view.Programme.Status.ShouldBe(ProgrammeStatus.Reporting);
        view.Programme.Report!.Sections.Results.ShouldContain("Chi trả trợ cấp kịp thời, đúng đối tượng (41.172 đối tượng)");
        var draft = view.Programme.Recommendations.Single();
        draft.Text.ShouldBe("Tăng cường đào tạo, tập huấn nghiệp vụ cho cán bộ bảo trợ xã hội ở cơ sở");

        await Send(HttpMethod.Put, $"/api/programmes/{id}/report/recommendations/{draft.Id}",
            new { agencyId, text = draft.Text, dueDate = "2024-12-31", findingIds = draft.FindingIds }, 204);
        await Send(HttpMethod.Put, $"/api/programmes/{id}/report", new
        {
            reportVersion = 1, overview = view.Programme.Report.Sections.Overview, results = view.Programme.Report.Sections.Results,
            shortcomings = "Việc hướng dẫn sử dụng phần mềm quản lý đối tượng ở cấp huyện, cấp xã còn hạn chế", causes = "Cán bộ cơ sở thay đổi thường xuyên",
        }, 204);
        await Send(HttpMethod.Post, $"/api/programmes/{id}/report/circulation", new { note = "Gửi thành viên Đoàn" }, 204);
        await Send(HttpMethod.Post, $"/api/programmes/{id}/report/approval", new { headId = head, approvedOn = "2024-07-01", dateReason = ProgrammeStory.Entered }, 204);
        await Send(HttpMethod.Post, $"/api/programmes/{id}/conclusion",
            new { number = "120/TB-HĐND", issuedOn = "2024-07-05", dateReason = ProgrammeStory.Entered, remarks = "Ghi nhận kết quả; đề nghị Sở tăng cường tập huấn cán bộ cơ sở" }, 204);
        view = await View(id);
        view.Programme.Status.ShouldBe(ProgrammeStatus.Concluded);
        view.Deadlines.Last().State.ShouldBe(Oversight.Programmes.Deadlines.DeadlineState.MetOnTime);

        var issued = (await Host.GetJson<List<Recommendation>>($"/api/programmes/{id}/recommendations")).Single();
        issued.Code.ShouldBe("KN-2024-001-01");
        issued.AgencyName.ShouldBe(ProgrammeStory.Agency);
        issued.DueDate.ShouldBe(new DateOnly(2024, 12, 31));

        await Send(HttpMethod.Post, $"/api/programmes/{id}/follow-up", null, 204);
        (await Host.GetJson<List<ProgrammeSummary>>("/api/programmes?year=2024&status=FollowingUp")).Single().Id.ShouldBe(id);
        var timeline = await Host.GetJson<List<TimelineEntry>>($"/api/programmes/{id}/timeline");
        timeline.First().What.ShouldStartWith("Tạo cuộc giám sát");
        timeline.ShouldContain(entry => entry.What == "Gửi kiến nghị KN-2024-001-01 tới Sở Lao động - Thương binh và Xã hội, hạn 31/12/2024");
        timeline.Last().What.ShouldBe("Bắt đầu theo dõi thực hiện kiến nghị");
    }

    [Fact]
    public async Task An_action_the_state_does_not_allow_is_a_Vietnamese_409_and_changes_nothing()
    {
        var id = (await (await Send(HttpMethod.Post, "/api/programmes", ProgrammeStory.Creation(), 201)).Read<CreationResponse<Guid>>()).Value;

        var refused = await Send(HttpMethod.Post, $"/api/programmes/{id}/fieldwork-end", new { endedOn = "2024-06-24", dateReason = ProgrammeStory.Entered }, 409);

        (await refused.ReadVietnameseProblem(409)).GetProperty("detail").GetString()
            .ShouldBe("Không thể kết thúc giai đoạn làm việc khi cuộc giám sát đang ở bước “Dự kiến”. Việc tiếp theo: ghi nhận quyết định thành lập Đoàn giám sát.");
        (await Host.GetJson<List<TimelineEntry>>($"/api/programmes/{id}/timeline")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Commands_on_an_unknown_programme_are_a_Vietnamese_404()
    {
        var refused = await Send(HttpMethod.Post, $"/api/programmes/{Guid.NewGuid()}/postponement", new { reason = "Chờ kỳ họp" }, 404);

        await refused.ReadVietnameseProblem(404);
    }

    async Task<ProgrammeView> View(Guid id) => await Host.GetJson<ProgrammeView>($"/api/programmes/{id}");

    Task<IScenarioResult> Send(HttpMethod method, string url, object? body, int status) => Host.Send(method, url, body, status);
}
