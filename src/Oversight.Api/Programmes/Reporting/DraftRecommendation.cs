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
    IReadOnlyList<Guid>? FindingIds) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã lưu kiến nghị.";
}

public static class DraftRecommendationHandler
{
    public static object Decide(Programme programme, DraftRecommendation command)
    {
        ReportRules.Editable(programme);
        var checks = new Checks();
        var draft = Check(checks, programme, "", command.RecommendationId, command.AgencyId, command.CoAgencyIds, command.Text, command.DueDate, command.FindingIds);
        checks.ThrowIfAny();
        return programme.Recommendations.Any(recommendation => recommendation.Id == command.RecommendationId)
            ? new RecommendationRevised(programme.Id, draft.Id, draft.AgencyId, draft.CoAgencyIds, draft.Text, draft.DueDate, draft.FindingIds)
            : new RecommendationDrafted(programme.Id, draft.Id, draft.AgencyId, draft.CoAgencyIds, draft.Text, draft.DueDate, draft.FindingIds);
    }

    /// <summary>One recommendation of the draft as checked, its field errors named under <paramref name="prefix"/> (<c>recommendations[2].</c>).</summary>
    public static RecommendationDraft Check(Checks checks, Programme programme, string prefix, Guid id, Guid agencyId, IReadOnlyList<Guid>? coAgencyIds,
        string? text, DateOnly? dueDate, IReadOnlyList<Guid>? findingIds)
    {
        var coAgencies = (coAgencyIds ?? []).Distinct().Where(coAgency => coAgency != agencyId).ToList();
        checks
            .Require(programme.Agency(agencyId) is not null, $"{prefix}agencyId", "Hãy chọn cơ quan chịu giám sát mà kiến nghị gửi tới.")
            .Require(coAgencies.All(coAgency => programme.Agency(coAgency) is not null), $"{prefix}coAgencyIds", "Cơ quan phối hợp phải là cơ quan chịu giám sát.")
            .Text(text, $"{prefix}text", "nội dung kiến nghị", 10_000)
            .Require(dueDate is null || programme.FieldworkEndedOn is null || dueDate > programme.FieldworkEndedOn, $"{prefix}dueDate",
                "Thời hạn thực hiện phải sau ngày kết thúc giai đoạn làm việc.");
        return new RecommendationDraft(id, agencyId, coAgencies, text ?? "", dueDate, [.. (findingIds ?? []).Distinct()]);
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
        return new CreationResponse<Guid>(DraftRecommendations.Url(id, recommendationId), recommendationId);
    }

    [Sends<DraftRecommendation>]
    [WolverinePut("/api/programmes/{id}/report/recommendations/{recommendationId}")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Sửa một kiến nghị trong dự thảo báo cáo")]
    public static Task<NoContent> Put(Guid id, Guid recommendationId, DraftRecommendation command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { ProgrammeId = id, RecommendationId = recommendationId });
}
