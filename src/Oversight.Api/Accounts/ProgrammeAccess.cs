using Marten;
using Microsoft.AspNetCore.Authorization;
using Oversight.Documents;
using Oversight.Findings;
using Oversight.Programmes;

namespace Oversight.Accounts;

public sealed class CapabilityRequirement(Capability capability) : IAuthorizationRequirement
{
    public Capability Capability { get; } = capability;
}

/// <summary>
/// Grants a capability by the permission table. A delegation member holds programme rights only on the
/// programmes whose delegation lists them: the programme named by the route (directly, or through a
/// finding or an issued document) is loaded and its delegation checked.
/// </summary>
public sealed class CapabilityHandler(IDocumentStore store) : AuthorizationHandler<CapabilityRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CapabilityRequirement requirement)
    {
        if (Actor.From(context.User) is not { } actor || !actor.Can(requirement.Capability))
        {
            return;
        }

        if (actor.Role != Role.DelegationMember || context.Resource is not HttpContext http)
        {
            context.Succeed(requirement);
            return;
        }

        var (aboutProgramme, programme) = await ProgrammeOf(http, actor);
        if (!aboutProgramme || programme?.Delegation?.Active.Any(member => member.Id == actor.AccountId) == true)
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>Whether the request is about one programme, and that programme when it exists in the council.</summary>
    async Task<(bool AboutProgramme, Programme? Programme)> ProgrammeOf(HttpContext http, Actor actor)
    {
        var values = http.Request.RouteValues;
        await using var session = store.QuerySession(actor.CouncilId!);
        var cancellation = http.RequestAborted;
        if (Guid.TryParse(values["id"]?.ToString(), out var programmeId))
        {
            return (true, await session.LoadAsync<Programme>(programmeId, cancellation));
        }

        if (Guid.TryParse(values["findingId"]?.ToString(), out var findingId))
        {
            var finding = await session.LoadAsync<Finding>(findingId, cancellation);
            return (true, finding is null ? null : await session.LoadAsync<Programme>(finding.ProgrammeId, cancellation));
        }

        if (Guid.TryParse(values["documentId"]?.ToString(), out var documentId))
        {
            var document = await session.LoadAsync<IssuedDocument>(documentId, cancellation);
            return (true, document is null ? null : await session.LoadAsync<Programme>(document.ProgrammeId, cancellation));
        }

        return (false, null);
    }
}
