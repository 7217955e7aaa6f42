using System.Security.Claims;
using Marten;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory.Agencies;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;

namespace Oversight.CouncilDirectory.Migration;

/// <summary>The secretariat's pick for a committee name the directory did not match: every programme that wrote it is linked to the committee.</summary>
[Requires(Capability.ManageDirectory)]
public sealed record LinkCommitteeName(string? Name, Guid CommitteeId) : IDoneMessage
{
    string IDoneMessage.DoneMessage => $"Đã nối Ban “{Name?.Trim()}” với Ban đã chọn.";
}

public static class LinkCommitteeNameHandler
{
    public static MigrationPlan Decide(LinkCommitteeName command, CouncilRecords records)
    {
        new Checks().Identifier(command.Name, "name", "tên cần nối", 300).ThrowIfAny();
        var committee = records.Committees.FirstOrDefault(committee => committee.Id == command.CommitteeId)
            ?? throw Refusal.Invalid("committeeId", "Hãy chọn một Ban có trong danh bạ.");
        var plan = DirectoryMigration.Plan(records.Programmes, [], [], records.Committees, _ => new NameMatch<Agency>(null, []),
            DirectoryMigration.Picking(command.Name!, committee, name => DirectoryNames.Match(name, records.Committees)));
        var key = DirectoryNames.Key(command.Name!);
        if (!plan.Committees.Any(link => DirectoryNames.Key(link.Programme.BodyUnit!) == key))
        {
            throw Refusal.Conflict($"Không còn cuộc giám sát nào ghi Ban “{command.Name!.Trim()}” mà chưa nối với danh bạ.");
        }

        return plan;
    }

    [Untargeted]
    public static async Task<MigrationReport> Handle(LinkCommitteeName command, Actor actor, IDocumentSession session, CancellationToken cancellation)
    {
        var plan = Decide(command, await DirectoryMigration.Read(session, actor.CouncilId!, cancellation));
        await DirectoryMigration.Apply(session, plan, cancellation);
        return new MigrationReport([], plan.UnmatchedCommittees, 0, plan.Links);
    }
}

public sealed record CommitteeNamePick(string? Name, Guid CommitteeId);

public static class LinkCommitteeNameEndpoint
{
    [Sends<LinkCommitteeName>]
    [WolverinePost("/api/directory/migration/committee-names")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Chọn Ban trong danh bạ cho một tên Ban chưa khớp: mọi cuộc giám sát ghi tên đó được nối với Ban")]
    public static Task<MigrationReport> Post(CommitteeNamePick pick, ClaimsPrincipal user, IMessageBus bus) =>
        bus.SendAsync<MigrationReport>(Actor.Of(user), new LinkCommitteeName(pick.Name, pick.CommitteeId));
}
