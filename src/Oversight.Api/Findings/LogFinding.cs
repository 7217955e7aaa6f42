using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Findings;

/// <summary>A delegation member notes a finding, usually during a session or survey (then <see cref="ActivityId"/> names it).</summary>
[Requires(ProgrammeAction.LogFinding)]
public sealed record LogFinding(
    [SetByServer] Guid ProgrammeId,
    [SetByServer] Guid FindingId,
    Guid? ActivityId,
    Guid AuthorId,
    FindingKind Kind,
    Guid? AgencyId,
    [Example("Một số xã chi trả trợ cấp chậm 2-3 tháng so với quy định.")] string? Text,
    string? Figures) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã ghi ý kiến.";
}

public static class LogFindingHandler
{
    /// <summary>A delegation member writes in their own name; the secretariat enters a member's finding for them.</summary>
    public static FindingLogged Decide(Programme programme, LogFinding command, Actor actor)
    {
        FindingRules.EnsureOpen(programme);
        var authorId = actor.AuthorFor(command.AuthorId);
        if (programme.ActiveMember(authorId) is null)
        {
            throw Refusal.Forbidden("Chỉ thành viên của Đoàn giám sát mới ghi được ý kiến.");
        }

        var checks = FindingRules.CheckContent(new Checks(), programme, command.Kind, command.AgencyId, command.Text, command.Figures);
        if (command.ActivityId is { } activityId)
        {
            checks.Require(programme.Activity(activityId) is { Status: not ActivityStatus.Cancelled }, "activityId",
                "Buổi làm việc này không có trong lịch (hoặc đã bị hủy).");
        }

        checks.ThrowIfAny();
        return new FindingLogged(command.FindingId, programme.Id, command.ActivityId, authorId, command.Kind, command.AgencyId,
            command.Text!, string.IsNullOrWhiteSpace(command.Figures) ? null : command.Figures);
    }

    public static IStartStream Handle(LogFinding command, [ReadTarget] Programme programme, Actor actor) =>
        MartenOps.StartStream<Finding>(command.FindingId, Decide(programme, command, actor));
}

public static class LogFindingEndpoint
{
    [Sends<LogFinding>]
    [WolverinePost("/api/programmes/{id}/findings")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Thành viên Đoàn ghi một ý kiến, phát hiện")]
    public static async Task<CreationResponse<Guid>> Post(Guid id, LogFinding command, ClaimsPrincipal user, IMessageBus bus)
    {
        var findingId = Guid.CreateVersion7();
        await bus.SendAsync(user, command with { ProgrammeId = id, FindingId = findingId });
        return new CreationResponse<Guid>($"/api/findings/{findingId}", findingId);
    }
}
