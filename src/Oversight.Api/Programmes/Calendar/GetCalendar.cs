using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http;
using Oversight.Accounts;
using Oversight.Common;
using Wolverine.Http;

namespace Oversight.Programmes.Calendar;

public sealed record CalendarEntry(
    DateOnly Date,
    TimeOnly? Time,
    ActivityKind Kind,
    ActivityStatus Status,
    string Place,
    string AgencyName,
    Guid ProgrammeId,
    string ProgrammeTitle,
    Guid ActivityId);

public static class CalendarQuery
{
    public const int MaxDays = 366;

    /// <summary>Sessions and surveys of every programme between two dates (inclusive), in date order.</summary>
    public static async Task<IReadOnlyList<CalendarEntry>> Load(IQuerySession session, Actor actor, DateOnly from, DateOnly to, CancellationToken cancellation)
    {
        if (to < from || to.DayNumber - from.DayNumber > MaxDays)
        {
            throw Refusal.Invalid("to", $"Khoảng thời gian phải từ 1 đến {MaxDays} ngày, ngày cuối không trước ngày đầu.");
        }

        var programmes = await session.Query<Programme>()
            .Where(programme => programme.Activities.Any(activity => activity.Date >= from && activity.Date <= to))
            .ToListAsync(cancellation);
        return [.. programmes
            .Where(programme => Access.Concerns(actor, programme))
            .SelectMany(programme => programme.Activities
                .Where(activity => activity.Date >= from && activity.Date <= to && actor.IsOwnAgency(programme.DirectoryAgency(activity.AgencyId)))
                .Select(activity => new CalendarEntry(activity.Date, activity.Time, activity.Kind, activity.Status, activity.Place,
                    programme.AgencyName(activity.AgencyId), programme.Id, programme.Title, activity.Id)))
            .OrderBy(entry => entry.Date).ThenBy(entry => entry.Time)];
    }
}

public static class GetCalendarEndpoint
{
    [Allow(Capability.ViewAddressedWork, OwnRecordsOnly = true)]
    [WolverineGet("/api/calendar")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Lịch làm việc và khảo sát của mọi cuộc giám sát trong một khoảng ngày")]
    public static Task<IReadOnlyList<CalendarEntry>> Get(IQuerySession session, TimeProvider clock, ClaimsPrincipal user, DateOnly? from, DateOnly? to,
        CancellationToken cancellation)
    {
        var start = from ?? VietnamTime.Today(clock);
        return CalendarQuery.Load(session, Actor.Of(user), start, to ?? start.AddDays(30), cancellation);
    }
}
