using Oversight.Common;
using Oversight.CouncilDirectory.Agencies;
using Oversight.CouncilDirectory.Committees;
using Oversight.CouncilDirectory.Migration;
using Oversight.CouncilDirectory.People;
using Oversight.Findings;
using Oversight.Hearings;
using Oversight.Questioning;
using Oversight.Programmes.Activities;
using Oversight.Programmes.AgencyReports;
using Oversight.Programmes.Delegations;
using Oversight.Programmes.Fieldwork;
using Oversight.Programmes.Lifecycle;
using Oversight.Programmes.Planning;
using Oversight.Programmes.Reporting;
using Oversight.Recommendations;
using Oversight.Recommendations.FollowUp;

namespace Oversight.Web;

/// <summary>What a page says once a command it sent has been carried out (shown at the top of the next page).</summary>
public static class Done
{
    public static string For(object command) => command switch
    {
        EstablishDelegation => "Đã ghi nhận quyết định thành lập Đoàn giám sát.",
        AddMember => "Đã bổ sung thành viên Đoàn.",
        RemoveMember => "Đã rút tên thành viên khỏi Đoàn.",
        SavePlan { PlanVersion: 0 } => "Đã ban hành kế hoạch giám sát và đề cương báo cáo.",
        SavePlan => "Đã lưu kế hoạch đã sửa.",
        RecordAgencyReport => "Đã ghi nhận báo cáo của cơ quan.",
        RequestSupplementaryReport => "Đã gửi yêu cầu báo cáo bổ sung.",
        ScheduleActivity => "Đã xếp lịch làm việc.",
        PostponeActivity => "Đã hoãn buổi làm việc.",
        CancelActivity => "Đã hủy buổi làm việc.",
        RecordMinutes => "Đã lưu biên bản buổi làm việc.",
        LogFinding => "Đã ghi ý kiến.",
        AmendFinding => "Đã sửa ý kiến.",
        MergeFindings => "Đã gộp các ý kiến trùng.",
        EndFieldwork => "Đã kết thúc giai đoạn làm việc; bước tiếp theo là lập báo cáo kết quả giám sát.",
        AssembleDraftReport => "Đã lập dự thảo báo cáo từ các ý kiến.",
        EditDraftReport => "Đã lưu dự thảo báo cáo.",
        DraftRecommendation => "Đã lưu kiến nghị.",
        WithdrawRecommendation => "Đã bỏ kiến nghị khỏi dự thảo.",
        CirculateDraftReport => "Đã gửi dự thảo xin ý kiến thành viên Đoàn.",
        ApproveDraftReport => "Trưởng đoàn đã duyệt báo cáo kết quả giám sát.",
        IssueConclusion conclusion => $"Đã ban hành kết luận số {conclusion.Number?.Trim()}; các kiến nghị đã có mã để theo dõi.",
        StartFollowUp => "Đã gửi kiến nghị tới các cơ quan và bắt đầu theo dõi thực hiện.",
        CloseProgramme => "Đã đóng hồ sơ cuộc giám sát.",
        PostponeProgramme => "Đã tạm hoãn cuộc giám sát.",
        ResumeProgramme => "Đã tiếp tục cuộc giám sát.",
        CancelProgramme => "Đã hủy cuộc giám sát.",
        PublishConclusion => "Đã công khai kết luận và tình hình thực hiện kiến nghị.",
        WithdrawPublication => "Đã rút kết luận khỏi trang công khai; trang công khai không còn hiện cuộc giám sát này.",
        AcknowledgeRecommendation => "Đã xác nhận đã nhận kiến nghị.",
        ReportProgress => "Đã gửi báo cáo tiến độ.",
        ReportCompletion => "Đã báo cáo thực hiện xong; Văn phòng HĐND sẽ xác minh.",
        SubmitExplanation => "Đã gửi giải trình.",
        RequestExtension => "Đã gửi đề nghị gia hạn.",
        VerifyCompletion verification => $"Đã ghi kết quả xác minh: {(verification.Verdict is { } verdict ? Labels.Of(verdict).ToLowerInvariant() : "")}.",
        JudgeExplanation { Accepted: true } => "Đã chấp nhận giải trình.",
        JudgeExplanation => "Đã ghi không chấp nhận giải trình.",
        DecideExtension { Approve: true } => "Đã đồng ý gia hạn; lịch nhắc hạn tính lại theo hạn mới.",
        DecideExtension => "Đã ghi không đồng ý gia hạn.",
        CloseRecommendation => "Đã đóng theo dõi kiến nghị.",
        DecideEscalation => "Đã ghi quyết định xử lý; cơ quan đã được thông báo.",
        AddAgency agency => $"Đã thêm {agency.Details.Name?.Trim()} vào danh bạ.",
        ChangeAgency agency => $"Đã lưu {agency.Details.Name?.Trim()}.",
        RemoveAgency => "Đã xóa cơ quan khỏi danh bạ.",
        AddCommittee committee => $"Đã thêm {committee.Details.Name?.Trim()} vào danh bạ.",
        ChangeCommittee committee => $"Đã lưu {committee.Details.Name?.Trim()}.",
        RemoveCommittee => "Đã xóa Ban khỏi danh bạ.",
        AddPerson person => $"Đã thêm {person.Details.FullName?.Trim()} vào danh bạ.",
        ChangePerson person => $"Đã lưu {person.Details.FullName?.Trim()}.",
        RemovePerson => "Đã xóa người này khỏi danh bạ.",
        MatchDirectory => "Đã đối chiếu lại các tên với danh bạ.",
        LinkAgencyName link => $"Đã nối “{link.Name?.Trim()}” với cơ quan đã chọn; tên này thành tên gọi khác của cơ quan.",
        LinkCommitteeName link => $"Đã nối Ban “{link.Name?.Trim()}” với Ban đã chọn.",
        DecideHearing => "Đã ghi quyết định tổ chức phiên giải trình; bước tiếp theo là mời các cơ quan giải trình.",
        SummonAgency => "Đã mời cơ quan giải trình.",
        HoldHearing => "Đã ghi nhận phiên giải trình đã diễn ra.",
        RecordExplanation => "Đã ghi nội dung giải trình.",
        AskFollowUpQuestion => "Đã ghi câu hỏi của đại biểu.",
        RecordCommitment => "Đã ghi cam kết.",
        WithdrawCommitment => "Đã bỏ cam kết khỏi dự thảo thông báo kết luận.",
        IssueHearingConclusion conclusion => $"Đã ban hành thông báo kết luận số {conclusion.Number?.Trim()}; các cam kết đã thành kiến nghị được theo dõi.",
        PublishHearing => "Đã công khai thông báo kết luận phiên giải trình.",
        OpenQuestioning => "Đã mở phiên chất vấn; đại biểu có thể đăng ký câu hỏi.",
        RegisterQuestion => "Đã đăng ký câu hỏi chất vấn.",
        AnswerQuestion => "Đã ghi trả lời chất vấn.",
        TakeUpRecommendation => "Đã đưa kiến nghị vào phiên chất vấn.",
        ConcludeQuestioning conclusion => $"Đã ban hành kết luận chất vấn số {conclusion.Number?.Trim()}; các cam kết đã thành kiến nghị được theo dõi.",
        PublishQuestioning => "Đã công khai kết luận chất vấn.",
        _ => "Đã lưu.",
    };
}
