using Marten;
using Oversight.Accounts;

namespace Oversight.Programmes.Activities;

/// <summary>
/// A session (a working session or a field survey) as a record people reach: the members of its programme's delegation, and the
/// accounts of the agency it is held with (the directory's agency the programme names for it); the council's staff reach them all.
/// </summary>
public sealed record SessionTarget(Programme Programme, Activity Activity) : IAccessTarget
{
    public Guid Id => Activity.Id;

    public bool Admits(Actor actor) =>
        Programme.Admits(actor) || (actor.Role == Role.AgencyUser && actor.IsOwnAgency(Programme.DirectoryAgency(Activity.AgencyId)));

    public static async Task<SessionTarget?> Load(IQuerySession session, Guid activityId, CancellationToken cancellation) =>
        await session.Query<Programme>().FirstOrDefaultAsync(programme => programme.Activities.Any(activity => activity.Id == activityId), cancellation)
            is { } programme && programme.Activity(activityId) is { } found
            ? new SessionTarget(programme, found)
            : null;
}
