using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Claims;
using JasperFx.Events;
using Marten;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Programmes.Timeline;
using Wolverine.Http;

namespace Oversight.Audit;

/// <summary>One recorded change in the council: when, who (account and name), on which programme, what, and the request it came from.</summary>
public sealed record AuditEntry(long Sequence, DateTimeOffset At, string? UserName, string? FullName, Guid? ProgrammeId, string? ProgrammeTitle, string What,
    string EventType, string? CorrelationId);

public sealed record AuditFilter(string? User, DateOnly? From, DateOnly? To, Guid? Programme, long? Before);

/// <summary>The council-wide audit trail, read straight from the event store (which only ever grows).</summary>
public static class AuditLog
{
    public const int PageSize = 200;

    static readonly ConcurrentDictionary<Type, PropertyInfo?> programmeIds = new();

    public static async Task<IReadOnlyList<AuditEntry>> Read(IQuerySession session, AuditFilter filter, CancellationToken cancellation)
    {
        if (filter.From > filter.To)
        {
            throw Refusal.Invalid("to", "Ngày cuối không được trước ngày đầu.");
        }

        IQueryable<IEvent> query = session.Events.QueryAllRawEvents();
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = Account.Normalise(filter.User);
            query = query.Where(e => e.UserName == user);
        }

        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).ToUniversalTime();
            query = query.Where(e => e.Timestamp >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).ToUniversalTime();
            query = query.Where(e => e.Timestamp < end);
        }

        if (filter.Before is { } before)
        {
            query = query.Where(e => e.Sequence < before);
        }

        if (filter.Programme is { } programmeId)
        {
            var streams = await ProgrammeTimeline.Streams(session, programmeId, cancellation);
            query = query.Where(e => e.StreamId.IsOneOf(streams));
        }

        var events = await query.OrderByDescending(e => e.Sequence).Take(PageSize).ToListAsync(cancellation);
        // A finding's amendments and merges name only the finding: its programme is the finding's.
        var findingStreams = events.Where(e => ProgrammeOf(e) is null).Select(e => e.StreamId).Distinct().ToArray();
        var findings = findingStreams.Length == 0
            ? []
            : (await session.LoadManyAsync<Findings.Finding>(cancellation, findingStreams)).ToDictionary(finding => finding.Id, finding => finding.ProgrammeId);
        Guid? ProgrammeIdOf(IEvent e) => ProgrammeOf(e) ?? (findings.TryGetValue(e.StreamId, out var id) ? id : null);
        var ids = events.Select(ProgrammeIdOf).OfType<Guid>().Distinct().ToArray();
        var programmes = (await session.LoadManyAsync<Programme>(cancellation, ids)).ToDictionary(programme => programme.Id);
        var names = events.Select(e => e.UserName).OfType<string>().Distinct().ToArray();
        var people = (await session.Query<Account>().Where(account => account.UserName.IsOneOf(names)).ToListAsync(cancellation))
            .ToDictionary(account => account.UserName, account => account.FullName);
        return [.. events.Select(e =>
        {
            var programme = ProgrammeIdOf(e) is { } id ? programmes.GetValueOrDefault(id) : null;
            return new AuditEntry(e.Sequence, e.Timestamp, e.UserName, e.UserName is null ? null : people.GetValueOrDefault(e.UserName), programme?.Id,
                programme?.Title, EventHistory.Describe(e.Data, programme), e.EventTypeName, e.CorrelationId);
        })];
    }

    /// <summary>Every event of a programme, its findings and recommendations names the programme (see Programme.cs).</summary>
    static Guid? ProgrammeOf(IEvent e) =>
        programmeIds.GetOrAdd(e.EventType, type => type.GetProperty("ProgrammeId", typeof(Guid)))?.GetValue(e.Data) as Guid?;
}

public static class AuditLogEndpoint
{
    [Allow(Capability.ViewAudit)]
    [WolverineGet("/api/audit")]
    [Tags("Nhật ký")]
    [EndpointSummary("Nhật ký của HĐND: ai làm gì, khi nào (lọc theo người, ngày, cuộc giám sát; trang sau: ?before=số thứ tự)")]
    public static Task<IReadOnlyList<AuditEntry>> Get(IQuerySession session, string? user, DateOnly? from, DateOnly? to, Guid? programme, long? before,
        CancellationToken cancellation) =>
        AuditLog.Read(session, new AuditFilter(user, from, to, programme, before), cancellation);
}
