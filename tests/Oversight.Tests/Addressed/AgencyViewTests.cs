using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Addressed;
using Oversight.Documents;
using Oversight.Findings;
using Oversight.Programmes.Details;
using Oversight.Programmes.Listing;
using Oversight.Samples;
using Oversight.Tests.Programmes;
using Oversight.Tests.Support;
using Wolverine.Http;

namespace Oversight.Tests.Addressed;

/// <summary>
/// An agency opens the sessions held with it (without the members' findings) and downloads the documents issued to it; whether it may
/// is decided by the session and the document themselves, so the page and the API answer alike.
/// </summary>
public sealed class AgencyViewTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task The_agency_sees_its_session_without_the_members_findings_and_downloads_the_documents_issued_to_it()
    {
        var programme = await HaNam();
        var conclusion = await Issue(programme, "thong-bao-ket-luan.docx");
        var outline = await Issue(programme, "de-cuong-bao-cao.docx");
        var report = await Issue(programme, "bao-cao-ket-qua-giam-sat.docx");
        var view = (await Host.GetJson<ProgrammeView>($"/api/programmes/{programme}", People.SecretariatA)).Programme;
        var activity = view.Activities.Single().Id;
        // The sample issued its plan, which goes to the agencies too.
        var plan = view.IssuedDocuments.Single(document => document.Template == ProgrammeDocuments.PlanTemplate).Id;

        var session = await Host.GetJson<SessionView>($"/api/activities/{activity}", People.AgencyA);
        (session.ProgrammeId, session.AgencyName, session.Date).ShouldBe((programme, ProgrammeStory.Agency, new DateOnly(2024, 6, 24)));
        session.Members.Select(member => member.Name).ShouldContain("Đặng Thanh Sơn");
        session.Documents.Select(document => (document.Id, document.Name)).ShouldBe(
            [(conclusion, "Thông báo kết luận"), (outline, "Đề cương báo cáo gửi cơ quan chịu giám sát"), (plan, "Kế hoạch giám sát")], ignoreOrder: true);
        (await Host.GetJson<List<AddressedDocument>>("/api/addressed-documents", People.AgencyA)).Select(document => document.Id)
            .ShouldBe([conclusion, outline, plan], ignoreOrder: true);

        // The page says the same, and not what the members noted.
        await using (var query = CouncilA())
        {
            var finding = await query.Query<Finding>().FirstAsync();
            var page = await Text($"/lich/buoi/{activity}", People.AgencyA, 200);
            page.ShouldContain("Thông báo kết luận số 86/TB-HĐND");
            page.ShouldContain($"/api/issued-documents/{conclusion}");
            page.ShouldNotContain(finding.Text);
            page.ShouldNotContain("Báo cáo kết quả giám sát");
        }

        (await Bytes($"/api/issued-documents/{conclusion}", People.AgencyA, 200)).Take(2).ShouldBe("PK"u8.ToArray());
        await Bytes($"/api/issued-documents/{report}", People.AgencyA, 403);
        // The members' own page of the session stays theirs.
        await Text($"/cuoc-giam-sat/{programme}/buoi/{activity}", People.AgencyA, 403);
        // The agency's register lists what was issued to it.
        (await Text("/kien-nghi", People.AgencyA, 200)).ShouldContain("Văn bản Đoàn giám sát gửi cơ quan");
    }

    [Fact]
    public async Task Another_agency_neither_opens_the_session_nor_downloads_its_documents_and_the_calendar_links_each_to_its_own_page()
    {
        var programme = await HaNam();
        var conclusion = await Issue(programme, "thong-bao-ket-luan.docx");
        var activity = (await Host.GetJson<ProgrammeView>($"/api/programmes/{programme}", People.SecretariatA)).Programme.Activities.Single().Id;
        await Host.SendAs(People.AdminA, HttpMethod.Post, "/api/accounts",
            new { userName = "so.taichinh", fullName = "Sở Tài chính", role = "AgencyUser", agencyName = "Sở Tài chính", password = "mat-khau-so-tai-chinh" }, 201);
        var other = await Host.SignIn("so.taichinh", "mat-khau-so-tai-chinh");

        foreach (var url in new[] { $"/api/activities/{activity}", $"/lich/buoi/{activity}", $"/api/issued-documents/{conclusion}" })
        {
            await Host.Scenario(scenario =>
            {
                scenario.WithCookie(other);
                scenario.Get.Url(url);
                scenario.StatusCodeShouldBe(403);
            });
        }

        (await Host.GetJson<List<AddressedDocument>>("/api/addressed-documents", other)).ShouldBeEmpty();
        (await Text("/lich?from=2024-06-01&to=2024-06-30", People.AgencyA, 200)).ShouldContain($"href=\"/lich/buoi/{activity}\"");
        (await Text("/lich?from=2024-06-01&to=2024-06-30", People.SecretariatA, 200)).ShouldContain($"href=\"/cuoc-giam-sat/{programme}/buoi/{activity}\"");
        // The council's staff and the delegation's members open the agency's view too.
        (await Host.GetJson<SessionView>($"/api/activities/{activity}", People.ViewerA)).Documents.Select(document => document.Id).ShouldContain(conclusion);
    }

    async Task<Guid> HaNam()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(SamplePlayer.DefaultFolder, CancellationToken.None, People.CouncilA);
        }

        return (await Host.GetJson<List<ProgrammeSummary>>("/api/programmes?year=2024")).Single().Id;
    }

    async Task<Guid> Issue(Guid programme, string template) =>
        (await (await Host.Send(HttpMethod.Post, $"/api/programmes/{programme}/issued-documents", new { template, issuedOn = "2024-07-05", dateReason = ProgrammeStory.Entered }, 201))
            .Read<CreationResponse<Guid>>()).Value;

    async Task<string> Text(string url, Person person, int status) => await (await Host.Scenario(scenario =>
    {
        scenario.As(person);
        scenario.Get.Url(url);
        scenario.StatusCodeShouldBe(status);
    })).ReadAsTextAsync();

    async Task<byte[]> Bytes(string url, Person person, int status) => await (await Host.Scenario(scenario =>
    {
        scenario.As(person);
        scenario.Get.Url(url);
        scenario.StatusCodeShouldBe(status);
    })).ReadBytes();
}
