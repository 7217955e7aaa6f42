using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;

namespace Oversight.CouncilDirectory.Agencies;

/// <summary>Removes an agency nothing refers to (one entered by mistake); one that programmes, accounts or other agencies name stays.</summary>
[Requires(Capability.ManageDirectory)]
public sealed record RemoveAgency(Guid AgencyId) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã xóa cơ quan khỏi danh bạ.";
}

/// <summary>How many records name the agency by its id.</summary>
public sealed record AgencyUses(int Programmes, int Accounts, int Agencies);

public static class RemoveAgencyHandler
{
    /// <summary>The agency to remove, refused when it is unknown or anything names it.</summary>
    public static Agency Decide(Agency? agency, AgencyUses uses)
    {
        if (agency is null)
        {
            throw Refusal.NotFound(DirectoryLog.NoAgency);
        }

        if (uses is not { Programmes: 0, Accounts: 0, Agencies: 0 })
        {
            throw Refusal.Conflict($"Không xóa được {agency.Name}: cơ quan này đang được {Uses(uses)} dùng. " +
                "Nếu tên đã đổi, hãy sửa tên và ghi tên cũ vào “tên gọi khác”.");
        }

        return agency;
    }

    [Untargeted]
    public static async Task Handle(RemoveAgency command, Actor actor, IDocumentSession session, ILogger<Agency> logger, CancellationToken cancellation)
    {
        var id = command.AgencyId;
        var agency = await session.LoadAsync<Agency>(id, cancellation);
        var uses = new AgencyUses(
            await session.Query<Programme>().CountAsync(programme => programme.Agencies.Any(named => named.DirectoryId == id), cancellation),
            await session.Query<Account>().CountAsync(account => account.CouncilId == actor.CouncilId && account.AgencyId == id, cancellation),
            await session.Query<Agency>().CountAsync(other => other.ParentId == id, cancellation));
        var removed = Decide(agency, uses);
        session.Delete(removed);
        DirectoryLog.Changed(logger, actor, "removed", removed.Name);
    }

    static string Uses(AgencyUses uses) => string.Join(", ", new[]
    {
        uses.Programmes > 0 ? $"{uses.Programmes} cuộc giám sát" : null,
        uses.Accounts > 0 ? $"{uses.Accounts} tài khoản" : null,
        uses.Agencies > 0 ? $"{uses.Agencies} cơ quan trực thuộc" : null,
    }.OfType<string>());
}

public static class RemoveAgencyEndpoint
{
    [Sends<RemoveAgency>]
    [WolverineDelete("/api/directory/agencies/{agencyId}")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Xóa một cơ quan chưa được hồ sơ nào dùng (nhập nhầm)")]
    public static async Task<NoContent> Delete(Guid agencyId, ClaimsPrincipal user, IMessageBus bus)
    {
        await bus.SendAsync(user, new RemoveAgency(agencyId));
        return TypedResults.NoContent();
    }
}
