using Oversight.Common;
using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http;
using Oversight.Accounts;
using Wolverine.Http;

namespace Oversight.Programmes.Listing;

public sealed record ProgrammeSummary(Guid Id, string Code, string Title, int Year, OverseeingBody Body, string? BodyUnit, ProgrammeStatus Status,
    string StatusLabel, DateTimeOffset CreatedAt);

/// <summary>The fields a list line needs, read without the rest of the programme (its delegation, plan, activities, drafts).</summary>
sealed record ProgrammeLine(Guid Id, int Number, string Title, int Year, OverseeingBody Body, string? BodyUnit, ProgrammeStatus Status, DateTimeOffset CreatedAt);

public static class ListProgrammesEndpoint
{
    public const int MaxLines = 500;

    /// <summary>
    /// The newest programmes this person may see, filtered; <paramref name="q"/> searches code, title and overseeing unit as the register's
    /// search does (ignoring case and diacritics), over every programme before the newest <see cref="MaxLines"/> are kept.
    /// </summary>
    public static async Task<IReadOnlyList<ProgrammeSummary>> Query(IQuerySession session, Actor actor, int? year, ProgrammeStatus? status, OverseeingBody? body,
        string? q, CancellationToken cancellation)
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

        var words = TextSearch.Words(q);
        query = query.OrderByDescending(programme => programme.Year).ThenByDescending(programme => programme.Number);
        if (words.Length == 0)
        {
            query = query.Take(MaxLines);
        }

        // A delegation member (or an agency) sees only the programmes naming them, which only the whole document tells;
        // everyone else reads the lines alone (a province's 180 whole programmes took 20 ms just to fetch, bench/scale).
        var lines = actor.Role is Role.DelegationMember or Role.AgencyUser
            ? (await query.ToListAsync(cancellation)).Where(programme => Access.Concerns(actor, programme)).Select(programme => new ProgrammeLine(programme.Id, programme.Number, programme.Title,
                programme.Year, programme.Body, programme.BodyUnit, programme.Status, programme.CreatedAt))
            : await query.Select(programme => new ProgrammeLine(programme.Id, programme.Number, programme.Title, programme.Year, programme.Body,
                programme.BodyUnit, programme.Status, programme.CreatedAt)).ToListAsync(cancellation);
        return [.. lines.Where(line => TextSearch.Matches(words, Programme.CodeOf(line.Year, line.Number), line.Title, line.BodyUnit)).Take(MaxLines)
            .Select(line => new ProgrammeSummary(line.Id, Programme.CodeOf(line.Year, line.Number), line.Title, line.Year, line.Body, line.BodyUnit, line.Status,
            Labels.Of(line.Status), line.CreatedAt))];
    }

    [Allow(Capability.ViewProgrammes, OwnRecordsOnly = true)]
    [WolverineGet("/api/programmes")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Danh sách cuộc giám sát (500 cuộc mới nhất khớp bộ lọc), lọc theo năm, trạng thái, chủ thể giám sát; q = tìm không dấu theo mã, tên, đơn vị")]
    public static Task<IReadOnlyList<ProgrammeSummary>> Get(IQuerySession session, ClaimsPrincipal user, int? year, ProgrammeStatus? status, OverseeingBody? body,
        string? q, CancellationToken cancellation) => Query(session, Actor.Of(user), year, status, body, q, cancellation);
}
