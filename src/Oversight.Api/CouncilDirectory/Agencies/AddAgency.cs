using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;

namespace Oversight.CouncilDirectory.Agencies;

/// <summary>Adds an agency to the council's directory (its id made by the server).</summary>
[Requires(Capability.ManageDirectory)]
public sealed record AddAgency(Guid AgencyId, AgencyDetails Details) : IDoneMessage
{
    string IDoneMessage.DoneMessage => $"Đã thêm {Details.Name?.Trim()} vào danh bạ.";
}

public static class AddAgencyHandler
{
    public static Agency Decide(AddAgency command, IReadOnlyList<Agency> directory) => AgencyRules.Decide(command.AgencyId, command.Details, directory);

    [Untargeted]
    public static async Task<AgencyView> Handle(AddAgency command, Actor actor, IDocumentSession session, ILogger<Agency> logger, CancellationToken cancellation)
    {
        var directory = await session.Query<Agency>().ToListAsync(cancellation);
        var agency = Decide(command, directory);
        session.Insert(agency);
        DirectoryLog.Changed(logger, actor, "added", agency.Name);
        return AgencyView.Of(agency, directory);
    }
}

public static class AddAgencyEndpoint
{
    [Sends<AddAgency>]
    [WolverinePost("/api/directory/agencies")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Thêm cơ quan chịu giám sát vào danh bạ: tên đầy đủ, tên viết tắt, tên gọi khác, cấp, cơ quan cấp trên, e-mail")]
    public static async Task<Created<AgencyView>> Post(AgencyDetails details, ClaimsPrincipal user, IMessageBus bus)
    {
        var agency = await bus.SendAsync<AgencyView>(Actor.Of(user), new AddAgency(Guid.CreateVersion7(), details));
        return TypedResults.Created($"/api/directory/agencies/{agency.Id}", agency);
    }
}
