using Oversight.Common;
using Oversight.Findings;
using Oversight.Programmes;
using Oversight.Programmes.Activities;
using Oversight.Programmes.AgencyReports;
using Oversight.Programmes.Delegations;
using Oversight.Programmes.Fieldwork;
using Oversight.Programmes.Lifecycle;
using Oversight.Programmes.Planning;
using Oversight.Programmes.Reporting;

namespace Oversight.Tests.Programmes;

/// <summary>Every action tried in every status, through the real deciders: refused with 409 exactly where the state machine says.</summary>
public sealed class TransitionTests
{
    static readonly DateOnly Later = new(2024, 7, 1);

    static readonly Dictionary<ProgrammeAction, Func<Programme, object>> attempts = new()
    {
        [ProgrammeAction.EstablishDelegation] = p => EstablishDelegationHandler.Decide(p, ProgrammeStory.Delegation(p), ProgrammeStory.Today, ProgrammeStory.Secretariat, []),
        [ProgrammeAction.ChangeDelegation] = p => AddMemberHandler.Decide(p,
            new AddMember(p.Id, new NewMember("Nguyễn Thị Lan", "Đại biểu HĐND tỉnh", DelegationRole.Member), "Bổ sung theo đề nghị của Ban"), []),
        [ProgrammeAction.AdoptPlan] = p => SavePlanHandler.Decide(p, ProgrammeStory.Plan(p, p.PlanVersion), Later, ProgrammeStory.Secretariat),
        [ProgrammeAction.RevisePlan] = p => SavePlanHandler.Decide(p, ProgrammeStory.Plan(p, p.PlanVersion), Later, ProgrammeStory.Secretariat),
        [ProgrammeAction.RecordAgencyReport] = p => RecordAgencyReportHandler.Decide(p,
            new RecordAgencyReport(p.Id, p.Agencies[0].Id, new DateOnly(2024, 6, 12), "152/BC-SLĐTBXH", "Báo cáo kết quả thực hiện"), ProgrammeStory.Today, ProgrammeStory.Secretariat),
        [ProgrammeAction.ScheduleActivity] = p => ScheduleActivityHandler.Decide(p,
            new ScheduleActivity(p.Id, Guid.CreateVersion7(), ActivityKind.FieldSurvey, Later, null, "Trung tâm Công tác xã hội tỉnh", p.Agencies[0].Id, [], null), Later, ProgrammeStory.Secretariat),
        [ProgrammeAction.ChangeActivity] = p => PostponeActivityHandler.Decide(p,
            new PostponeActivity(p.Id, p.Activities.FirstOrDefault()?.Id ?? Guid.NewGuid(), Later, null, "Trùng lịch tiếp xúc cử tri")),
        [ProgrammeAction.RecordMinutes] = p => RecordMinutesHandler.Decide(p,
            new RecordMinutes(p.Id, p.Activities.FirstOrDefault()?.Id ?? Guid.NewGuid(), "Báo cáo của Sở", null, null, null, null), ProgrammeStory.Today),
        [ProgrammeAction.LogFinding] = p => LogFindingHandler.Decide(p,
            new LogFinding(p.Id, Guid.CreateVersion7(), null, p.Delegation?.Head?.Id ?? Guid.NewGuid(), FindingKind.Shortcoming, null, "Phần mềm quản lý chưa đồng bộ", null), ProgrammeStory.Secretariat),
        [ProgrammeAction.EndFieldwork] = p => EndFieldworkHandler.Decide(p, new EndFieldwork(p.Id, Later), ProgrammeStory.Today, ProgrammeStory.Secretariat),
        [ProgrammeAction.AssembleReport] = p => AssembleDraftReportHandler.Decide(p, []),
        [ProgrammeAction.EditReport] = p => EditDraftReportHandler.Decide(p,
            new EditDraftReport(p.Id, p.Report?.Version ?? 1, "Khái quát", "Kết quả", "Hạn chế", "Nguyên nhân")),
        [ProgrammeAction.CirculateReport] = p => CirculateDraftReportHandler.Decide(p, new CirculateDraftReport(p.Id, null)),
        [ProgrammeAction.CommentOnReport] = p => CommentOnDraftReportHandler.Decide(p,
            new CommentOnDraftReport(p.Id, Guid.CreateVersion7(), ReportSection.Results, "Cần nêu số đối tượng"), ProgrammeStory.MemberActor(p.Delegation?.Head?.Id ?? Guid.NewGuid())),
        [ProgrammeAction.AnswerComments] = p => AnswerDraftCommentHandler.Decide(p, new AnswerDraftComment(p.Id, Guid.NewGuid(), CommentOutcome.TakenIn, null)),
        [ProgrammeAction.SubmitReport] = p => SubmitDraftReportHandler.Decide(p, new SubmitDraftReport(p.Id, null)),
        [ProgrammeAction.ApproveReportAsHead] = p => ApproveDraftReportAsHeadHandler.Decide(p, new ApproveDraftReportAsHead(p.Id), Later,
            ProgrammeStory.MemberActor(p.Delegation?.Head?.Id ?? Guid.NewGuid())),
        [ProgrammeAction.ApproveReport] = p => ApproveDraftReportHandler.Decide(p, new ApproveDraftReport(p.Id, p.Delegation?.Head?.Id ?? Guid.NewGuid()), Later, ProgrammeStory.Secretariat),
        [ProgrammeAction.IssueConclusion] = p => IssueConclusionHandler.Decide(p, new IssueConclusion(p.Id, "120/TB-HĐND", Later, "Kết luận"), ProgrammeStory.Today, ProgrammeStory.Secretariat),
        [ProgrammeAction.StartFollowUp] = p => StartFollowUpHandler.Decide(p, new StartFollowUp(p.Id)),
        [ProgrammeAction.Close] = p => CloseProgrammeHandler.Decide(p, new CloseProgramme(p.Id, null)),
        [ProgrammeAction.Postpone] = p => PostponeProgrammeHandler.Decide(p, new PostponeProgramme(p.Id, "Chờ kỳ họp")),
        [ProgrammeAction.Resume] = p => ResumeProgrammeHandler.Decide(p, new ResumeProgramme(p.Id)),
        [ProgrammeAction.Cancel] = p => CancelProgrammeHandler.Decide(p, new CancelProgramme(p.Id, "Không còn cần thiết")),
    };

    public static TheoryData<ProgrammeStatus, ProgrammeAction> Cases()
    {
        var cases = new TheoryData<ProgrammeStatus, ProgrammeAction>();
        foreach (var status in Enum.GetValues<ProgrammeStatus>())
        {
            foreach (var action in Enum.GetValues<ProgrammeAction>())
            {
                cases.Add(status, action);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_action_is_refused_with_409_exactly_where_the_state_machine_forbids_it(ProgrammeStatus status, ProgrammeAction action)
    {
        var programme = ProgrammeStory.In(status);
        programme.Status.ShouldBe(status);
        // Saving a plan adopts it when there is none and revises it otherwise.
        var governing = action is ProgrammeAction.AdoptPlan or ProgrammeAction.RevisePlan
            ? programme.Plan is null ? ProgrammeAction.AdoptPlan : ProgrammeAction.RevisePlan
            : action;

        var refusal = Record.Exception(() => attempts[action](programme));

        var stateRefusal = refusal is Refusal { Status: 409 } refused && refused.Message.Contains($"đang ở bước “{Labels.Of(status)}”");
        stateRefusal.ShouldBe(!ProgrammeStates.Allows(governing, status), $"{action} in {status}: {refusal?.Message ?? "accepted"}");
        if (refusal is not null && !stateRefusal)
        {
            refusal.ShouldBeOfType<Refusal>($"{action} in {status} failed with {refusal}");
        }
    }

    [Fact]
    public void The_main_path_walks_every_status_in_order()
    {
        ProgrammeStory.Proposed().Status.ShouldBe(ProgrammeStatus.Proposed);
        ProgrammeStory.WithDelegation().Status.ShouldBe(ProgrammeStatus.DelegationEstablished);
        ProgrammeStory.Planned().Status.ShouldBe(ProgrammeStatus.Planned);
        ProgrammeStory.InProgress().Status.ShouldBe(ProgrammeStatus.InProgress);
        ProgrammeStory.Reporting().Status.ShouldBe(ProgrammeStatus.Reporting);
        ProgrammeStory.Concluded().Status.ShouldBe(ProgrammeStatus.Concluded);
        ProgrammeStory.FollowingUp().Status.ShouldBe(ProgrammeStatus.FollowingUp);
        ProgrammeStory.Closed().Status.ShouldBe(ProgrammeStatus.Closed);
    }

    [Fact]
    public void A_postponed_programme_resumes_where_it_was()
    {
        var programme = ProgrammeStory.Postponed();
        programme.StatusReason.ShouldBe("Trùng kỳ họp");

        ProgrammeStory.Step(programme, p => ResumeProgrammeHandler.Decide(p, new ResumeProgramme(p.Id)));

        programme.Status.ShouldBe(ProgrammeStatus.Planned);
        programme.StatusReason.ShouldBeNull();
    }

    [Fact]
    public void A_refusal_says_where_the_programme_stands_and_what_comes_next()
    {
        var refusal = Should.Throw<Refusal>(() => attempts[ProgrammeAction.IssueConclusion](ProgrammeStory.Proposed()));

        refusal.Message.ShouldBe("Không thể ban hành kết luận khi cuộc giám sát đang ở bước “Dự kiến”. Việc tiếp theo: ghi nhận quyết định thành lập Đoàn giám sát.");
    }
}
