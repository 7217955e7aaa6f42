using Marten;
using Microsoft.AspNetCore.Authorization;

namespace Oversight.Accounts;

public sealed class CapabilityRequirement(Capability capability) : IAuthorizationRequirement
{
    public Capability Capability { get; } = capability;
}

/// <summary>
/// The gate of every route: the person must hold the capability the endpoint or page declares. For the two roles
/// bound to their own records, every record the route names must admit them (<see cref="Access"/>), as the feature
/// owning that kind of id resolves it (<see cref="AccessTargets"/>), loaded from the person's council. A route that
/// names none is refused to them (deny by default), unless it sends a command (whose handler checks the command's
/// own target, <see cref="CommandGuard"/>) or lists only what the person may see.
/// </summary>
public sealed class RouteAccess(IDocumentStore store) : AuthorizationHandler<CapabilityRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CapabilityRequirement requirement)
    {
        if (Actor.From(context.User) is not { } actor || !actor.Can(requirement.Capability))
        {
            return;
        }

        if (!Access.BoundToOwnRecords(actor) || context.Resource is not HttpContext http
            || http.GetEndpoint()?.Metadata.GetMetadata<AllowAttribute>() is { TargetDecidedByEndpoint: true })
        {
            context.Succeed(requirement);
            return;
        }

        await using var session = store.QuerySession(actor.CouncilId!);
        var named = await AccessTargets.OfRoute(http.Request.RouteValues, session, http.RequestAborted);
        if (named.Count > 0 && named.All(targets => Access.Allows(actor, requirement.Capability, targets)))
        {
            context.Succeed(requirement);
        }
    }
}
