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
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Documents;

/// <summary>A document was issued: its number from the register, its date, and the fingerprint of the exact file kept.</summary>
public sealed record DocumentIssued(
    Guid ProgrammeId,
    Guid DocumentId,
    string Template,
    string Number,
    DateOnly IssuedOn,
    string Sha256,
    string TemplateSha256,
    string? DateReason = null) : IDated, IDescribedEvent
{
    public string Describe(EventContext context) => $"Ban hành {Oversight.Documents.ProgrammeDocuments.Find(Template)?.Name.ToLowerInvariant() ?? Template} số {Number} ngày {VietnamTime.Format(IssuedOn)}";
}

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

[Requires(Capability.ManageProgrammes)]
public sealed record IssueDocument(Guid ProgrammeId, Guid DocumentId, string? Template, DateOnly? IssuedOn, string? DateReason = null);

public static class IssueDocumentHandler
{
    /// <summary>The number as Nghị định 30 writes it: two digits at least, then the symbol ("07/BC-ĐGS").</summary>
    public static string Format(int number, string symbol) => $"{number:00}/{symbol}";

    public static (DocumentKind Kind, Dated Issued) Decide(Programme programme, IssueDocument command, DateOnly today, Actor actor)
    {
        var kind = ProgrammeDocuments.Find(command.Template ?? "")
            ?? throw Refusal.Invalid("template", $"Hãy chọn một mẫu văn bản: {string.Join(", ", ProgrammeDocuments.Kinds.Select(known => known.Template))}.");
        if (programme.Status is ProgrammeStatus.Cancelled)
        {
            throw Refusal.Conflict("Cuộc giám sát đã bị hủy nên không ban hành văn bản.");
        }

        var checks = new Checks();
        var issued = checks.Happened("issuedOn", "ngày ban hành văn bản", command.IssuedOn, command.DateReason, today, actor);
        checks.ThrowIfAny();
        return (kind, issued);
    }

    /// <summary>Takes the next number of a symbol's register for the year (the notice of conclusions keeps the conclusion's own number).</summary>
    static async Task<string> NextNumber(IDocumentSession session, string symbol, int year, CancellationToken cancellation)
    {
        var key = DocumentNumbering.Key(symbol, year);
        return Format(Numbering.Next(session, await session.LoadAsync<DocumentNumbering>(key, cancellation), () => new DocumentNumbering { Id = key }), symbol);
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
        var programme = stream.Aggregate!;
        var (kind, issued) = Decide(programme, command, VietnamTime.Today(clock), actor);
        var issuedOn = issued.On;
        var council = await CouncilSettings.Documents(session, settings, cancellation);
        var number = kind.NumberOf(programme) ?? await NextNumber(session, council.SymbolOf(kind), issuedOn.Year, cancellation);

        var template = await Templates.Load(session, council, kind.Template, cancellation);
        var recommendations = await ProgrammeRecommendationsEndpoint.Load(session, programme.Id, cancellation);
        var data = ProgrammeDocuments.Data(kind, programme, recommendations, council, issuedOn) with { DocumentNumber = number, Date = issuedOn };
        if (kind.NeedsSession && data.Session is null)
        {
            throw Refusal.Conflict(GenerateDocumentEndpoint.NoSession);
        }

        var content = WordTemplate.Render(template, kind.Template, data, cancellation);
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        session.Store(new IssuedDocument
        {
            Id = command.DocumentId, ProgrammeId = programme.Id, Number = number, IssuedOn = issuedOn, Sha256 = sha, Content = content,
            FileName = $"{Path.GetFileNameWithoutExtension(kind.Template)}-{number.Replace('/', '-')}.docx",
        });
        stream.AppendOne(new DocumentIssued(programme.Id, command.DocumentId, kind.Template, number, issuedOn, sha,
            Convert.ToHexStringLower(SHA256.HashData(template)), issued.Reason));
    }
}

public sealed record IssueDocumentBody(string? Template, DateOnly? IssuedOn, string? DateReason = null);

public static class IssueDocumentEndpoints
{
    [Sends<IssueDocument>]
    [WolverinePost("/api/programmes/{id}/issued-documents")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Ban hành một văn bản: cấp số theo sổ văn bản và lưu đúng tệp đã ban hành")]
    public static async Task<CreationResponse<Guid>> Post(Guid id, IssueDocumentBody body, ClaimsPrincipal user, IMessageBus bus)
    {
        var documentId = Guid.CreateVersion7();
        await bus.SendAsync(user, new IssueDocument(id, documentId, body.Template, body.IssuedOn, body.DateReason));
        return new CreationResponse<Guid>($"/api/issued-documents/{documentId}", documentId);
    }

    [Allow(Capability.ViewProgrammes)]
    [WolverineGet("/api/issued-documents/{documentId}")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Tải văn bản đã ban hành (đúng tệp đã lưu khi ban hành)")]
    public static async Task<IResult> Get(Guid documentId, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<IssuedDocument>(documentId, cancellation) is { } document
            ? Results.File(document.Content, GenerateDocumentEndpoint.WordType, document.FileName)
            : Oversight.Web.Problems.NotFound("Không tìm thấy văn bản đã ban hành này.");
}
