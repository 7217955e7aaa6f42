using Oversight.Programmes;

namespace Oversight.Web;

/// <summary>Vietnamese names of the values pages show.</summary>
public static class Labels
{
    public static string Of(OverseeingBody body) => body switch
    {
        OverseeingBody.Council => "HĐND",
        OverseeingBody.StandingCommittee => "Thường trực HĐND",
        OverseeingBody.Committee => "Ban của HĐND",
        OverseeingBody.DeputyGroup => "Tổ đại biểu HĐND",
        _ => body.ToString(),
    };

    public static string Of(DelegationRole role) => role switch
    {
        DelegationRole.Head => "Trưởng đoàn",
        DelegationRole.DeputyHead => "Phó trưởng đoàn",
        DelegationRole.Member => "Thành viên",
        DelegationRole.Secretary => "Thư ký",
        DelegationRole.Invited => "Mời tham gia",
        _ => role.ToString(),
    };

    public static string Of(ActivityKind kind) => kind == ActivityKind.WorkingSession ? "Làm việc" : "Khảo sát";

    public static string Of(ActivityStatus status) => status switch
    {
        ActivityStatus.Scheduled => "Đã xếp lịch",
        ActivityStatus.Held => "Đã diễn ra",
        ActivityStatus.Cancelled => "Đã hủy",
        _ => status.ToString(),
    };

    public static string Of(ReportStatus status) => status switch
    {
        ReportStatus.Drafting => "Đang soạn",
        ReportStatus.Circulated => "Đã gửi xin ý kiến",
        ReportStatus.Approved => "Trưởng đoàn đã duyệt",
        _ => status.ToString(),
    };

    public static string Of(PlanMethods methods) => string.Join(", ", new[]
    {
        methods.HasFlag(PlanMethods.WrittenReports) ? "qua báo cáo bằng văn bản" : null,
        methods.HasFlag(PlanMethods.WorkingSessions) ? "làm việc trực tiếp" : null,
        methods.HasFlag(PlanMethods.FieldSurveys) ? "khảo sát thực tế" : null,
    }.OfType<string>());

    public static string Body(Programme programme) => programme.BodyUnit is { } unit ? $"{Of(programme.Body)} – {unit}" : Of(programme.Body);

    /// <summary>The main path, for the progress indicator.</summary>
    public static readonly IReadOnlyList<ProgrammeStatus> MainPath =
    [
        ProgrammeStatus.Proposed, ProgrammeStatus.DelegationEstablished, ProgrammeStatus.Planned, ProgrammeStatus.InProgress,
        ProgrammeStatus.Reporting, ProgrammeStatus.Concluded, ProgrammeStatus.FollowingUp, ProgrammeStatus.Closed,
    ];

    /// <summary>Text lines of a textarea, trimmed, blanks dropped.</summary>
    public static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];
}
