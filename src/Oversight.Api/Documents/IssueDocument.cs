using Oversight.Audit;
using System.Security.Claims;
using System.Security.Cryptography;
using Marten;
using JasperFx.Events;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Councils;
using Oversight.Programmes;
using Oversight.Recommendations;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Documents;

/// <summary>The exact bytes of an issued document: downloading it later returns this file, whatever changed since.</summary>
public sealed class IssuedDocument
{
    public Guid Id { get; set; }
    public Guid ProgrammeId { get; set; }
    public string FileName { get; set; } = "";
    public string Number { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
}

/// <summary>
/// The register (sổ văn bản) of one symbol in one year: numbers are given in order without gaps;
/// optimistic concurrency makes two clerks issuing at once get two different numbers.
/// </summary>
public sealed class DocumentNumbering : INumberRegister
{
    public string Id { get; set; } = "";
    public int Last { get; set; }

    public static string Key(string symbol, int year) => $"{symbol}:{year}";
}

/// <summary>Issues a document of the programme for the first time (for minutes: of a session); issuing it again is <see cref="IssueReplacement"/>.</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record IssueDocument(Guid ProgrammeId, Guid DocumentId, string? Template, DateOnly? IssuedOn, string? DateReason = null, Guid? ActivityId = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã ban hành văn bản.";
}

public static class IssueDocumentHandler
{
    /// <summary>The number as Nghị định 30 writes it: two digits at least, then the symbol ("07/BC-ĐGS").</summary>
    public static string Format(int number, string symbol) => $"{number:00}/{symbol}";

    public static (DocumentKind Kind, Dated Issued, Guid? Session) Decide(Programme programme, IssueDocument command, DateOnly today, Actor actor)
    {
        var kind = ProgrammeDocuments.Find(command.Template ?? "")
            ?? throw Refusal.Invalid("template", $"Hãy chọn một mẫu văn bản: {string.Join(", ", ProgrammeDocuments.Kinds.Select(known => known.Template))}.");
        EnsureIssuable(programme, kind);
        var session = ProgrammeDocuments.SessionOf(kind, programme, command.ActivityId);
        if (!kind.Repeatable && programme.InForce(kind.Template, session) is { } issued)
        {
            throw Refusal.Conflict($"{kind.Name} đã ban hành số {issued.Number} ngày {VietnamTime.Format(issued.IssuedOn)}. "
                + "Muốn ban hành lại, hãy ban hành văn bản thay thế và ghi lý do thay thế.");
        }

        var checks = new Checks();
        var dated = checks.Happened("issuedOn", "ngày ban hành văn bản", command.IssuedOn, command.DateReason, today, actor);
        checks.ThrowIfAny();
        return (kind, dated, session);
    }

    /// <summary>A cancelled programme issues nothing; a document whose data the programme lacks cannot be issued.</summary>
    public static void EnsureIssuable(Programme programme, DocumentKind kind)
    {
        if (programme.Status is ProgrammeStatus.Cancelled)
        {
            throw Refusal.Conflict("Cuộc giám sát đã bị hủy nên không ban hành văn bản.");
        }

        if (ProgrammeDocuments.Unavailable(kind, programme) is { } reason)
        {
            throw Refusal.Conflict(reason);
        }
    }

    /// <summary>Takes the next number of a symbol's register for the year (the notice of conclusions keeps the conclusion's own number).</summary>
    static async Task<string> NextNumber(IDocumentSession session, string symbol, int year, CancellationToken cancellation)
    {
        var key = DocumentNumbering.Key(symbol, year);
        return Format(Numbering.Next(session, await session.LoadAsync<DocumentNumbering>(key, cancellation), () => new DocumentNumbering { Id = key }), symbol);
    }

    /// <summary>The number the next document of this kind would take (what a confirmation tells the clerk before issuing).</summary>
    public static async Task<string> NextNumberPreview(IQuerySession session, DocumentKind kind, Programme programme, DocumentSettings council, int year,
        bool replacement, CancellationToken cancellation)
    {
        if (!replacement && kind.NumberOf(programme) is { } own)
        {
            return own;
        }

        var symbol = ProgrammeDocuments.Symbol(kind, programme, council);
        var numbering = await session.LoadAsync<DocumentNumbering>(DocumentNumbering.Key(symbol, year), cancellation);
        return Format((numbering?.Last ?? 0) + 1, symbol);
    }

    public static async Task Handle(
        IssueDocument command,
        // Fetched for writing: two documents issued at once for one programme cannot both pass unchecked.
        [WriteTarget] IEventStream<Programme> stream,
        Actor actor,
        IDocumentSession session,
        IOptions<DocumentSettings> settings,
        TimeProvider clock,
        CancellationToken cancellation)
    {
        var (kind, issued, activity) = Decide(stream.Aggregate!, command, VietnamTime.Today(clock), actor);
        await Issue(stream, session, settings, kind, command.DocumentId, issued, activity, null, null, cancellation);
    }

    /// <summary>
    /// Numbers the document (a replacement always takes a new number of the register), renders it from the data and template
    /// the drafts use, keeps the exact bytes and records the event.
    /// </summary>
    public static async Task Issue(IEventStream<Programme> stream, IDocumentSession session, IOptions<DocumentSettings> settings, DocumentKind kind,
        Guid documentId, Dated issued, Guid? activity, Guid? replaces, string? reason, CancellationToken cancellation)
    {
        var programme = stream.Aggregate!;
        var prepared = await DocumentPreparation.Prepare(session, settings, kind, programme, issued.On, activity, cancellation);
        var number = (replaces is null ? kind.NumberOf(programme) : null) ?? await NextNumber(session, prepared.Symbol, issued.On.Year, cancellation);
        var (file, recorded) = Issued(prepared, programme.Id, documentId, number, issued, activity, replaces, reason, cancellation);
        session.Store(file);
        stream.AppendOne(recorded);
    }

    /// <summary>The issued file and the event that records it, decided from the prepared document, its number and its date alone.</summary>
    public static (IssuedDocument File, DocumentIssued Event) Issued(PreparedDocument prepared, Guid programmeId, Guid documentId, string number, Dated issued,
        Guid? activity, Guid? replaces, string? reason, CancellationToken cancellation)
    {
        var template = prepared.Kind.Template;
        var content = WordTemplate.Render(prepared.Template, template, prepared.Data with { DocumentNumber = number, Date = issued.On }, cancellation);
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var file = new IssuedDocument
        {
            Id = documentId, ProgrammeId = programmeId, Number = number, IssuedOn = issued.On, Sha256 = sha, Content = content,
            FileName = $"{Path.GetFileNameWithoutExtension(template)}-{number.Replace('/', '-')}.docx",
        };
        return (file, new DocumentIssued(programmeId, documentId, template, number, issued.On, sha, Convert.ToHexStringLower(SHA256.HashData(prepared.Template)),
            issued.Reason, activity, replaces, reason));
    }
}

public sealed record IssueDocumentBody(string? Template, DateOnly? IssuedOn, string? DateReason = null, Guid? ActivityId = null);

public static class IssueDocumentEndpoints
{
    [Sends<IssueDocument>]
    [WolverinePost("/api/programmes/{id}/issued-documents")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Ban hành một văn bản: cấp số theo sổ văn bản và lưu đúng tệp đã ban hành; một văn bản đã ban hành thì chỉ ban hành lại bằng văn bản thay thế")]
    public static async Task<CreationResponse<Guid>> Post(Guid id, IssueDocumentBody body, ClaimsPrincipal user, IMessageBus bus)
    {
        var documentId = Guid.CreateVersion7();
        await bus.SendAsync(user, new IssueDocument(id, documentId, body.Template, body.IssuedOn, body.DateReason, body.ActivityId));
        return new CreationResponse<Guid>($"/api/issued-documents/{documentId}", documentId);
    }

    [Allow(Capability.ViewAddressedWork)]
    [WolverineGet("/api/issued-documents/{documentId}")]
    [ProducesFile(DocumentPreparation.WordType)]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Tải văn bản đã ban hành (đúng tệp đã lưu khi ban hành); cơ quan chịu giám sát tải được văn bản gửi tới cơ quan")]
    public static async Task<IResult> Get(Guid documentId, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<IssuedDocument>(documentId, cancellation) is { } document
            ? Results.File(document.Content, DocumentPreparation.WordType, document.FileName)
            : Oversight.Web.Problems.NotFound("Không tìm thấy văn bản đã ban hành này.");
}
