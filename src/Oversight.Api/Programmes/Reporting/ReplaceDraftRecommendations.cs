using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http;
using Oversight.Accounts;
using Oversight.Common;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Programmes.Reporting;

/// <summary>One recommendation of the list: <see cref="Id"/> names one already in the draft (kept, as given here); without it, a new one.</summary>
public sealed record DraftRecommendationItem(Guid? Id, Guid AgencyId, IReadOnlyList<Guid>? CoAgencyIds, string? Text, DateOnly? DueDate,
    IReadOnlyList<Guid>? FindingIds);

/// <summary>
/// Replaces the draft report's whole list of recommendations at once, in the order given: all of it is accepted or none of it
/// (each error named by its place, <c>recommendations[2].text</c>); drafts the list leaves out are dropped.
/// </summary>
[Requires(ProgrammeAction.EditReport)]
public sealed record ReplaceDraftRecommendations([SetByServer] Guid ProgrammeId, IReadOnlyList<DraftRecommendationItem>? Recommendations);

public static class ReplaceDraftRecommendationsHandler
{
    public const int MaxItems = 200;

    public static Wolverine.Marten.Events Decide(Programme programme, ReplaceDraftRecommendations command)
    {
        ReportRules.Editable(programme);
        var items = command.Recommendations ?? [];
        var checks = new Checks().Require(items.Count <= MaxItems, "recommendations", $"Dự thảo có tối đa {MaxItems} kiến nghị.");
        var seen = new HashSet<Guid>();
        var drafts = items.Select((item, index) =>
        {
            var prefix = $"recommendations[{index}].";
            if (item.Id is { } id)
            {
                checks.Require(programme.Recommendations.Any(draft => draft.Id == id), $"{prefix}id",
                        "Không có kiến nghị này trong dự thảo báo cáo; bỏ mã đi để thêm kiến nghị mới.")
                    .Require(seen.Add(id), $"{prefix}id", "Kiến nghị này đã có ở vị trí khác trong danh sách.");
            }

            return DraftRecommendationHandler.Check(checks, programme, prefix, item.Id ?? Guid.CreateVersion7(), item.AgencyId, item.CoAgencyIds, item.Text,
                item.DueDate, item.FindingIds);
        }).ToList();
        checks.ThrowIfAny();
        // The same list again changes nothing, so a repeated request records nothing.
        return drafts.Count == programme.Recommendations.Count && drafts.Zip(programme.Recommendations).All(pair => Same(pair.First, pair.Second))
            ? []
            : [new DraftRecommendationsReplaced(programme.Id, drafts)];
    }

    static bool Same(RecommendationDraft left, RecommendationDraft right) =>
        left.Id == right.Id && left.AgencyId == right.AgencyId && left.CoAgencyIds.SequenceEqual(right.CoAgencyIds) && left.Text == right.Text
        && left.DueDate == right.DueDate && left.FindingIds.SequenceEqual(right.FindingIds);

    public static Wolverine.Marten.Events Handle(ReplaceDraftRecommendations command, [WriteTarget] Programme programme) => Decide(programme, command);
}

public static class ReplaceDraftRecommendationsEndpoint
{
    [Sends<ReplaceDraftRecommendations>]
    [WolverinePut("/api/programmes/{id}/report/recommendations")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Thay toàn bộ danh sách kiến nghị của dự thảo báo cáo trong một lần (giữ thứ tự; kiến nghị có id được giữ và sửa, không có id là kiến nghị mới, " +
        "kiến nghị không có trong danh sách bị bỏ); hoặc nhận tất cả, hoặc không nhận gì; trả về danh sách sau khi thay")]
    public static async Task<IReadOnlyList<DraftRecommendationView>> Put(Guid id, ReplaceDraftRecommendations command, ClaimsPrincipal user, IMessageBus bus,
        IQuerySession session, CancellationToken cancellation)
    {
        await bus.SendAsync(user, command with { ProgrammeId = id }, cancellation);
        return DraftRecommendations.Of((await session.LoadAsync<Programme>(id, cancellation))!);
    }
}
