using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Programmes.Reporting;

/// <summary>
/// Adds a recommendation to the draft report, or revises one (when <see cref="RecommendationId"/> names
/// an existing draft): one agency it is addressed to, co-operating agencies, text, due date, and the
/// findings it came from.
/// </summary>
[Requires(ProgrammeAction.EditReport)]
public sealed record DraftRecommendation(
    [SetByServer] Guid ProgrammeId,
    [SetByServer] Guid RecommendationId,
    Guid AgencyId,
    IReadOnlyList<Guid>? CoAgencyIds,
    [Example("Chỉ đạo chi trả trợ cấp xã hội hằng tháng đúng hạn, dứt điểm các khoản chậm trước ngày 31/12.")] string? Text,
    DateOnly? DueDate,
    IReadOnlyList<Guid>? FindingIds);

public static class DraftRecommendationHandler
{
    public static object Decide(Programme programme, DraftRecommendation command)
    {
        ReportRules.Editable(programme);
        var coAgencies = (command.CoAgencyIds ?? []).Distinct().Where(id => id != command.AgencyId).ToList();
        new Checks()
            .Require(programme.Agency(command.AgencyId) is not null, "agencyId", "Hãy chọn cơ quan chịu giám sát mà kiến nghị gửi tới.")
            .Require(coAgencies.All(id => programme.Agency(id) is not null), "coAgencyIds", "Cơ quan phối hợp phải là cơ quan chịu giám sát.")
            .Text(command.Text, "text", "nội dung kiến nghị", 10_000)
            .Require(command.DueDate is null || programme.FieldworkEndedOn is null || command.DueDate > programme.FieldworkEndedOn, "dueDate",
                "Thời hạn thực hiện phải sau ngày kết thúc giai đoạn làm việc.")
            .ThrowIfAny();
        var findings = (command.FindingIds ?? []).Distinct().ToList();
        var text = command.Text!.Trim();
        return programme.Recommendations.Any(recommendation => recommendation.Id == command.RecommendationId)
            ? new RecommendationRevised(programme.Id, command.RecommendationId, command.AgencyId, coAgencies, text, command.DueDate, findings)
            : new RecommendationDrafted(programme.Id, command.RecommendationId, command.AgencyId, coAgencies, text, command.DueDate, findings);
    }

    public static object Handle(DraftRecommendation command, [WriteTarget] Programme programme) =>
        Decide(programme, command);
}

public static class DraftRecommendationEndpoints
{
    [Sends<DraftRecommendation>]
    [WolverinePost("/api/programmes/{id}/report/recommendations")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Thêm kiến nghị vào dự thảo báo cáo")]
    public static async Task<CreationResponse<Guid>> Post(Guid id, DraftRecommendation command, ClaimsPrincipal user, IMessageBus bus)
    {
        var recommendationId = Guid.CreateVersion7();
        await bus.SendAsync(user, command with { ProgrammeId = id, RecommendationId = recommendationId });
        return new CreationResponse<Guid>($"/api/programmes/{id}/report#recommendation-{recommendationId}", recommendationId);
    }

    [Sends<DraftRecommendation>]
    [WolverinePut("/api/programmes/{id}/report/recommendations/{recommendationId}")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Sửa một kiến nghị trong dự thảo báo cáo")]
    public static Task<NoContent> Put(Guid id, Guid recommendationId, DraftRecommendation command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { ProgrammeId = id, RecommendationId = recommendationId });
}
