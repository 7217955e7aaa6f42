using System.Reflection;
using Oversight.Accounts;
using Oversight.Common;

namespace Oversight.Programmes;

/// <summary>What a programme's commands may do in each status.</summary>
public enum ProgrammeAction
{
    [Label("ghi nhận quyết định thành lập Đoàn")]
    EstablishDelegation,
    [Label("thay đổi thành viên Đoàn")]
    ChangeDelegation,
    [Label("ban hành kế hoạch giám sát")]
    AdoptPlan,
    [Label("sửa kế hoạch giám sát")]
    RevisePlan,
    [Label("ghi nhận báo cáo của cơ quan")]
    RecordAgencyReport,
    [Label("xếp lịch làm việc")]
    ScheduleActivity,
    [Label("hoãn hoặc hủy buổi làm việc")]
    ChangeActivity,
    [Label("ghi biên bản buổi làm việc")]
    RecordMinutes,
    [Label("ghi ý kiến giám sát")]
    LogFinding,
    [Label("kết thúc giai đoạn làm việc")]
    EndFieldwork,
    [Label("lập dự thảo báo cáo")]
    AssembleReport,
    [Label("sửa dự thảo báo cáo")]
    EditReport,
    [Label("gửi dự thảo báo cáo xin ý kiến")]
    CirculateReport,
    [Label("góp ý dự thảo báo cáo")]
    CommentOnReport,
    [Label("trả lời góp ý về dự thảo báo cáo")]
    AnswerComments,
    [Label("trình Trưởng đoàn duyệt báo cáo")]
    SubmitReport,
    [Label("duyệt báo cáo với tư cách Trưởng đoàn")]
    ApproveReportAsHead,
    [Label("ghi nhận Trưởng đoàn đã duyệt báo cáo trên giấy")]
    ApproveReport,
    [Label("ban hành kết luận")]
    IssueConclusion,
    [Label("bắt đầu theo dõi kiến nghị")]
    StartFollowUp,
    [Label("đóng hồ sơ")]
    Close,
    [Label("tạm hoãn cuộc giám sát")]
    Postpone,
    [Label("tiếp tục cuộc giám sát")]
    Resume,
    [Label("hủy cuộc giám sát")]
    Cancel,
}

/// <summary>
/// The state machine of a programme: proposed → delegation established → planned → in progress →
/// reporting → concluded → following up → closed, with postponement and cancellation before the
/// conclusion. Each refusal tells the user, in Vietnamese, where the programme stands and what comes next.
/// </summary>
public static class ProgrammeStates
{
    static readonly ProgrammeStatus[] BeforeConclusion = [ProgrammeStatus.Proposed, ProgrammeStatus.DelegationEstablished, ProgrammeStatus.Planned, ProgrammeStatus.InProgress, ProgrammeStatus.Reporting];

    static readonly Dictionary<ProgrammeAction, ProgrammeStatus[]> allowed = new()
    {
        [ProgrammeAction.EstablishDelegation] = [ProgrammeStatus.Proposed],
        [ProgrammeAction.ChangeDelegation] = [ProgrammeStatus.DelegationEstablished, ProgrammeStatus.Planned, ProgrammeStatus.InProgress, ProgrammeStatus.Reporting],
        [ProgrammeAction.AdoptPlan] = [ProgrammeStatus.DelegationEstablished],
        [ProgrammeAction.RevisePlan] = [ProgrammeStatus.Planned, ProgrammeStatus.InProgress],
        [ProgrammeAction.RecordAgencyReport] = [ProgrammeStatus.Planned, ProgrammeStatus.InProgress, ProgrammeStatus.Reporting],
        [ProgrammeAction.ScheduleActivity] = [ProgrammeStatus.Planned, ProgrammeStatus.InProgress],
        [ProgrammeAction.ChangeActivity] = [ProgrammeStatus.Planned, ProgrammeStatus.InProgress],
        [ProgrammeAction.RecordMinutes] = [ProgrammeStatus.Planned, ProgrammeStatus.InProgress, ProgrammeStatus.Reporting],
        [ProgrammeAction.LogFinding] = [ProgrammeStatus.Planned, ProgrammeStatus.InProgress, ProgrammeStatus.Reporting],
        [ProgrammeAction.EndFieldwork] = [ProgrammeStatus.InProgress],
        [ProgrammeAction.AssembleReport] = [ProgrammeStatus.Reporting],
        [ProgrammeAction.EditReport] = [ProgrammeStatus.Reporting],
        [ProgrammeAction.CirculateReport] = [ProgrammeStatus.Reporting],
        [ProgrammeAction.CommentOnReport] = [ProgrammeStatus.Reporting],
        [ProgrammeAction.AnswerComments] = [ProgrammeStatus.Reporting],
        [ProgrammeAction.SubmitReport] = [ProgrammeStatus.Reporting],
        [ProgrammeAction.ApproveReportAsHead] = [ProgrammeStatus.Reporting],
        [ProgrammeAction.ApproveReport] = [ProgrammeStatus.Reporting],
        [ProgrammeAction.IssueConclusion] = [ProgrammeStatus.Reporting],
        [ProgrammeAction.StartFollowUp] = [ProgrammeStatus.Concluded],
        [ProgrammeAction.Close] = [ProgrammeStatus.FollowingUp],
        [ProgrammeAction.Postpone] = BeforeConclusion,
        [ProgrammeAction.Resume] = [ProgrammeStatus.Postponed],
        [ProgrammeAction.Cancel] = [.. BeforeConclusion, ProgrammeStatus.Postponed],
    };

    public static bool Allows(ProgrammeAction action, ProgrammeStatus status) => allowed[action].Contains(status);

    /// <summary>
    /// Who may take an action: the delegation's fieldwork, its comments on the draft and the head's approval are its members' (on their
    /// own programmes), the rest the secretariat's.
    /// </summary>
    public static Capability CapabilityFor(ProgrammeAction action) => action switch
    {
        ProgrammeAction.RecordMinutes or ProgrammeAction.LogFinding => Capability.RecordFieldwork,
        ProgrammeAction.CommentOnReport or ProgrammeAction.ApproveReportAsHead => Capability.ReviewDraftReports,
        ProgrammeAction.EstablishDelegation or ProgrammeAction.ChangeDelegation or ProgrammeAction.AdoptPlan or ProgrammeAction.RevisePlan
            or ProgrammeAction.RecordAgencyReport or ProgrammeAction.ScheduleActivity or ProgrammeAction.ChangeActivity or ProgrammeAction.EndFieldwork
            or ProgrammeAction.AssembleReport or ProgrammeAction.EditReport or ProgrammeAction.CirculateReport or ProgrammeAction.AnswerComments
            or ProgrammeAction.SubmitReport or ProgrammeAction.ApproveReport
            or ProgrammeAction.IssueConclusion or ProgrammeAction.StartFollowUp or ProgrammeAction.Close or ProgrammeAction.Postpone
            or ProgrammeAction.Resume or ProgrammeAction.Cancel => Capability.ManageProgrammes,
    };

    /// <summary>The actions this person may take on the programme now: its state allows them and they may act on it.</summary>
    public static IReadOnlyList<ProgrammeAction> AllowedFor(Actor actor, Programme programme) =>
        [.. Enum.GetValues<ProgrammeAction>().Where(action => Allows(action, programme.Status) && Access.Allows(actor, CapabilityFor(action), programme))];

    public static string RefusalFor(ProgrammeAction action, ProgrammeStatus status) =>
        $"Không thể {Labels.Of(action)} khi cuộc giám sát đang ở bước “{Labels.Of(status)}”. {NextStep(status)}";

    /// <summary>What comes next from a status, as the overview page and refusals say it.</summary>
    public static string NextStep(ProgrammeStatus status) =>
        typeof(ProgrammeStatus).GetField(status.ToString())!.GetCustomAttribute<NextStepAttribute>()!.Text;

    /// <summary>The main path, for the progress indicator.</summary>
    public static readonly IReadOnlyList<ProgrammeStatus> MainPath =
    [
        ProgrammeStatus.Proposed, ProgrammeStatus.DelegationEstablished, ProgrammeStatus.Planned, ProgrammeStatus.InProgress,
        ProgrammeStatus.Reporting, ProgrammeStatus.Concluded, ProgrammeStatus.FollowingUp, ProgrammeStatus.Closed,
    ];
}

/// <summary>What comes next from a programme's status, beside the status.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class NextStepAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}
