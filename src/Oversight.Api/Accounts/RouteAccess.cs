using Marten;
using Microsoft.AspNetCore.Authorization;
using Oversight.Documents;
using Oversight.Findings;
using Oversight.Programmes;
using Oversight.Recommendations;
using Oversight.Recommendations.FollowUp;

namespace Oversight.Accounts;

public sealed class CapabilityRequirement(Capability capability) : IAuthorizationRequirement
{
    public Capability Capability { get; } = capability;
}

/// <summary>
/// The gate of every route: the person must hold the capability the endpoint or page declares. For the two roles
/// bound to their own records, the route must also name a record of theirs (<see cref="Access"/>), loaded from
/// the person's council: a programme, an activity's programme, a finding's, an issued document's, a recommendation
/// or an evidence file's. A route that names none is refused to them (deny by default), unless it sends a command
/// (whose handler checks the command's own target, <see cref="CommandGuard"/>) or lists only what the person may see.
/// </summary>
public sealed class RouteAccess(IDocumentStore store) : AuthorizationHandler<CapabilityRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CapabilityRequirement requirement)
    {
        if (Actor.From(context.User) is not { } actor || !actor.Can(requirement.Capability))
        {
            return;
        }

        if (actor.Role is not (Role.DelegationMember or Role.AgencyUser) || context.Resource is not HttpContext http
            || http.GetEndpoint()?.Metadata.GetMetadata<AllowAttribute>() is { TargetDecidedByEndpoint: true })
        {
            context.Succeed(requirement);
            return;
        }

        if (Access.Allows(actor, requirement.Capability, await TargetOf(http, actor)))
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>What the route names, or null when it names nothing this person could be allowed on.</summary>
    async Task<Target?> TargetOf(HttpContext http, Actor actor)
    {
        var values = http.Request.RouteValues;
        await using var session = store.QuerySession(actor.CouncilId!);
        var cancellation = http.RequestAborted;
        Guid? programmeId = null;
        Recommendation? recommendation = null;
        if (Guid.TryParse(values["id"]?.ToString(), out var id))
        {
            programmeId = id;
        }
        else if (Guid.TryParse(values["findingId"]?.ToString(), out var findingId))
        {
            programmeId = (await session.LoadAsync<Finding>(findingId, cancellation))?.ProgrammeId;
        }
        else if (Guid.TryParse(values["documentId"]?.ToString(), out var documentId))
        {
            programmeId = (await session.LoadAsync<IssuedDocument>(documentId, cancellation))?.ProgrammeId;
        }
        else if (Guid.TryParse(values["recommendationId"]?.ToString(), out var recommendationId))
        {
            recommendation = await session.LoadAsync<Recommendation>(recommendationId, cancellation);
        }
        else if (Guid.TryParse(values["evidenceId"]?.ToString(), out var evidenceId)
                 && await session.LoadAsync<EvidenceFile>(evidenceId, cancellation) is { } evidence)
        {
            recommendation = await session.LoadAsync<Recommendation>(evidence.RecommendationId, cancellation);
        }

        // An agency's right follows the recommendation alone; a member's, the programme's delegation.
        if (actor.Role == Role.AgencyUser)
        {
            return recommendation is null ? null : Target.Of(recommendation);
        }

        programmeId ??= recommendation?.ProgrammeId;
        return programmeId is { } programme && await session.LoadAsync<Programme>(programme, cancellation) is { } loaded
            ? new Target(loaded, recommendation)
            : null;
    }
}
