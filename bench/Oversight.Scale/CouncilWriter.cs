using Marten;
using Oversight.Councils;
using Oversight.CouncilDirectory;
using Oversight.Findings;
using Oversight.Programmes;
using Oversight.Programmes.Creating;
using Oversight.Recommendations;
using Oversight.Recommendations.Reminders;

namespace Oversight.Scale;

/// <summary>Writes one council's programmes as the events its people would have recorded over the years.</summary>
public sealed class CouncilWriter(CouncilPlan plan, Random random)
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    bool Province => plan.Council.Level == CouncilLevel.Province;

    public IEnumerable<ProgrammeWrite> Programmes() => plan.Programmes.Select(Write);

    /// <summary>The council's directory: the agencies its programmes oversee and its committees, named by id.</summary>
    public IEnumerable<object> Directory() =>
        plan.Agencies.Select(name => (object)new Agency { Id = plan.DirectoryId(name), Name = name, Level = Province ? AgencyLevel.Province : AgencyLevel.Commune })
            .Concat(plan.Committees.Select(name => new Committee { Id = plan.DirectoryId(name), Name = name }));

    public IEnumerable<ProgrammeNumbering> Numbering() =>
        plan.Programmes.GroupBy(programme => programme.Year).Select(year => new ProgrammeNumbering { Id = year.Key, Last = year.Max(programme => programme.Number) });

    ProgrammeWrite Write(ProgrammePlan programme)
    {
        var id = Guid.CreateVersion7();
        var subject = random.Pick(Texts.Subjects);
        var agencies = plan.Agencies.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).Select(name => new AgencyRef(plan.DirectoryId(name), name, plan.DirectoryId(name)))
            .ToList();
        var latestStart = programme.Year < Country.CurrentYear ? 240 : programme.Stage == Stage.FollowingUp ? 170 : 280;
        var start = new DateOnly(programme.Year, 1, 10).AddDays(random.Next(latestStart));
        var body = Province
            ? random.Pick([OverseeingBody.Council, OverseeingBody.StandingCommittee, OverseeingBody.StandingCommittee, OverseeingBody.Committee, OverseeingBody.Committee])
            : random.Pick([OverseeingBody.StandingCommittee, OverseeingBody.Committee]);
        var committee = body == OverseeingBody.Committee ? random.Pick(plan.Committees) : null;
        var events = new List<object>
        {
            new ProgrammeCreated(id, programme.Number, $"Giám sát việc {subject} giai đoạn {programme.Year - 2}–{programme.Year - 1}", programme.Year,
                $"Việc {subject} trên địa bàn {plan.Council.Place}", ["Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015"], body,
                committee, $"Từ 01/01/{programme.Year - 2} đến 31/12/{programme.Year - 1}",
                agencies, new AnnualProgrammeEntry(programme.Year, $"{random.Next(1, 90)}/NQ-HĐND", new DateOnly(programme.Year - 1, 12, 10)), null,
                committee is null ? null : plan.DirectoryId(committee)),
        };
        var members = Enumerable.Range(0, 4 + random.Next(4)).Select(index => new Member(Guid.CreateVersion7(), random.Person(),
            index == 0 ? "Phó Chủ tịch Hội đồng nhân dân" : "Đại biểu Hội đồng nhân dân",
            index switch { 0 => DelegationRole.Head, 1 => DelegationRole.DeputyHead, 2 => DelegationRole.Secretary, _ => DelegationRole.Member })).ToList();
        events.Add(new DelegationEstablished(id, $"{random.Next(1, 400)}/QĐ-HĐND", start.AddDays(5), members[0].Name, members));
        events.Add(new PlanAdopted(id, new Plan($"Đánh giá kết quả {subject}", $"Tình hình {subject}; kết quả, tồn tại và nguyên nhân",
            PlanMethods.WrittenReports | PlanMethods.WorkingSessions | (random.Next(2) == 0 ? PlanMethods.FieldSurveys : PlanMethods.None),
            ["Kết quả đạt được", "Tồn tại, hạn chế", "Nguyên nhân", "Kiến nghị"],
            [.. agencies.Select(agency => new ReportDeadline(agency.Id, start.AddDays(25)))]), start.AddDays(10)));
        if (programme.Stage == Stage.Planned)
        {
            return new ProgrammeWrite(id, events, [], []);
        }

        var findings = new List<FindingLogged>();
        foreach (var (agency, index) in agencies.Select((agency, index) => (agency, index)))
        {
            var activity = Guid.CreateVersion7();
            var held = start.AddDays(40 + index * 7);
            events.Add(new ActivityScheduled(id, activity, ActivityKind.WorkingSession, held, new TimeOnly(8, 0), $"Trụ sở {agency.Name}", agency.Id,
                [.. members.Take(3).Select(member => member.Id)], null, held.AddDays(-10)));
            events.Add(new ActivityHeld(id, activity, new Minutes($"{agency.Name} trình bày báo cáo về {subject}", "Thành viên đoàn nêu câu hỏi về tiến độ và số liệu",
                "Đại diện cơ quan giải trình các nội dung", null, "Trưởng đoàn kết luận buổi làm việc")));
            for (var n = 1 + random.Next(4); n > 0; n--)
            {
                var kind = random.Pick([FindingKind.Result, FindingKind.Shortcoming, FindingKind.Shortcoming, FindingKind.Cause, FindingKind.Proposal]);
                findings.Add(new FindingLogged(Guid.CreateVersion7(), id, activity, random.Pick(members).Id, kind, agency.Id,
                    kind == FindingKind.Result ? $"Kết quả {subject} cơ bản đạt kế hoạch" : $"Về {subject}: {random.Pick(Texts.Shortcomings)}",
                    random.Next(3) == 0 ? $"{random.Next(10, 95)}% kế hoạch" : null));
            }
        }

        if (programme.Stage == Stage.InFieldwork)
        {
            return new ProgrammeWrite(id, events, findings, []);
        }

        var sections = new ReportSections($"Đoàn giám sát đã làm việc với {agencies.Count} cơ quan về {subject}.", $"Kết quả {subject} cơ bản đạt kế hoạch.",
            string.Join("; ", findings.Where(finding => finding.Kind == FindingKind.Shortcoming).Select(finding => finding.Text).Take(3)),
            "Nguồn lực còn hạn chế; phối hợp chưa chặt chẽ.");
        events.Add(new FieldworkEnded(id, start.AddDays(80)));
        events.Add(new DraftReportAssembled(id, sections));
        if (programme.Stage == Stage.Reporting)
        {
            return new ProgrammeWrite(id, events, findings, []);
        }

        events.Add(new DraftReportCirculated(id, null));
        events.Add(new DraftReportApproved(id, start.AddDays(100)));
        var issuedOn = start.AddDays(110);
        var conclusion = $"{random.Next(1, 300)}/KL-HĐND";
        var recommendations = new List<List<object>>();
        for (var index = 1; index <= programme.Recommendations; index++)
        {
            var agency = random.Pick(agencies);
            var recommendation = Guid.CreateVersion7();
            var text = $"{random.Pick(Texts.Actions)} về {subject}";
            var due = issuedOn.AddDays(60 + random.Next(180));
            var basis = findings.Where(finding => finding.AgencyId == agency.Id).Take(2).Select(finding => finding.FindingId).ToList();
            events.Add(new RecommendationDrafted(id, recommendation, agency.Id, [], text, due, basis));
            recommendations.Add(FollowUp(new RecommendationIssued(recommendation, id, $"KN-{programme.Year}-{programme.Number:000}-{index:00}", agency.Id, agency.Name,
                [], text, due, basis, conclusion, issuedOn, agency.DirectoryId)));
        }

        events.Add(new ConclusionIssued(id, conclusion, issuedOn, $"Kết luận về {subject}"));
        events.Add(new FollowUpStarted(id));
        if (random.Next(2) == 0)
        {
            events.Add(new ConclusionPublished(id, issuedOn.AddDays(3)));
        }

        return new ProgrammeWrite(id, events, findings, recommendations);
    }

    /// <summary>What the agency and the council did about one recommendation by today, given how long ago it fell due.</summary>
    List<object> FollowUp(RecommendationIssued issued)
    {
        var id = issued.RecommendationId;
        var programme = issued.ProgrammeId;
        var due = issued.DueDate;
        var events = new List<object> { issued };
        void Add(Func<DateOnly, object> make, DateOnly on)
        {
            if (on <= Today)
            {
                events.Add(make(on));
            }
        }

        void Reminders(params int[] daysBefore)
        {
            foreach (var days in daysBefore)
            {
                Add(on => new ReminderSent(id, programme, on, due, days, 3), due.AddDays(-days * 7 / 5 + (days == 0 ? 1 : 0)));
            }
        }

        Add(on => new RecommendationAcknowledged(id, programme, on, null), issued.IssuedOn.AddDays(3 + random.Next(10)));
        var outcome = random.Next(100);
        if (due > Today)
        {
            Reminders(15, 7, 3);
            if (outcome < 40)
            {
                Add(on => new ProgressReported(id, programme, on, "Đang triển khai thực hiện", $"{random.Next(20, 80)}%", []), issued.IssuedOn.AddDays(30));
            }
            else if (outcome < 45)
            {
                Add(on => new ExtensionRequested(id, programme, on, due.AddDays(90), "Cần thêm thời gian bố trí kinh phí"), Today.AddDays(-random.Next(1, 20)));
            }

            return events;
        }

        var claimed = due.AddDays(-random.Next(40) + (outcome >= 80 ? 30 : 0));
        if (outcome < 8)
        {
            events.Add(new ExtensionRequested(id, programme, due.AddDays(-20), due.AddDays(60), "Vướng mắc về thủ tục"));
            events.Add(new ExtensionGranted(id, programme, due.AddDays(-15), due.AddDays(60), null));
            due = due.AddDays(60);
        }

        Reminders(15, 7);
        Add(on => new ProgressReported(id, programme, on, "Đã triển khai một phần", null, []), claimed.AddDays(-20));
        if (outcome < 70)
        {
            Add(on => new CompletionReported(id, programme, on, "Đã thực hiện xong", []), claimed);
            if (outcome < 10)
            {
                Add(on => new CompletionVerified(id, programme, on, Verdict.NotSatisfactory, "Chưa đủ minh chứng"), claimed.AddDays(10));
                Add(on => new CompletionReported(id, programme, on, "Bổ sung minh chứng", []), claimed.AddDays(20));
            }

            var verdict = outcome % 7 == 0 ? Verdict.PartlyResolved : Verdict.Resolved;
            Add(on => new CompletionVerified(id, programme, on, verdict, null), claimed.AddDays(30));
            if (outcome % 5 == 0)
            {
                Add(on => new RecommendationClosed(id, programme, on, null), claimed.AddDays(60));
            }
        }
        else if (outcome < 80)
        {
            Add(on => new ExplanationSubmitted(id, programme, on, "Nội dung không thuộc thẩm quyền của cơ quan", true), claimed);
            Add(on => new ExplanationJudged(id, programme, on, outcome % 2 == 0, null), claimed.AddDays(20));
        }
        else
        {
            Reminders(3, 0);
            Add(on => new EscalationDecided(id, programme, on, EscalationStep.FirstReminder, null), due.AddDays(10));
            if (outcome >= 90)
            {
                Add(on => new EscalationDecided(id, programme, on, EscalationStep.FurtherReminder, null), due.AddDays(40));
            }
        }

        return events;
    }
}

/// <summary>A programme's stream, its findings' and its recommendations' streams, ready to append.</summary>
public sealed record ProgrammeWrite(Guid Id, List<object> Events, List<FindingLogged> Findings, List<List<object>> Recommendations)
{
    public int AppendTo(IDocumentSession session)
    {
        session.Events.StartStream<Programme>(Id, Events);
        foreach (var finding in Findings)
        {
            session.Events.StartStream<Finding>(finding.FindingId, finding);
        }

        foreach (var recommendation in Recommendations)
        {
            session.Events.StartStream<Recommendation>(((RecommendationIssued)recommendation[0]).RecommendationId, recommendation);
        }

        return Events.Count + Findings.Count + Recommendations.Sum(stream => stream.Count);
    }
}
