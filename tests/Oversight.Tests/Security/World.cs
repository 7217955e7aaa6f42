using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Programmes;
using Oversight.Programmes.Delegations;
using Oversight.Programmes.Details;
using Oversight.Recommendations;
using Oversight.Recommendations.FollowUp;
using Oversight.Tests.Programmes;
using Oversight.Tests.Support;
using Wolverine.Http;

namespace Oversight.Tests.Security;

/// <summary>Ids of one planned programme with a scheduled session, made through the API by a council's secretariat.</summary>
public sealed record World(Guid ProgrammeId, Guid ActivityId, Guid AgencyId, Guid HeadId, Guid FindingId, Guid DocumentId, Guid RecommendationId, Guid EvidenceId,
    Guid HearingId = default, Guid QuestioningId = default, Guid QuestionId = default)
{
    /// <summary>
    /// The delegation lists the given delegation member's account, so the programme is theirs to work on. With
    /// <paramref name="hearingAndQuestioning"/>, a hearing held the same day summons the programme's agency (an explanation, a deputy's
    /// question and a commitment recorded), and an open questioning asks an official answering for it.
    /// </summary>
    /// <remarks>
    /// A recommendation to the programme's agency, with one evidence file, is written straight to the event store: reaching a
    /// conclusion through every step is what the programme tests do, and the access tests only need it to exist.
    /// </remarks>
    public static async Task<World> Plan(IAlbaHost host, Person secretariat, Person? member, string? title = null, string? agency = null,
        bool hearingAndQuestioning = false)
    {
        var creation = ProgrammeStory.Creation();
        var created = await host.SendAs(secretariat, HttpMethod.Post, "/api/programmes",
            creation with { Title = title ?? creation.Title, Agencies = [agency ?? ProgrammeStory.Agency] }, 201);
        var id = (await created.Read<CreationResponse<Guid>>()).Value;
        var programme = (await host.GetJson<ProgrammeView>($"/api/programmes/{id}", secretariat)).Programme;
        var delegation = ProgrammeStory.Delegation(programme);
        if (member is not null)
        {
            delegation = delegation with { Members = [.. delegation.Members!, new NewMember(member.FullName, "Đại biểu HĐND", DelegationRole.Member, member.Id)] };
        }

        await host.SendAs(secretariat, HttpMethod.Post, $"/api/programmes/{id}/delegation", delegation, 204);
        programme = (await host.GetJson<ProgrammeView>($"/api/programmes/{id}", secretariat)).Programme;
        await host.SendAs(secretariat, HttpMethod.Put, $"/api/programmes/{id}/plan", ProgrammeStory.Plan(programme), 204);
        var scheduled = await host.SendAs(secretariat, HttpMethod.Post, $"/api/programmes/{id}/activities", ProgrammeStory.Session(programme), 201);
        var activityId = (await scheduled.Read<CreationResponse<Guid>>()).Value;
        var agencyId = programme.Agencies[0].Id;
        var headId = programme.Delegation!.Head!.Id;
        var finding = await host.SendAs(secretariat, HttpMethod.Post, $"/api/programmes/{id}/findings",
            new { activityId, authorId = headId, kind = "Result", agencyId, text = "Chi trả trợ cấp đúng đối tượng" }, 201);
        var document = await host.SendAs(secretariat, HttpMethod.Post, $"/api/programmes/{id}/issued-documents",
            new { template = "ke-hoach-giam-sat.docx", issuedOn = "2024-05-28", dateReason = ProgrammeStory.Entered }, 201);
        var recommendationId = Guid.CreateVersion7();
        var official = Guid.CreateVersion7();
        var evidence = new EvidenceFile { Id = Guid.CreateVersion7(), RecommendationId = recommendationId, FileName = "minh-chung.pdf", Content = [1, 2, 3] };
        await using (var session = host.Services.GetRequiredService<IDocumentStore>().LightweightSession(secretariat.Council!))
        {
            session.LastModifiedBy = secretariat.UserName;
            session.CorrelationId = $"world-{id}";
            var today = new DateOnly(2024, 7, 5);
            // Issued by a conclusion, it was first a recommendation of its programme's draft report.
            session.Events.Append(id, new RecommendationDrafted(id, recommendationId, agencyId, [], "Tăng cường tập huấn", today.AddMonths(3), []));
            session.Events.StartStream<Recommendation>(recommendationId,
                new RecommendationIssued(recommendationId, id, $"KN-{programme.Code}-01", agencyId, programme.AgencyName(agencyId), [], "Tăng cường tập huấn", today.AddMonths(3),
                    [], "86/TB-HĐND", today, programme.DirectoryAgency(agencyId)),
                new ProgressReported(recommendationId, id, today, "Đã tập huấn 3 huyện", null, [new EvidenceRef(evidence.Id, evidence.FileName, 3, "")]));
            session.Store(evidence);
            session.Store(new Oversight.CouncilDirectory.DirectoryPerson { Id = official, FullName = "Nguyễn Văn E", Position = "Giám đốc Sở" });
            await session.SaveChangesAsync();
        }

        var hearingId = hearingAndQuestioning ? await Hearing(host, secretariat, programme.DirectoryAgency(agencyId)) : Guid.Empty;
        var (questioningId, questionId) = hearingAndQuestioning
            ? await Questioning(host, secretariat, programme.DirectoryAgency(agencyId), official)
            : (Guid.Empty, Guid.Empty);
        return new World(id, activityId, agencyId, headId, (await finding.Read<CreationResponse<Guid>>()).Value,
            (await document.Read<CreationResponse<Guid>>()).Value, recommendationId, evidence.Id, hearingId, questioningId, questionId);
    }

    /// <summary>An open questioning with one question to an official answering for the programme's agency.</summary>
    static async Task<(Guid, Guid)> Questioning(IAlbaHost host, Person secretariat, Guid? agencyId, Guid officialId)
    {
        var today = Oversight.Common.VietnamTime.Today(TimeProvider.System);
        var opened = await host.SendAs(secretariat, HttpMethod.Post, "/api/questioning", new { title = "Chất vấn tại kỳ họp thường lệ", forum = "CouncilSession", heldOn = today }, 201);
        var id = (await opened.Read<CreationResponse<Guid>>()).Value;
        var asked = await host.SendAs(secretariat, HttpMethod.Post, $"/api/questioning/{id}/questions",
            new { deputy = "Trần Thị D", officialId, agencyId, topic = "Trợ giúp xã hội", text = "Vì sao chi trả trợ cấp chậm?" }, 201);
        return (id, (await asked.Read<CreationResponse<Guid>>()).Value);
    }

    static async Task<Guid> Hearing(IAlbaHost host, Person secretariat, Guid? agencyId)
    {
        var today = Oversight.Common.VietnamTime.Today(TimeProvider.System);
        var created = await host.SendAs(secretariat, HttpMethod.Post, "/api/hearings",
            new { subject = "Việc chi trả trợ cấp xã hội chậm", body = "StandingCommittee", scheduledOn = today }, 201);
        var id = (await created.Read<CreationResponse<Guid>>()).Value;
        var url = $"/api/hearings/{id}";
        await host.SendAs(secretariat, HttpMethod.Post, $"{url}/summons",
            new { agencyId, representative = "Giám đốc Sở", questions = new[] { "Vì sao chi trả chậm?" }, reportBy = today }, 204);
        await host.SendAs(secretariat, HttpMethod.Post, $"{url}/session", new { heldOn = today, attendance = new[] { new { agencyId, attendedBy = "Phó Giám đốc" } } }, 204);
        await host.SendAs(secretariat, HttpMethod.Post, $"{url}/explanations", new { agencyId, speaker = "Phó Giám đốc", text = "Do thiếu kinh phí" }, 204);
        await host.SendAs(secretariat, HttpMethod.Post, $"{url}/questions", new { agencyId, deputy = "Trần Thị D", question = "Khi nào xong?" }, 204);
        await host.SendAs(secretariat, HttpMethod.Post, $"{url}/commitments", new { agencyId, text = "Chi trả đủ trong quý", dueDate = today.AddMonths(3) }, 201);
        return id;
    }
}
