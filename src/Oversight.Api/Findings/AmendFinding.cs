using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Findings;

/// <summary>The author rewrites a finding, until the head approves the draft report.</summary>
[Requires(ProgrammeAction.LogFinding)]
public sealed record AmendFinding([SetByServer] Guid FindingId, Guid AuthorId, FindingKind Kind, Guid? AgencyId, string? Text, string? Figures) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã sửa ý kiến.";
}

public static class AmendFindingHandler
{
    /// <summary>A delegation member amends only their own findings; the secretariat amends one for its author.</summary>
    public static FindingAmended Decide(Programme programme, Finding finding, AmendFinding command, Actor actor)
    {
        FindingRules.EnsureOpen(programme);
        var authorId = actor.AuthorFor(command.AuthorId);
        if (finding.AuthorId != authorId)
        {
            throw Refusal.Forbidden("Chỉ người đã ghi ý kiến mới sửa được ý kiến đó.");
        }

        if (finding.MergedInto is not null)
        {
            throw Refusal.Conflict("Ý kiến này đã được gộp vào một ý kiến khác; hãy sửa ý kiến đã gộp.");
        }

        FindingRules.CheckContent(new Checks(), programme, command.Kind, command.AgencyId, command.Text, command.Figures).ThrowIfAny();
        return new FindingAmended(finding.Id, command.Kind, command.AgencyId, command.Text!,
            string.IsNullOrWhiteSpace(command.Figures) ? null : command.Figures);
    }

    public static async Task<FindingAmended> Handle(AmendFinding command, [WriteTarget] Finding finding, Actor actor, IQuerySession session,
        CancellationToken cancellation) =>
        Decide((await session.LoadAsync<Programme>(finding.ProgrammeId, cancellation))!, finding, command, actor);
}

public static class AmendFindingEndpoint
{
    [Sends<AmendFinding>]
    [WolverinePut("/api/findings/{findingId}")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Người ghi sửa ý kiến của mình (trước khi báo cáo được duyệt)")]
    public static Task<NoContent> Put(Guid findingId, AmendFinding command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { FindingId = findingId });
}
