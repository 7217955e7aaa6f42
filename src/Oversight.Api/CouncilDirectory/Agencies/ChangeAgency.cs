using System.Security.Claims;
using Marten;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;

namespace Oversight.CouncilDirectory.Agencies;

/// <summary>
/// Changes an agency of the directory: every record that names it by id follows (accounts, programmes, recommendations), while
/// documents and histories keep the name they were written with.
/// </summary>
[Requires(Capability.ManageDirectory)]
public sealed record ChangeAgency(Guid AgencyId, AgencyDetails Details) : IDoneMessage
{
    string IDoneMessage.DoneMessage => $"Đã lưu {Details.Name?.Trim()}.";
}

public static class ChangeAgencyHandler
{
    public static Agency Decide(ChangeAgency command, IReadOnlyList<Agency> directory)
    {
        if (directory.All(agency => agency.Id != command.AgencyId))
        {
            throw Refusal.NotFound(DirectoryLog.NoAgency);
        }

        return AgencyRules.Decide(command.AgencyId, command.Details, directory);
    }

    [Untargeted]
    public static async Task<AgencyView> Handle(ChangeAgency command, Actor actor, IDocumentSession session, ILogger<Agency> logger, CancellationToken cancellation)
    {
        var directory = await session.Query<Agency>().ToListAsync(cancellation);
        var agency = Decide(command, directory);
        session.Update(agency);
        DirectoryLog.Changed(logger, actor, "changed", agency.Name);
        return AgencyView.Of(agency, directory);
    }
}

public static class ChangeAgencyEndpoint
{
    [Sends<ChangeAgency>]
    [WolverinePut("/api/directory/agencies/{agencyId}")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Sửa một cơ quan trong danh bạ (mọi hồ sơ gắn với cơ quan theo mã; văn bản đã ban hành giữ tên cũ)")]
    public static Task<AgencyView> Put(Guid agencyId, AgencyDetails details, ClaimsPrincipal user, IMessageBus bus) =>
        bus.SendAsync<AgencyView>(Actor.Of(user), new ChangeAgency(agencyId, details));
}
