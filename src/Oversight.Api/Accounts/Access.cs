using Marten;
using Oversight.Common;
using Oversight.Programmes;

namespace Oversight.Accounts;

/// <summary>A record a person bound to their own records (a delegation member, an agency user) may or may not act on.</summary>
public interface IAccessTarget
{
    Guid Id { get; }

    bool Admits(Actor actor);
}

/// <summary>
/// The one rule of who may do what to which record. A capability comes from the permission table; two roles
/// hold theirs only on their own records: a delegation member on the programmes whose delegation lists them,
/// an agency user on the recommendations addressed to their agency (each record says whom it admits,
/// <see cref="IAccessTarget"/>). Anything whose target is unknown is refused to those two roles (deny by default).
/// Commands are checked by <see cref="CommandGuard"/> on the aggregate their handler loads; routes by
/// <see cref="RouteAccess"/> on what the route names; buttons and <c>allowedActions</c> by <see cref="Allows"/>
/// on the record the page or answer shows. Each feature tells the authorization point how to reach the records
/// that decide for its own (<see cref="AccessTargets"/>).
/// </summary>
public static class Access
{
    public static bool Allows(Actor actor, Capability capability, IReadOnlyCollection<IAccessTarget> targets) =>
        actor.Can(capability) && (!BoundToOwnRecords(actor) || targets.Any(target => target.Admits(actor)));

    public static bool Allows(Actor actor, Capability capability, IAccessTarget target) => Allows(actor, capability, [target]);

    /// <summary>A delegation member and an agency user act only on their own records; the council's staff on all of the council's.</summary>
    public static bool BoundToOwnRecords(Actor actor) => actor.Role switch
    {
        Role.DelegationMember or Role.AgencyUser => true,
        Role.SystemAdministrator or Role.CouncilAdministrator or Role.Secretariat or Role.Viewer => false,
    };

    /// <summary>
    /// Whether a list shows the programme to this person: a member's own programmes, those supervising an agency
    /// user's agency; every programme of the council to its staff.
    /// </summary>
    public static bool Concerns(Actor actor, Programme programme) => actor.Role switch
    {
        Role.DelegationMember => programme.Admits(actor),
        Role.AgencyUser => programme.Supervises(actor.AgencyId),
        Role.SystemAdministrator or Role.CouncilAdministrator or Role.Secretariat or Role.Viewer => true,
    };

    /// <summary>Refuses with 403, in Vietnamese, what <see cref="Allows(Actor, Capability, IReadOnlyCollection{IAccessTarget})"/> does not allow.</summary>
    public static void Ensure(Actor actor, Capability capability, IReadOnlyCollection<IAccessTarget> targets)
    {
        if (!Allows(actor, capability, targets))
        {
            throw Refusal.Forbidden(Denied);
        }
    }

    /// <summary>The same text as an endpoint's 403: a record one may not touch is told apart from nothing else.</summary>
    public static string Denied => Web.StatusTexts.DetailFor(403);
}

/// <summary>
/// How the authorization point reaches the records that decide access for a feature's own: a command's aggregate
/// that is not itself an <see cref="IAccessTarget"/> (a finding: its programme decides), and each id a route may
/// name. Each feature registers its own (see its <c>…Feature</c>); nothing registered means nothing admitted.
/// </summary>
public static class AccessTargets
{
    public delegate Task<IReadOnlyList<IAccessTarget>> Resolver<in T>(T record, IQuerySession session, CancellationToken cancellation);

    public delegate Task<IReadOnlyList<IAccessTarget>> RouteResolver(Guid id, IQuerySession session, CancellationToken cancellation);

    static readonly Dictionary<Type, Func<object, IQuerySession, CancellationToken, Task<IReadOnlyList<IAccessTarget>>>> records = [];
    static readonly Dictionary<string, RouteResolver> routes = [];

    public static void ForRecord<T>(Resolver<T> resolve) => records[typeof(T)] = (record, session, cancellation) => resolve((T)record, session, cancellation);

    public static void ForRoute(string name, RouteResolver resolve) => routes[name] = resolve;

    public static async Task<IReadOnlyList<IAccessTarget>> Of(object record, IQuerySession session, CancellationToken cancellation) =>
        records.TryGetValue(record.GetType(), out var resolve) ? await resolve(record, session, cancellation)
        : record is IAccessTarget target ? [target]
        : [];

    /// <summary>For each id the route names that a feature registered, the records deciding access to it; a person must be admitted through every one.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<IAccessTarget>>> OfRoute(RouteValueDictionary values, IQuerySession session,
        CancellationToken cancellation)
    {
        var found = new List<IReadOnlyList<IAccessTarget>>();
        foreach (var (name, resolve) in routes)
        {
            if (Guid.TryParse(values[name]?.ToString(), out var id))
            {
                found.Add(await resolve(id, session, cancellation));
            }
        }

        return found;
    }

    /// <summary>Loads a record by id and resolves it as a command's target would be.</summary>
    public static RouteResolver Loading<T>() where T : notnull => async (id, session, cancellation) =>
        await session.LoadAsync<T>(id, cancellation) is { } record ? await Of(record, session, cancellation) : [];
}
