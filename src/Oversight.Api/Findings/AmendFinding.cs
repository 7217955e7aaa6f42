using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Findings;

/// <summary>The author rewrites a finding, until the head approves the draft report.</summary>
public sealed record AmendFinding(Guid FindingId, Guid AuthorId, FindingKind Kind, Guid? AgencyId, string? Text, string? Figures);

public static class AmendFindingHandler
{
    public static FindingAmended Decide(Programme programme, Finding finding, AmendFinding command)
    {
        FindingRules.EnsureOpen(programme);
        if (finding.AuthorId != command.AuthorId)
        {
            throw Refusal.Forbidden("Chỉ người đã ghi ý kiến mới sửa được ý kiến đó.");
        }

        if (finding.MergedInto is not null)
        {
            throw Refusal.Conflict("Ý kiến này đã được gộp vào một ý kiến khác; hãy sửa ý kiến đã gộp.");
        }

        FindingRules.CheckContent(new Checks(), programme, command.Kind, command.AgencyId, command.Text, command.Figures).ThrowIfAny();
        return new FindingAmended(finding.Id, command.Kind, command.AgencyId, command.Text!.Trim(),
            string.IsNullOrWhiteSpace(command.Figures) ? null : command.Figures.Trim());
    }

    public static async Task<FindingAmended> Handle(
        AmendFinding command,
        [WriteAggregate(OnMissing = OnMissing.ThrowException)] Finding finding,
        IQuerySession session,
        CancellationToken cancellation)
    {
        var programme = await session.LoadAsync<Programme>(finding.ProgrammeId, cancellation);
        return Decide(programme!, finding, command);
    }
}

public static class AmendFindingEndpoint
{
    [Allow(Capability.RecordFieldwork)]
    [WolverinePut("/api/findings/{findingId}")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Người ghi sửa ý kiến của mình (trước khi báo cáo được duyệt)")]
    public static Task<NoContent> Put(Guid findingId, AmendFinding command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, command with { FindingId = findingId, AuthorId = Actor.Of(user).AuthorFor(command.AuthorId) });
}
