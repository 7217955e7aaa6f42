using Oversight.Common;
using Oversight.Findings;
using Oversight.Programmes;
using Oversight.Programmes.Activities;
using Oversight.Programmes.Creating;
using Oversight.Programmes.Deadlines;
using Oversight.Programmes.Delegations;
using Oversight.Programmes.Fieldwork;
using Oversight.Programmes.Planning;
using Oversight.Programmes.Reporting;
using Oversight.Recommendations;
using Wolverine.Marten;

namespace Oversight.Tests.Programmes;

/// <summary>The rules inside each decision, beyond the state machine.</summary>
public sealed class RuleTests
{
    [Fact]
    public void Creating_keeps_text_as_sent_refuses_names_with_spaces_around_drops_duplicate_agencies_and_numbers_the_programme()
    {
        var created = CreateProgrammeHandler.Decide(ProgrammeStory.Creation() with
        {
            Title = "  Giám sát trợ giúp xã hội\n",
            Agencies = ["Sở Tài chính", "sở tài chính", "UBND tỉnh", " "],
        }, 7, ProgrammeStory.Directory, []);

        created.Title.ShouldBe("  Giám sát trợ giúp xã hội\n");
        created.Number.ShouldBe(7);
        // Named as the directory names them, and linked to its agencies by id.
        created.Agencies.Select(agency => agency.Name).ShouldBe(["Sở Tài chính", "Ủy ban nhân dân tỉnh"]);
        created.Agencies.Select(agency => agency.DirectoryId).ShouldBe([ProgrammeStory.Directory[1].Id, ProgrammeStory.Directory[2].Id]);
        Should.Throw<Refusal>(() => CreateProgrammeHandler.Decide(ProgrammeStory.Creation() with { Agencies = ["Sở Tài chính "] }, 7, ProgrammeStory.Directory, []))
            .Errors["agencies"].ShouldBe("Tên cơ quan không được bắt đầu hoặc kết thúc bằng khoảng trắng.");
    }

    [Fact]
    public void Text_is_stored_as_sent_and_its_limit_counts_every_character()
    {
        var programme = ProgrammeStory.Scheduled();
        var text = "  Một số xã chi trả trợ cấp chậm 2-3 tháng.\n\n- Xã A\n- Xã B  ";
        var logged = LogFindingHandler.Decide(programme, new LogFinding(programme.Id, Guid.CreateVersion7(), programme.Activities[0].Id,
            programme.Delegation!.Head!.Id, FindingKind.Shortcoming, programme.Agencies[0].Id, text, " 2-3 tháng "), ProgrammeStory.Secretariat);

        (logged.Text, logged.Figures).ShouldBe((text, " 2-3 tháng "));
        var padded = new string(' ', 10) + new string('a', FindingRules.MaxText - 5);
        Should.Throw<Refusal>(() => LogFindingHandler.Decide(programme, new LogFinding(programme.Id, Guid.CreateVersion7(), null, programme.Delegation.Head.Id,
            FindingKind.Result, null, padded, null), ProgrammeStory.Secretariat)).Errors["text"].ShouldBe($"Nội dung ý kiến dài quá {FindingRules.MaxText} ký tự.");
    }

    [Fact]
    public void Agencies_are_the_directorys_picked_by_id_or_named_as_it_knows_them_whatever_the_case_and_diacritics()
    {
        var directory = ProgrammeStory.Directory;
        var created = CreateProgrammeHandler.Decide(ProgrammeStory.Creation() with { Agencies = ["so ld-tb & xh"], AgencyIds = [directory[1].Id, directory[0].Id] }, 1,
            directory, []);

        created.Agencies.ShouldBe([new AgencyRef(directory[1].Id, "Sở Tài chính", directory[1].Id), new AgencyRef(directory[0].Id, ProgrammeStory.Agency, directory[0].Id)]);
        Should.Throw<Refusal>(() => CreateProgrammeHandler.Decide(ProgrammeStory.Creation() with { Agencies = ["Sở Xây dựng"] }, 1, directory, []))
            .Errors["agencies"].ShouldContain("chưa có cơ quan “Sở Xây dựng”");
        Should.Throw<Refusal>(() => CreateProgrammeHandler.Decide(ProgrammeStory.Creation() with { AgencyIds = [Guid.NewGuid()] }, 1, directory, []))
            .Errors.ShouldContainKey("agencyIds");
    }

    [Fact]
    public void A_committees_oversight_names_the_directorys_committee_by_id_or_by_name()
    {
        var economy = new Oversight.CouncilDirectory.Committee { Id = Guid.CreateVersion7(), Name = "Ban Kinh tế - Ngân sách", ShortName = "Ban KT-NS" };
        var byId = CreateProgrammeHandler.Decide(ProgrammeStory.Creation() with { Body = OverseeingBody.Committee, CommitteeId = economy.Id }, 1, ProgrammeStory.Directory,
            [economy]);
        var byName = CreateProgrammeHandler.Decide(ProgrammeStory.Creation() with { Body = OverseeingBody.Committee, BodyUnit = "ban kt-ns" }, 1, ProgrammeStory.Directory,
            [economy]);

        (byId.CommitteeId, byId.BodyUnit, byName.CommitteeId, byName.BodyUnit).ShouldBe((economy.Id, economy.Name, economy.Id, economy.Name));
        Should.Throw<Refusal>(() => CreateProgrammeHandler.Decide(ProgrammeStory.Creation() with { Body = OverseeingBody.Committee, BodyUnit = "Ban Đô thị" }, 1,
            ProgrammeStory.Directory, [economy])).Errors.ShouldContainKey("bodyUnit");
    }

    [Theory]
    [InlineData(null, 2024, "title")]
    [InlineData("Giám sát", 1999, "year")]
    [InlineData("Giám sát", null, "year")]
    public void Creating_without_a_title_or_a_plausible_year_names_the_field(string? title, int? year, string field)
    {
        var refusal = Should.Throw<Refusal>(() => CreateProgrammeHandler.Decide(ProgrammeStory.Creation() with { Title = title, Year = year }, 1, ProgrammeStory.Directory, []));

        refusal.Status.ShouldBe(400);
        refusal.Errors.Keys.ShouldContain(field);
    }

    [Fact]
    public void A_committee_or_deputy_group_must_be_named_and_there_must_be_an_agency()
    {
        var refusal = Should.Throw<Refusal>(() =>
            CreateProgrammeHandler.Decide(ProgrammeStory.Creation() with { Body = OverseeingBody.Committee, BodyUnit = null, Agencies = [] }, 1, ProgrammeStory.Directory, []));

        refusal.Errors.Keys.ShouldBe(["bodyUnit", "agencies"], ignoreOrder: true);
    }

    [Fact]
    public void A_delegation_needs_exactly_one_head()
    {
        var programme = ProgrammeStory.Proposed();
        var command = ProgrammeStory.Delegation(programme) with { Members = [new NewMember("Bùi Văn Hoàng", null, DelegationRole.DeputyHead)] };

        var refusal = Should.Throw<Refusal>(() => EstablishDelegationHandler.Decide(programme, command, ProgrammeStory.Today, ProgrammeStory.Secretariat, []));

        refusal.Errors["members"].ShouldBe("Đoàn phải có đúng một Trưởng đoàn.");
    }

    [Fact]
    public void Members_are_the_councils_people_picked_by_id_never_by_their_name_and_a_guest_is_never_linked_to_an_account()
    {
        var programme = ProgrammeStory.Proposed();
        var son = new Oversight.CouncilDirectory.PersonView(Guid.NewGuid(), "Đặng Thanh Sơn", null, true, "daibieu.son", Oversight.Accounts.Role.DelegationMember);
        var lan = new Oversight.CouncilDirectory.PersonView(Guid.NewGuid(), "Nguyễn Thị Lan", "Đại biểu HĐND tỉnh", false, null, null);
        var command = ProgrammeStory.Delegation(programme) with
        {
            Members =
            [
                new NewMember(null, "Phó Chủ tịch HĐND tỉnh", DelegationRole.Head, son.Id),
                new NewMember(null, null, DelegationRole.Member, lan.Id),
                new NewMember("Đặng Thanh Sơn", "Đại biểu", DelegationRole.Member),
                new NewMember(null, "Khách mời", DelegationRole.Invited, son.Id),
            ],
        };

        var established = EstablishDelegationHandler.Decide(programme, command, ProgrammeStory.Today, ProgrammeStory.Secretariat, [son, lan]);

        established.Members.Select(member => (member.Name, member.Position, member.Id == son.Id, member.Id == lan.Id)).ShouldBe(
        [
            ("Đặng Thanh Sơn", "Phó Chủ tịch HĐND tỉnh", true, false), ("Nguyễn Thị Lan", "Đại biểu HĐND tỉnh", false, true), ("Đặng Thanh Sơn", "Đại biểu", false, false),
            ("Đặng Thanh Sơn", "Khách mời", false, false),
        ]);
        Should.Throw<Refusal>(() => EstablishDelegationHandler.Decide(programme,
                command with { Members = [new NewMember("Người lạ", null, DelegationRole.Head, Guid.NewGuid())] }, ProgrammeStory.Today, ProgrammeStory.Secretariat, [son]))
            .Errors["members[0].personId"].ShouldContain("không có trong danh bạ");
    }

    [Fact]
    public void The_head_cannot_be_removed_but_a_member_can_with_a_reason()
    {
        var programme = ProgrammeStory.WithDelegation();
        var head = programme.Delegation!.Head!;
        var member = programme.Delegation.Active.First(candidate => candidate.Role == DelegationRole.Member);

        Should.Throw<Refusal>(() => RemoveMemberHandler.Decide(programme, new RemoveMember(programme.Id, head.Id, "Chuyển công tác"))).Status.ShouldBe(409);
        Should.Throw<Refusal>(() => RemoveMemberHandler.Decide(programme, new RemoveMember(programme.Id, member.Id, " "))).Status.ShouldBe(400);
        ProgrammeStory.Step(programme, p => RemoveMemberHandler.Decide(p, new RemoveMember(p.Id, member.Id, "Chuyển công tác")));

        programme.ActiveMember(member.Id).ShouldBeNull();
        programme.Delegation.Members.Single(candidate => candidate.Id == member.Id).RemovedReason.ShouldBe("Chuyển công tác");
    }

    [Fact]
    public void A_plan_needs_a_report_deadline_for_every_agency_when_agencies_report_in_writing()
    {
        var programme = ProgrammeStory.WithDelegation();

        var refusal = Should.Throw<Refusal>(() => SavePlanHandler.Decide(programme, ProgrammeStory.Plan(programme) with { ReportDeadlines = [] }, ProgrammeStory.PlanDate, ProgrammeStory.Secretariat));

        refusal.Errors["reportDeadlines"].ShouldBe("Hãy đặt hạn gửi báo cáo cho từng cơ quan chịu giám sát.");
    }

    [Fact]
    public void A_plan_revision_from_an_older_version_is_refused_with_412_and_a_current_one_bumps_the_version()
    {
        var programme = ProgrammeStory.Planned();

        Should.Throw<Refusal>(() => SavePlanHandler.Decide(programme, ProgrammeStory.Plan(programme, 0), ProgrammeStory.PlanDate, ProgrammeStory.Secretariat)).Status.ShouldBe(412);
        var revised = SavePlanHandler.Decide(programme, ProgrammeStory.Plan(programme, 1) with { Reason = "Bổ sung nội dung" }, ProgrammeStory.PlanDate, ProgrammeStory.Secretariat)
            .ShouldBeOfType<PlanRevised>();

        revised.Version.ShouldBe(2);
        revised.Reason.ShouldBe("Bổ sung nội dung");
    }

    [Fact]
    public void Fieldwork_cannot_end_while_a_session_is_still_on_the_schedule()
    {
        var programme = ProgrammeStory.InProgress();
        ProgrammeStory.Step(programme, p => ScheduleActivityHandler.Decide(p, ProgrammeStory.Session(p) with { Date = new DateOnly(2024, 7, 2) }, ProgrammeStory.PlanDate, ProgrammeStory.Secretariat));

        var refusal = Should.Throw<Refusal>(() => EndFieldworkHandler.Decide(programme, new EndFieldwork(programme.Id, new DateOnly(2024, 7, 3)), ProgrammeStory.Today, ProgrammeStory.Secretariat));

        refusal.Status.ShouldBe(409);
        refusal.Message.ShouldContain("02/07/2024");
    }

    [Fact]
    public void A_held_session_cannot_be_postponed_and_its_minutes_are_revised_instead()
    {
        var programme = ProgrammeStory.InProgress();
        var activity = programme.Activities[0];

        Should.Throw<Refusal>(() => PostponeActivityHandler.Decide(programme,
            new PostponeActivity(programme.Id, activity.Id, new DateOnly(2024, 7, 1), null, "Trùng lịch"))).Status.ShouldBe(409);
        RecordMinutesHandler.Decide(programme, ProgrammeStory.Minutes(programme), ProgrammeStory.Today).ShouldBeOfType<MinutesRevised>();
    }

    [Fact]
    public void Only_members_log_findings_only_authors_amend_them_and_nothing_changes_after_approval()
    {
        var programme = ProgrammeStory.InProgress();
        var finding = ProgrammeStory.Finding(programme, FindingKind.Result, "Chi trả đúng đối tượng");
        var other = programme.Delegation!.Active.First(member => member.Role == DelegationRole.DeputyHead).Id;

        Should.Throw<Refusal>(() => LogFindingHandler.Decide(programme,
            new LogFinding(programme.Id, Guid.CreateVersion7(), null, Guid.NewGuid(), FindingKind.Cause, null, "Ý kiến", null), ProgrammeStory.Secretariat)).Status.ShouldBe(403);
        Should.Throw<Refusal>(() => AmendFindingHandler.Decide(programme, finding,
            new AmendFinding(finding.Id, other, FindingKind.Result, null, "Sửa", null), ProgrammeStory.Secretariat)).Status.ShouldBe(403);
        AmendFindingHandler.Decide(programme, finding, new AmendFinding(finding.Id, finding.AuthorId, FindingKind.Result, null, "Chi trả kịp thời", null),
            ProgrammeStory.Secretariat).Text.ShouldBe("Chi trả kịp thời");

        // A member writes in their own name whoever the command names, and amends only what they wrote.
        var member = ProgrammeStory.MemberActor(other);
        LogFindingHandler.Decide(programme, new LogFinding(programme.Id, Guid.CreateVersion7(), null, finding.AuthorId, FindingKind.Cause, null, "Ý kiến", null), member)
            .AuthorId.ShouldBe(other);
        Should.Throw<Refusal>(() => AmendFindingHandler.Decide(programme, finding,
            new AmendFinding(finding.Id, finding.AuthorId, FindingKind.Result, null, "Sửa hộ", null), member)).Status.ShouldBe(403);

        var approved = ProgrammeStory.Approved();
        var late = ProgrammeStory.Finding(ProgrammeStory.Drafted(), FindingKind.Cause, "Nguyên nhân");
        Should.Throw<Refusal>(() => AmendFindingHandler.Decide(approved, late,
            new AmendFinding(late.Id, late.AuthorId, FindingKind.Cause, null, "Sửa muộn", null), ProgrammeStory.Secretariat)).Message.ShouldContain("đã duyệt báo cáo");
    }

    [Fact]
    public void Only_the_secretary_merges_duplicates_into_one_finding()
    {
        var programme = ProgrammeStory.InProgress();
        var first = ProgrammeStory.Finding(programme, FindingKind.Shortcoming, "Phần mềm chưa đồng bộ");
        var second = ProgrammeStory.Finding(programme, FindingKind.Shortcoming, "Phần mềm quản lý chưa thống nhất");
        var secretary = programme.Delegation!.Active.Single(member => member.Role == DelegationRole.Secretary).Id;
        var command = new MergeFindings(programme.Id, programme.Delegation.Head!.Id, first.Id, [second.Id], "Phần mềm quản lý đối tượng chưa đồng bộ");

        Should.Throw<Refusal>(() => MergeFindingsHandler.Decide(programme, [first, second], command)).Status.ShouldBe(403);
        var operations = MergeFindingsHandler.Decide(programme, [first, second], command with { SecretaryId = secretary }).Cast<AppendToStream>().ToList();

        operations.Select(operation => operation.StreamId).ShouldBe([first.Id, second.Id]);
        var merged = operations[0].Events.Single().ShouldBeOfType<DuplicatesMerged>();
        merged.DuplicateIds.ShouldBe([second.Id]);
        merged.Text.ShouldBe("Phần mềm quản lý đối tượng chưa đồng bộ");
        operations[1].Events.Single().ShouldBe(new FindingMergedInto(second.Id, first.Id));
    }

    [Fact]
    public void The_draft_report_gathers_findings_by_kind_and_turns_proposals_into_recommendations()
    {
        var programme = ProgrammeStory.Drafted();

        // One agency overseen: its findings need no heading naming it.
        programme.Report!.Sections.Results.ShouldBe("- Chi trả trợ cấp kịp thời, đúng đối tượng");
        programme.Report.Sections.Overview.ShouldContain("Quyết định số 25/QĐ-TTHĐND ngày 20 tháng 5 năm 2024");
        // The session was held at the agency's own seat, so the agency is named once.
        programme.Report.Sections.Overview.ShouldContain("Ngày 24 tháng 6 năm 2024, Đoàn làm việc với Sở Lao động - Thương binh và Xã hội.");
        programme.Recommendations.Single().DueDate.ShouldBeNull();
    }

    [Fact]
    public void A_stale_report_edit_is_412_approval_is_for_the_head_and_needs_dated_recommendations()
    {
        var programme = ProgrammeStory.Drafted();

        Should.Throw<Refusal>(() => EditDraftReportHandler.Decide(programme, new EditDraftReport(programme.Id, 0, "a", "b", "c", "d"))).Status.ShouldBe(412);
        var secretary = programme.Delegation!.Active.Single(member => member.Role == DelegationRole.Secretary).Id;
        Should.Throw<Refusal>(() => ApproveDraftReportHandler.Decide(programme, new ApproveDraftReport(programme.Id, secretary), ProgrammeStory.SessionDate, ProgrammeStory.Secretariat))
            .Status.ShouldBe(403);
        Should.Throw<Refusal>(() => ApproveDraftReportHandler.Decide(programme, new ApproveDraftReport(programme.Id, programme.Delegation.Head!.Id),
            ProgrammeStory.SessionDate, ProgrammeStory.Secretariat)).Message.ShouldContain("chưa có thời hạn thực hiện");
    }

    [Fact]
    public void The_conclusion_needs_the_approved_report_and_starts_one_coded_stream_per_recommendation()
    {
        var drafted = ProgrammeStory.Drafted();
        Should.Throw<Refusal>(() => IssueConclusionHandler.Decide(drafted,
            new IssueConclusion(drafted.Id, "120/TB-HĐND", new DateOnly(2024, 7, 5), "Kết luận"), ProgrammeStory.Today, ProgrammeStory.Secretariat)).Message.ShouldContain("chưa được Trưởng đoàn duyệt");

        var approved = ProgrammeStory.Approved();
        // A number is one line with nothing around it: refused, never trimmed.
        Should.Throw<Refusal>(() => IssueConclusionHandler.Decide(approved, new IssueConclusion(approved.Id, " 120/TB-HĐND ", new DateOnly(2024, 7, 5), "Kết luận",
                ProgrammeStory.Entered), ProgrammeStory.Today, ProgrammeStory.Secretariat))
            .Errors["number"].ShouldBe("Số, ký hiệu văn bản kết luận không được bắt đầu hoặc kết thúc bằng khoảng trắng.");
        var (events, operations) = IssueConclusionHandler.Decide(approved, new IssueConclusion(approved.Id, "120/TB-HĐND", new DateOnly(2024, 7, 5), "Kết luận", ProgrammeStory.Entered), ProgrammeStory.Today, ProgrammeStory.Secretariat);

        events.Single().ShouldBe(new ConclusionIssued(approved.Id, "120/TB-HĐND", new DateOnly(2024, 7, 5), "Kết luận", ProgrammeStory.Entered));
        var issued = operations.Cast<IStartStream>().Single().Events.Single().ShouldBeOfType<RecommendationIssued>();
        issued.Code.ShouldBe("KN-2024-001-01");
        issued.DueDate.ShouldBe(new DateOnly(2024, 12, 31));
        issued.AgencyName.ShouldBe(ProgrammeStory.Agency);
    }

    [Fact]
    public void Deadlines_follow_the_configured_days_and_turn_at_risk_then_overdue()
    {
        var programme = ProgrammeStory.WithDelegation();
        var settings = new DeadlineSettings { PlanDaysAfterDecision = 15, AtRiskDays = 3 };

        ProgrammeDeadlines.For(programme, settings, new DateOnly(2024, 5, 30)).Single().State.ShouldBe(DeadlineState.Upcoming);
        ProgrammeDeadlines.For(programme, settings, new DateOnly(2024, 6, 1)).Single().State.ShouldBe(DeadlineState.AtRisk);
        ProgrammeDeadlines.For(programme, settings, new DateOnly(2024, 6, 5)).Single().State.ShouldBe(DeadlineState.Overdue);
        ProgrammeDeadlines.For(programme, new DeadlineSettings { PlanDaysAfterDecision = 30 }, new DateOnly(2024, 6, 5)).Single().DueOn
            .ShouldBe(new DateOnly(2024, 6, 19));
    }

    [Fact]
    public void A_schedule_notified_less_than_ten_days_ahead_is_marked_late()
    {
        var programme = ProgrammeStory.Planned();
        ProgrammeStory.Step(programme, p => ScheduleActivityHandler.Decide(p, ProgrammeStory.Session(p) with { NotifiedOn = new DateOnly(2024, 6, 20) }, new DateOnly(2024, 6, 20), ProgrammeStory.Secretariat));

        var notice = ProgrammeDeadlines.For(programme, new DeadlineSettings(), new DateOnly(2024, 6, 20)).Single(deadline => deadline.Label.StartsWith("Thông báo lịch"));

        notice.DueOn.ShouldBe(new DateOnly(2024, 6, 14));
        notice.State.ShouldBe(DeadlineState.MetLate);
    }
}
