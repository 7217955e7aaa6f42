using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http;
using Oversight.Accounts;
using Wolverine.Http;

namespace Oversight.Programmes.Listing;

public sealed record ProgrammeSummary(Guid Id, string Code, string Title, int Year, OverseeingBody Body, string? BodyUnit, ProgrammeStatus Status,
    string StatusLabel, DateTimeOffset CreatedAt);

public static class ListProgrammesEndpoint
{
    public static async Task<IReadOnlyList<ProgrammeSummary>> Query(IQuerySession session, Actor actor, int? year, ProgrammeStatus? status, OverseeingBody? body,
        CancellationToken cancellation)
    {
        var query = session.Query<Programme>().AsQueryable();
        if (year is { } wantedYear)
        {
            query = query.Where(programme => programme.Year == wantedYear);
        }

        if (status is { } wantedStatus)
        {
            query = query.Where(programme => programme.Status == wantedStatus);
        }

        if (body is { } wantedBody)
        {
            query = query.Where(programme => programme.Body == wantedBody);
        }

        var programmes = await query.OrderByDescending(programme => programme.Year).ThenByDescending(programme => programme.Number).Take(500).ToListAsync(cancellation);
        return [.. programmes.Where(actor.Sees).Select(programme => new ProgrammeSummary(programme.Id, programme.Code, programme.Title, programme.Year, programme.Body,
            programme.BodyUnit, programme.Status, ProgrammeStates.Label(programme.Status), programme.CreatedAt))];
    }

    [Allow(Capability.ViewProgrammes)]
    [WolverineGet("/api/programmes")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Danh sách cuộc giám sát, lọc theo năm, trạng thái, chủ thể giám sát")]
    public static Task<IReadOnlyList<ProgrammeSummary>> Get(IQuerySession session, ClaimsPrincipal user, int? year, ProgrammeStatus? status, OverseeingBody? body,
        CancellationToken cancellation) => Query(session, Actor.Of(user), year, status, body, cancellation);
}
