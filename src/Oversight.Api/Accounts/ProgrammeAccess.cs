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
/// Grants a capability by the permission table, then narrows it for the two roles whose rights depend on
/// the subject: a delegation member acts only on programmes whose delegation lists them, an agency user
/// only on recommendations addressed to their agency. The subject is what the route names (a programme,
/// a finding, an issued document, a recommendation or an evidence file), loaded from the person's council.
/// </summary>
public sealed class CapabilityHandler(IDocumentStore store) : AuthorizationHandler<CapabilityRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CapabilityRequirement requirement)
    {
        if (Actor.From(context.User) is not { } actor || !actor.Can(requirement.Capability))
        {
            return;
        }

        if (actor.Role is not (Role.DelegationMember or Role.AgencyUser) || context.Resource is not HttpContext http)
        {
            context.Succeed(requirement);
            return;
        }

        var subject = await SubjectOf(http, actor);
        var allowed = subject is null || actor.Role switch
        {
            Role.DelegationMember => subject.Delegation?.Active.Any(member => member.Id == actor.AccountId) == true,
            _ => subject.Recommendation is { } recommendation && actor.IsOwnAgency(recommendation.AgencyName),
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }

    sealed record Subject(Delegation? Delegation, Recommendation? Recommendation);

    /// <summary>What the request is about, or null when it is about no single programme or recommendation.</summary>
    async Task<Subject?> SubjectOf(HttpContext http, Actor actor)
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
            programmeId = (await session.LoadAsync<Finding>(findingId, cancellation))?.ProgrammeId ?? Guid.Empty;
        }
        else if (Guid.TryParse(values["documentId"]?.ToString(), out var documentId))
        {
            programmeId = (await session.LoadAsync<IssuedDocument>(documentId, cancellation))?.ProgrammeId ?? Guid.Empty;
        }
        else if (Guid.TryParse(values["recommendationId"]?.ToString(), out var recommendationId))
        {
            recommendation = await session.LoadAsync<Recommendation>(recommendationId, cancellation);
            programmeId = recommendation?.ProgrammeId ?? Guid.Empty;
        }
        else if (Guid.TryParse(values["evidenceId"]?.ToString(), out var evidenceId))
        {
            var evidence = await session.LoadAsync<EvidenceFile>(evidenceId, cancellation);
            recommendation = evidence is null ? null : await session.LoadAsync<Recommendation>(evidence.RecommendationId, cancellation);
            programmeId = recommendation?.ProgrammeId ?? Guid.Empty;
        }
        else
        {
            return null;
        }

        // An agency's right follows the recommendation alone; a member's, the programme's delegation.
        return actor.Role == Role.AgencyUser
            ? new Subject(null, recommendation)
            : new Subject((await session.LoadAsync<Programme>(programmeId.Value, cancellation))?.Delegation, null);
    }
}
