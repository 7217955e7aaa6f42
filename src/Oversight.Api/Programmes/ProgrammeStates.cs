using Oversight.Accounts;

namespace Oversight.Programmes;

/// <summary>What a programme's commands may do in each status.</summary>
public enum ProgrammeAction
{
    EstablishDelegation,
    ChangeDelegation,
    AdoptPlan,
    RevisePlan,
    RecordAgencyReport,
    ScheduleActivity,
    ChangeActivity,
    RecordMinutes,
    LogFinding,
    EndFieldwork,
    AssembleReport,
    EditReport,
    CirculateReport,
    ApproveReport,
    IssueConclusion,
    StartFollowUp,
    Close,
    Postpone,
    Resume,
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
        [ProgrammeAction.ApproveReport] = [ProgrammeStatus.Reporting],
        [ProgrammeAction.IssueConclusion] = [ProgrammeStatus.Reporting],
        [ProgrammeAction.StartFollowUp] = [ProgrammeStatus.Concluded],
        [ProgrammeAction.Close] = [ProgrammeStatus.FollowingUp],
        [ProgrammeAction.Postpone] = BeforeConclusion,
        [ProgrammeAction.Resume] = [ProgrammeStatus.Postponed],
        [ProgrammeAction.Cancel] = [.. BeforeConclusion, ProgrammeStatus.Postponed],
    };

    public static bool Allows(ProgrammeAction action, ProgrammeStatus status) => allowed[action].Contains(status);

    /// <summary>Who may take an action: the delegation's fieldwork is its members' (on their own programmes), the rest the secretariat's.</summary>
    public static Capability CapabilityFor(ProgrammeAction action) => action switch
    {
        ProgrammeAction.RecordMinutes or ProgrammeAction.LogFinding => Capability.RecordFieldwork,
        _ => Capability.ManageProgrammes,
    };

    /// <summary>The actions this person may take on the programme now: its state allows them and they may act on it.</summary>
    public static IReadOnlyList<ProgrammeAction> AllowedFor(Actor actor, Programme programme) =>
        [.. Enum.GetValues<ProgrammeAction>().Where(action => Allows(action, programme.Status) && Access.Allows(actor, CapabilityFor(action), programme))];

    public static string RefusalFor(ProgrammeAction action, ProgrammeStatus status) =>
        $"Không thể {ActionLabel(action)} khi cuộc giám sát đang ở bước “{Label(status)}”. {NextStep(status)}";

    public static string Label(ProgrammeStatus status) => status switch
    {
        ProgrammeStatus.Proposed => "Dự kiến",
        ProgrammeStatus.DelegationEstablished => "Đã thành lập Đoàn",
        ProgrammeStatus.Planned => "Đã có kế hoạch",
        ProgrammeStatus.InProgress => "Đang giám sát",
        ProgrammeStatus.Reporting => "Đang lập báo cáo",
        ProgrammeStatus.Concluded => "Đã kết luận",
        ProgrammeStatus.FollowingUp => "Theo dõi kiến nghị",
        ProgrammeStatus.Closed => "Đã đóng hồ sơ",
        ProgrammeStatus.Postponed => "Tạm hoãn",
        ProgrammeStatus.Cancelled => "Đã hủy",
        _ => status.ToString(),
    };

    public static string NextStep(ProgrammeStatus status) => status switch
    {
        ProgrammeStatus.Proposed => "Việc tiếp theo: ghi nhận quyết định thành lập Đoàn giám sát.",
        ProgrammeStatus.DelegationEstablished => "Việc tiếp theo: ban hành kế hoạch giám sát và đề cương báo cáo.",
        ProgrammeStatus.Planned => "Việc tiếp theo: tổ chức buổi làm việc hoặc khảo sát theo lịch và ghi biên bản.",
        ProgrammeStatus.InProgress => "Việc tiếp theo: ghi nhận các buổi làm việc; khi xong, kết thúc giai đoạn làm việc để lập báo cáo.",
        ProgrammeStatus.Reporting => "Việc tiếp theo: hoàn thiện dự thảo báo cáo, trình Trưởng đoàn duyệt rồi ban hành kết luận.",
        ProgrammeStatus.Concluded => "Việc tiếp theo: gửi kiến nghị tới các cơ quan và bắt đầu theo dõi thực hiện.",
        ProgrammeStatus.FollowingUp => "Việc tiếp theo: theo dõi việc thực hiện kiến nghị; đóng hồ sơ khi hoàn tất.",
        ProgrammeStatus.Closed => "Hồ sơ đã đóng nên không thay đổi được nữa.",
        ProgrammeStatus.Postponed => "Cuộc giám sát đang tạm hoãn: hãy cho tiếp tục trước.",
        ProgrammeStatus.Cancelled => "Cuộc giám sát đã bị hủy nên không thay đổi được nữa.",
        _ => "",
    };

    public static string ActionLabel(ProgrammeAction action) => action switch
    {
        ProgrammeAction.EstablishDelegation => "ghi nhận quyết định thành lập Đoàn",
        ProgrammeAction.ChangeDelegation => "thay đổi thành viên Đoàn",
        ProgrammeAction.AdoptPlan => "ban hành kế hoạch giám sát",
        ProgrammeAction.RevisePlan => "sửa kế hoạch giám sát",
        ProgrammeAction.RecordAgencyReport => "ghi nhận báo cáo của cơ quan",
        ProgrammeAction.ScheduleActivity => "xếp lịch làm việc",
        ProgrammeAction.ChangeActivity => "hoãn hoặc hủy buổi làm việc",
        ProgrammeAction.RecordMinutes => "ghi biên bản buổi làm việc",
        ProgrammeAction.LogFinding => "ghi ý kiến giám sát",
        ProgrammeAction.EndFieldwork => "kết thúc giai đoạn làm việc",
        ProgrammeAction.AssembleReport => "lập dự thảo báo cáo",
        ProgrammeAction.EditReport => "sửa dự thảo báo cáo",
        ProgrammeAction.CirculateReport => "gửi dự thảo báo cáo xin ý kiến",
        ProgrammeAction.ApproveReport => "duyệt dự thảo báo cáo",
        ProgrammeAction.IssueConclusion => "ban hành kết luận",
        ProgrammeAction.StartFollowUp => "bắt đầu theo dõi kiến nghị",
        ProgrammeAction.Close => "đóng hồ sơ",
        ProgrammeAction.Postpone => "tạm hoãn cuộc giám sát",
        ProgrammeAction.Resume => "tiếp tục cuộc giám sát",
        ProgrammeAction.Cancel => "hủy cuộc giám sát",
        _ => action.ToString(),
    };
}
