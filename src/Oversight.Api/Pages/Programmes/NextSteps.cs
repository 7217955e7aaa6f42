using Oversight.Programmes;

namespace Oversight.Pages.Programmes;

/// <summary>A next step of a programme, as a button to where it is done: shown as a button only to those who may take it.</summary>
public sealed record NextStep(ProgrammeAction Action, string Label, string Href);

public static class NextSteps
{
    /// <summary>What comes next at this stage, the delegation's fieldwork beside the secretariat's steps.</summary>
    public static IReadOnlyList<NextStep> For(Programme programme, DateOnly today)
    {
        var page = $"/cuoc-giam-sat/{programme.Id}";
        var session = Session(programme, today) is { } activity ? $"{page}/buoi/{activity}" : $"{page}/lich";
        return programme.Status switch
        {
            ProgrammeStatus.Proposed => [new(ProgrammeAction.EstablishDelegation, "Ghi nhận quyết định thành lập Đoàn", $"{page}/doan#thanh-lap")],
            ProgrammeStatus.DelegationEstablished => [new(ProgrammeAction.AdoptPlan, "Ban hành kế hoạch giám sát", $"{page}/ke-hoach")],
            ProgrammeStatus.Planned =>
            [
                new(ProgrammeAction.ScheduleActivity, "Xếp lịch làm việc", $"{page}/lich#xep-lich"),
                new(ProgrammeAction.LogFinding, "Mở buổi làm việc để ghi ý kiến", session),
            ],
            ProgrammeStatus.InProgress =>
            [
                new(ProgrammeAction.LogFinding, "Mở buổi làm việc để ghi ý kiến", session),
                new(ProgrammeAction.EndFieldwork, "Kết thúc giai đoạn làm việc", "#ket-thuc"),
            ],
            ProgrammeStatus.Reporting =>
            [
                new(ProgrammeAction.EditReport, "Hoàn thiện dự thảo báo cáo", $"{page}/bao-cao"),
                new(ProgrammeAction.LogFinding, "Xem, bổ sung ý kiến", $"{page}/y-kien"),
            ],
            ProgrammeStatus.Concluded => [new(ProgrammeAction.StartFollowUp, "Gửi kiến nghị, bắt đầu theo dõi", "#thao-tac")],
            ProgrammeStatus.FollowingUp => [new(ProgrammeAction.Close, "Theo dõi kiến nghị", $"{page}/kien-nghi")],
            ProgrammeStatus.Postponed => [new(ProgrammeAction.Resume, "Tiếp tục cuộc giám sát", "#thao-tac")],
            _ => [],
        };
    }

    /// <summary>The session members are most likely logging: the latest that has begun, else the next one.</summary>
    static Guid? Session(Programme programme, DateOnly today)
    {
        var sessions = programme.Activities.Where(activity => activity.Status != ActivityStatus.Cancelled).ToList();
        return (sessions.Where(activity => activity.Date <= today).MaxBy(activity => activity.Date)
            ?? sessions.Where(activity => activity.Date > today).MinBy(activity => activity.Date))?.Id;
    }
}
