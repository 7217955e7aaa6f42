using System.Security.Claims;
using Marten;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory.Agencies;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;

namespace Oversight.CouncilDirectory.Migration;

/// <summary>
/// The secretariat's pick for an agency name the directory did not match: every programme and account that wrote it is linked to the
/// agency, and the agency learns the name as an alias (unless another agency answers to it), so the name finds it from now on.
/// </summary>
[Requires(Capability.ManageDirectory)]
public sealed record LinkAgencyName(string? Name, Guid AgencyId) : IDoneMessage
{
    string IDoneMessage.DoneMessage => $"Đã nối “{Name?.Trim()}” với cơ quan đã chọn; tên này thành tên gọi khác của cơ quan.";
}

public static class LinkAgencyNameHandler
{
    public static (MigrationPlan Plan, Agency? Learned) Decide(LinkAgencyName command, CouncilRecords records)
    {
        new Checks().Identifier(command.Name, "name", "tên cần nối", 300).ThrowIfAny();
        var agency = records.Agencies.FirstOrDefault(agency => agency.Id == command.AgencyId) ?? throw Refusal.Invalid("agencyId", "Hãy chọn một cơ quan có trong danh bạ.");
        var plan = DirectoryMigration.Plan(records.Programmes, records.Accounts, records.Agencies, [],
            DirectoryMigration.Picking(command.Name!, agency, name => DirectoryNames.Match(name, records.Agencies)), _ => new NameMatch<Committee>(null, []));
        var key = DirectoryNames.Key(command.Name!);
        if (!plan.Agencies.Any(link => DirectoryNames.Key(link.Named.Name) == key) && !plan.Accounts.Any(link => DirectoryNames.Key(link.Account.AgencyName!) == key))
        {
            throw Refusal.Conflict($"Không còn cuộc giám sát hay tài khoản nào ghi tên “{command.Name!.Trim()}” mà chưa nối với danh bạ.");
        }

        var learned = DirectoryNames.Match(command.Name!, records.Agencies).Candidates.Count == 0 ? agency.Copy() : null;
        learned?.Aliases.Add(command.Name!.Trim());
        return (plan, learned);
    }

    [Untargeted]
    public static async Task<MigrationReport> Handle(LinkAgencyName command, Actor actor, IDocumentSession session, ILogger<Agency> logger,
        CancellationToken cancellation)
    {
        var records = await DirectoryMigration.Read(session, actor.CouncilId!, cancellation);
        var (plan, learned) = Decide(command, records);
        await DirectoryMigration.Apply(session, plan, cancellation);
        if (learned is not null)
        {
            session.Update(learned);
            DirectoryLog.Changed(logger, actor, $"given the alias {command.Name!.Trim()}", learned.Name);
        }

        return new MigrationReport(plan.UnmatchedAgencies, [], 0, plan.Links);
    }
}

public sealed record AgencyNamePick(string? Name, Guid AgencyId);

public static class LinkAgencyNameEndpoint
{
    [Sends<LinkAgencyName>]
    [WolverinePost("/api/directory/migration/agency-names")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Chọn cơ quan trong danh bạ cho một tên chưa khớp: mọi cuộc giám sát, tài khoản ghi tên đó được nối với cơ quan")]
    public static Task<MigrationReport> Post(AgencyNamePick pick, ClaimsPrincipal user, IMessageBus bus) =>
        bus.SendAsync<MigrationReport>(Actor.Of(user), new LinkAgencyName(pick.Name, pick.AgencyId));
}
