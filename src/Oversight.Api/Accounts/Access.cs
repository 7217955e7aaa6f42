using Oversight.Common;
using Oversight.Programmes;
using Oversight.Recommendations;

namespace Oversight.Accounts;

/// <summary>What a request or command acts on, as loaded for it: the programme, the recommendation, or both.</summary>
public sealed record Target(Programme? Programme, Recommendation? Recommendation)
{
    public static Target Of(Programme programme) => new(programme, null);

    public static Target Of(Recommendation recommendation) => new(null, recommendation);
}

/// <summary>
/// The one rule of who may do what to which record. A capability comes from the permission table; two roles
/// hold theirs only on their own records: a delegation member on the programmes whose delegation lists them,
/// an agency user on the recommendations addressed to their agency. Anything whose target is unknown is refused
/// to those two roles (deny by default). Commands are checked by <see cref="CommandGuard"/> on the aggregate
/// their handler loads; routes by <see cref="RouteAccess"/> on what the route names; buttons and
/// <c>allowedActions</c> by <see cref="Allows"/> on the record the page or answer shows.
/// </summary>
public static class Access
{
    public static bool Allows(Actor actor, Capability capability, Target? target) =>
        actor.Can(capability) && actor.Role switch
        {
            Role.DelegationMember => target?.Programme is { } programme && IsOnDelegation(actor, programme),
            Role.AgencyUser => target?.Recommendation is { } recommendation && actor.IsOwnAgency(recommendation.AgencyName),
            _ => true,
        };

    public static bool Allows(Actor actor, Capability capability, Programme programme) => Allows(actor, capability, Target.Of(programme));

    /// <summary>
    /// Whether a list shows the programme to this person: a member's own programmes, those supervising an agency
    /// user's agency; every programme of the council to its staff.
    /// </summary>
    public static bool Concerns(Actor actor, Programme programme) => actor.Role switch
    {
        Role.DelegationMember => IsOnDelegation(actor, programme),
        Role.AgencyUser => programme.Agencies.Any(agency => actor.IsOwnAgency(agency.Name)),
        _ => true,
    };

    /// <summary>Refuses with 403, in Vietnamese, what <see cref="Allows(Actor, Capability, Target?)"/> does not allow.</summary>
    public static void Ensure(Actor actor, Capability capability, Target? target)
    {
        if (!Allows(actor, capability, target))
        {
            throw Refusal.Forbidden(Denied);
        }
    }

    /// <summary>The same text as an endpoint's 403: a record one may not touch is told apart from nothing else.</summary>
    public static string Denied => Web.StatusTexts.DetailFor(403);

    static bool IsOnDelegation(Actor actor, Programme programme) =>
        programme.Delegation?.Active.Any(member => member.Id == actor.AccountId) == true;
}
