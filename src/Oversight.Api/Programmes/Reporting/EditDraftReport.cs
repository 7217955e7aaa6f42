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

/// <summary>The secretary edits the draft report; <see cref="ReportVersion"/> is the version the edit started from.</summary>
[Requires(ProgrammeAction.EditReport)]
public sealed record EditDraftReport([SetByServer] Guid ProgrammeId, int ReportVersion, string? Overview, string? Results, string? Shortcomings, string? Causes) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã lưu dự thảo báo cáo.";
}

public static class EditDraftReportHandler
{
    public const int MaxSection = 100_000;

    public static DraftReportEdited Decide(Programme programme, EditDraftReport command)
    {
        var report = ReportRules.Editable(programme);
        if (command.ReportVersion != report.Version)
        {
            throw Refusal.Stale(
                $"Dự thảo báo cáo đã được sửa thành phiên bản {report.Version} trong khi bạn sửa phiên bản {command.ReportVersion}: " +
                "hãy tải lại để xem bản mới nhất rồi sửa lại.");
        }

        new Checks()
            .Text(command.Overview, "overview", "phần khái quát", MaxSection, required: false)
            .Text(command.Results, "results", "phần kết quả đạt được", MaxSection, required: false)
            .Text(command.Shortcomings, "shortcomings", "phần tồn tại, hạn chế", MaxSection, required: false)
            .Text(command.Causes, "causes", "phần nguyên nhân", MaxSection, required: false)
            .ThrowIfAny();
        var sections = new ReportSections(command.Overview ?? "", command.Results ?? "", command.Shortcomings ?? "",
            command.Causes ?? "");
        return new DraftReportEdited(programme.Id, sections, report.Version + 1);
    }

    public static DraftReportEdited Handle(EditDraftReport command, [WriteTarget] Programme programme) =>
        Decide(programme, command);
}

public static class ReportRules
{
    /// <summary>The draft report, while it can still change (assembled and not yet approved).</summary>
    public static DraftReport Editable(Programme programme)
    {
        programme.Ensure(ProgrammeAction.EditReport);
        return programme.Report switch
        {
            null => throw Refusal.Conflict("Chưa có dự thảo báo cáo: hãy lập dự thảo từ các ý kiến trước."),
            { Status: ReportStatus.Approved } => throw Refusal.Conflict("Trưởng đoàn đã duyệt báo cáo nên không sửa được nữa."),
            var report => report,
        };
    }

    /// <summary>Every recommendation has its due date before the report is approved (they go out with the conclusion).</summary>
    public static void EnsureReadyForApproval(Programme programme)
    {
        if (programme.Recommendations.FirstOrDefault(recommendation => recommendation.DueDate is null) is { } undated)
        {
            throw Refusal.Conflict($"Kiến nghị “{Shorten(undated.Text)}” chưa có thời hạn thực hiện; hãy đặt thời hạn cho mọi kiến nghị trước khi duyệt.");
        }
    }

    static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}

public static class EditDraftReportEndpoint
{
    [Sends<EditDraftReport>]
    [WolverinePut("/api/programmes/{id}/report")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Thư ký sửa dự thảo báo cáo (kèm phiên bản đang sửa; 412 khi đã có người sửa trước)")]
    public static Task<NoContent> Put(Guid id, EditDraftReport command, ClaimsPrincipal user, IMessageBus bus) => ProgrammeApi.Send(bus, user, command with { ProgrammeId = id });
}
