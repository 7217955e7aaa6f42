using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Recommendations.FollowUp;
using Oversight.Recommendations.Reminders;
using Wolverine.Http;

namespace Oversight.Recommendations.Register;

/// <summary>One line of the register of recommendations.</summary>
public sealed record RegisterRow(Guid Id, string Code, Guid ProgrammeId, string ProgrammeTitle, int Year, OverseeingBody Body, string AgencyName, string Text,
    DateOnly IssuedOn, DateOnly DueDate, RecommendationStatus Status, string StatusLabel, bool Overdue, int DaysOverdue, bool ExtensionPending);

public sealed record RegisterFilter(int? Year, Guid? Programme, string? Agency, RecommendationStatus? Status, bool? Overdue, OverseeingBody? Body, string? Q);

/// <summary>What a register line shows of its programme.</summary>
public sealed record ProgrammeHeading(Guid Id, string Title, int Year, OverseeingBody Body);

public static class RecommendationRegister
{
    /// <summary>
    /// The recommendations this person may see, filtered. Text search ignores case and Vietnamese diacritics
    /// ("tro giup xa hoi" finds "trợ giúp xã hội") over code, text, agency and programme title.
    /// </summary>
    public static async Task<IReadOnlyList<RegisterRow>> Query(IQuerySession session, Actor actor, RegisterFilter filter, DateOnly today,
        WorkingCalendar calendar, CancellationToken cancellation) =>
        [.. (await Select(session, actor, filter, today, calendar, cancellation))
            .OrderBy(pair => pair.Recommendation.DueDate).ThenBy(pair => pair.Recommendation.Code)
            .Select(pair => Row(pair.Recommendation, pair.Programme, today, calendar))];

    /// <summary>
    /// The filtered register entries with their programmes' headings; the filters on the programme (year, body) and on
    /// the status are applied in the database.
    /// </summary>
    public static async Task<IReadOnlyList<(RegisterEntry Recommendation, ProgrammeHeading Programme)>> Select(IQuerySession session, Actor actor,
        RegisterFilter filter, DateOnly today, WorkingCalendar calendar, CancellationToken cancellation)
    {
        var programmeQuery = session.Query<Programme>().AsQueryable();
        if (filter.Programme is { } programmeId)
        {
            programmeQuery = programmeQuery.Where(programme => programme.Id == programmeId);
        }

        if (filter.Year is { } year)
        {
            programmeQuery = programmeQuery.Where(programme => programme.Year == year);
        }

        if (filter.Body is { } body)
        {
            programmeQuery = programmeQuery.Where(programme => programme.Body == body);
        }

        // A delegation member sees the programmes whose delegation names them, which only the whole document tells.
        var programmes = actor.Role == Role.DelegationMember
            ? (await programmeQuery.ToListAsync(cancellation)).Where(programme => Access.Concerns(actor, programme))
                .Select(programme => new ProgrammeHeading(programme.Id, programme.Title, programme.Year, programme.Body))
            : await programmeQuery.Select(programme => new ProgrammeHeading(programme.Id, programme.Title, programme.Year, programme.Body))
                .ToListAsync(cancellation);
        var headings = programmes.ToDictionary(programme => programme.Id);
        var query = session.Query<RegisterEntry>().AsQueryable();
        if (filter.Programme is not null || filter.Year is not null || filter.Body is not null)
        {
            var ids = headings.Keys.ToArray();
            query = query.Where(entry => entry.ProgrammeId.IsOneOf(ids) || entry.Source != null);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(entry => entry.Status == status);
        }

        var recommendations = await query.ToListAsync(cancellation);
        var words = TextSearch.Words(filter.Q);
        var agency = filter.Agency is { Length: > 0 } wanted ? TextSearch.Fold(wanted) : null;
        return [.. recommendations
            .Select(recommendation => (Recommendation: recommendation, Programme: HeadingOf(recommendation, headings, filter, actor)!))
            .Where(pair => pair.Programme is not null)
            .Where(pair => actor.IsOwnAgency(pair.Recommendation.DirectoryAgencyId))
            .Where(pair => agency is null || TextSearch.Fold(pair.Recommendation.AgencyName).Contains(agency))
            .Where(pair => filter.Overdue is not { } overdue || pair.Recommendation.IsOverdue(today, calendar) == overdue)
            .Where(pair => TextSearch.Matches(words, pair.Recommendation.Code, pair.Recommendation.Text, pair.Recommendation.AgencyName, pair.Programme.Title))];
    }

    /// <summary>
    /// The heading a register line shows: its programme's, or for a recommendation from a hearing or questioning, its source's
    /// (filtered here by year and body; a delegation member follows only their programmes' recommendations).
    /// </summary>
    static ProgrammeHeading? HeadingOf(RegisterEntry entry, Dictionary<Guid, ProgrammeHeading> headings, RegisterFilter filter, Actor actor) =>
        entry.Source is not { } source ? headings.GetValueOrDefault(entry.ProgrammeId)
        : actor.Role != Role.DelegationMember && (filter.Programme ?? source.Id) == source.Id && (filter.Year ?? source.Year) == source.Year
          && (filter.Body ?? source.Body) == source.Body
            ? new ProgrammeHeading(source.Id, source.Heading, source.Year, source.Body)
            : null;

    public static RegisterRow Row(RegisterEntry recommendation, ProgrammeHeading programme, DateOnly today, WorkingCalendar calendar)
    {
        var overdue = recommendation.IsOverdue(today, calendar);
        return new RegisterRow(recommendation.Id, recommendation.Code, programme.Id, programme.Title, programme.Year, programme.Body, recommendation.AgencyName,
            recommendation.Text, recommendation.IssuedOn, recommendation.DueDate, recommendation.Status, Labels.Of(recommendation.Status), overdue,
            overdue ? today.DayNumber - recommendation.DueDate.DayNumber : 0, recommendation.ExtensionPending);
    }
}

public static class RecommendationRegisterEndpoint
{
    [Allow(Capability.ViewAddressedWork, OwnRecordsOnly = true)]
    [WolverineGet("/api/recommendations")]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Sổ theo dõi kiến nghị: lọc theo năm, cuộc giám sát, cơ quan, trạng thái, quá hạn, chủ thể; q = tìm không dấu; " +
        "page, pageSize (mặc định 1 và 100, tối đa 500 dòng một trang), kèm tổng số dòng")]
    public static async Task<PagedList<RegisterRow>> Get(IQuerySession session, ClaimsPrincipal user, TimeProvider clock, WorkingCalendar calendar, int? year,
        Guid? programme, string? agency, RecommendationStatus? status, bool? overdue, OverseeingBody? body, string? q, int? page, int? pageSize,
        CancellationToken cancellation) =>
        Paging.Of(await RecommendationRegister.Query(session, Actor.Of(user), new RegisterFilter(year, programme, agency, status, overdue, body, q),
            VietnamTime.Today(clock), calendar, cancellation), page, pageSize);

    [Allow(Capability.ViewAddressedWork, OwnRecordsOnly = true)]
    [WolverineGet("/api/recommendations/export")]
    [ProducesFile(RegisterExport.XlsxType, "text/csv")]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Xuất sổ theo dõi kiến nghị ra Excel (?format=xlsx, mặc định) hoặc CSV (?format=csv), cùng bộ lọc")]
    public static async Task<IResult> Export(IQuerySession session, ClaimsPrincipal user, TimeProvider clock, WorkingCalendar calendar, string? format,
        int? year, Guid? programme, string? agency, RecommendationStatus? status, bool? overdue, OverseeingBody? body, string? q, CancellationToken cancellation)
    {
        if (format is not (null or "xlsx" or "csv"))
        {
            throw Refusal.Invalid("format", "Định dạng xuất là xlsx hoặc csv.");
        }

        var today = VietnamTime.Today(clock);
        var rows = await RecommendationRegister.Query(session, Actor.Of(user), new RegisterFilter(year, programme, agency, status, overdue, body, q), today, calendar, cancellation);
        var name = $"so-theo-doi-kien-nghi-{today:yyyy-MM-dd}";
        return format == "csv"
            ? Results.File(RegisterExport.Csv(rows), "text/csv; charset=utf-8", $"{name}.csv")
            : Results.File(RegisterExport.Xlsx(rows), RegisterExport.XlsxType, $"{name}.xlsx");
    }

    [Allow(Capability.ViewAddressedWork)]
    [WolverineGet("/api/recommendations/{recommendationId}")]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Một kiến nghị: nội dung, hạn (và lịch sử hạn), hạn thực tế và lý do chuyển hạn, lịch nhắc hạn, trạng thái, mọi trả lời và quyết định")]
    public static async Task<Results<Ok<RecommendationView>, ProblemHttpResult>> GetOne(Guid recommendationId, IQuerySession session, TimeProvider clock, WorkingCalendar calendar,
        IOptions<ReminderSettings> reminders, CancellationToken cancellation)
    {
        var recommendation = await session.LoadAsync<Recommendation>(recommendationId, cancellation);
        return recommendation is null
            ? Web.Problems.NotFound("Không tìm thấy kiến nghị này.")
            : TypedResults.Ok(new RecommendationView(recommendation, recommendation.IsOverdue(VietnamTime.Today(clock), calendar),
                ReminderSchedule.Plan(recommendation, clock.GetUtcNow(), calendar, reminders.Value),
                await FollowUpHistory.Load(session, recommendation, cancellation)));
    }

    [Allow(Capability.ViewAddressedWork)]
    [WolverineGet("/api/evidence/{evidenceId}")]
    [ProducesFile("application/octet-stream")]
    [Tags(RecommendationApi.Tag)]
    [EndpointSummary("Tệp minh chứng cơ quan đã gửi (đúng tệp đã nhận): PDF, ảnh PNG, JPEG xem ngay trên trình duyệt; tệp khác (và ?download=true) tải về")]
    public static async Task<IResult> GetEvidence(Guid evidenceId, bool? download, IQuerySession session, HttpContext http, CancellationToken cancellation)
    {
        if (await session.LoadAsync<EvidenceFile>(evidenceId, cancellation) is not { } file)
        {
            return Web.Problems.NotFound("Không tìm thấy tệp minh chứng này.");
        }

        Web.InlineFiles.Protect(http.Response);
        if ((download == true ? null : Web.InlineFiles.TypeOf(file.Content)) is not { } type)
        {
            return Results.File(file.Content, "application/octet-stream", file.FileName);
        }

        http.Response.Headers.ContentDisposition = Web.InlineFiles.Inline(file.FileName);
        return Results.File(file.Content, type);
    }
}

/// <summary>A recommendation, whether it is overdue, and its due date as the agency works to it with the reminders of that date.</summary>
public sealed record RecommendationView(Recommendation Recommendation, bool Overdue, DuePlan Due, IReadOnlyList<FollowUpEntry> History);
