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

/// <summary>The head of delegation approves the report from their own account, today; nobody else may send it.</summary>
[Requires(ProgrammeAction.ApproveReportAsHead)]
public sealed record ApproveDraftReportAsHead(Guid ProgrammeId) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Bạn đã duyệt báo cáo kết quả giám sát; bước tiếp theo là ban hành kết luận.";
}

public static class ApproveDraftReportAsHeadHandler
{
    public static DraftReportApproved Decide(Programme programme, ApproveDraftReportAsHead command, DateOnly today, Actor actor)
    {
        programme.Ensure(ProgrammeAction.ApproveReportAsHead);
        ReportRules.Editable(programme);
        if (programme.Delegation?.Head is not { } head || head.Id != actor.AccountId)
        {
            throw Refusal.Forbidden("Chỉ Trưởng đoàn mới duyệt được báo cáo kết quả giám sát.");
        }

        ReportRules.EnsureReadyForApproval(programme);
        return new DraftReportApproved(programme.Id, today, HeadId: head.Id, ByHead: true);
    }

    public static DraftReportApproved Handle(ApproveDraftReportAsHead command, [WriteTarget] Programme programme, Actor actor, TimeProvider clock) =>
        Decide(programme, command, VietnamTime.Today(clock), actor);
}

public static class ApproveDraftReportAsHeadEndpoint
{
    [Sends<ApproveDraftReportAsHead>]
    [WolverinePost("/api/programmes/{id}/report/head-approval")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Trưởng đoàn duyệt báo cáo kết quả giám sát trên tài khoản của mình (chỉ Trưởng đoàn gửi được)")]
    public static Task<NoContent> Post(Guid id, ClaimsPrincipal user, IMessageBus bus) => ProgrammeApi.Send(bus, user, new ApproveDraftReportAsHead(id));
}
