using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Findings;

/// <summary>A delegation member notes a finding, usually during a session or survey (then <see cref="ActivityId"/> names it).</summary>
public sealed record LogFinding(
    Guid ProgrammeId,
    Guid FindingId,
    Guid? ActivityId,
    Guid AuthorId,
    FindingKind Kind,
    Guid? AgencyId,
    string? Text,
    string? Figures);

public static class LogFindingHandler
{
    public static FindingLogged Decide(Programme programme, LogFinding command)
    {
        FindingRules.EnsureOpen(programme);
        if (programme.ActiveMember(command.AuthorId) is null)
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
        return new FindingLogged(command.FindingId, programme.Id, command.ActivityId, command.AuthorId, command.Kind, command.AgencyId,
            command.Text!.Trim(), string.IsNullOrWhiteSpace(command.Figures) ? null : command.Figures.Trim());
    }

    public static IStartStream Handle(LogFinding command, [ReadAggregate(OnMissing = OnMissing.ThrowException)] Programme programme) =>
        MartenOps.StartStream<Finding>(command.FindingId, Decide(programme, command));
}

public static class LogFindingEndpoint
{
    [Allow(Capability.RecordFieldwork)]
    [WolverinePost("/api/programmes/{id}/findings")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Thành viên Đoàn ghi một ý kiến, phát hiện")]
    public static async Task<CreationResponse<Guid>> Post(Guid id, LogFinding command, ClaimsPrincipal user, IMessageBus bus)
    {
        var findingId = Guid.CreateVersion7();
        await bus.InvokeAsync(command with { ProgrammeId = id, FindingId = findingId, AuthorId = Actor.Of(user).AuthorFor(command.AuthorId) });
        return new CreationResponse<Guid>($"/api/findings/{findingId}", findingId);
    }
}
