using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Programmes.Reporting;

/// <summary>
/// The secretariat records that the head of delegation approved the report on paper, on the date the head signed it (a past date
/// needs the reason); the event says it was given on paper. The head approves from their own account with
/// <see cref="ApproveDraftReportAsHead"/>.
/// </summary>
[Requires(ProgrammeAction.ApproveReport)]
public sealed record ApproveDraftReport([SetByServer] Guid ProgrammeId, Guid HeadId, DateOnly? ApprovedOn = null, string? DateReason = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã ghi nhận Trưởng đoàn duyệt báo cáo kết quả giám sát trên giấy.";
}

public static class ApproveDraftReportHandler
{
    public static DraftReportApproved Decide(Programme programme, ApproveDraftReport command, DateOnly today, Actor actor)
    {
        programme.Ensure(ProgrammeAction.ApproveReport);
        ReportRules.Editable(programme);
        if (programme.ActiveMember(command.HeadId) is not { Role: DelegationRole.Head })
        {
            throw Refusal.Forbidden("Chỉ Trưởng đoàn mới duyệt được báo cáo kết quả giám sát.");
        }

        ReportRules.EnsureReadyForApproval(programme);
        var checks = new Checks();
        var approved = checks.Happened("approvedOn", "ngày duyệt báo cáo", command.ApprovedOn, command.DateReason, today, actor);
        checks.Require(approved.On >= programme.FieldworkEndedOn, "approvedOn", "Ngày duyệt báo cáo không thể trước ngày kết thúc giai đoạn làm việc.")
            .ThrowIfAny();
        return new DraftReportApproved(programme.Id, approved.On, approved.Reason, command.HeadId);
    }

    public static DraftReportApproved Handle(ApproveDraftReport command, [WriteTarget] Programme programme, Actor actor,
        TimeProvider clock) => Decide(programme, command, VietnamTime.Today(clock), actor);
}

public static class ApproveDraftReportEndpoint
{
    [Sends<ApproveDraftReport>]
    [WolverinePost("/api/programmes/{id}/report/approval")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Văn phòng ghi nhận Trưởng đoàn đã duyệt báo cáo kết quả giám sát trên giấy (ngày ký; ngày trước hôm nay cần lý do)")]
    public static Task<NoContent> Post(Guid id, ApproveDraftReport command, ClaimsPrincipal user, IMessageBus bus) => ProgrammeApi.Send(bus, user, command with { ProgrammeId = id });
}
