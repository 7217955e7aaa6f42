using System.Text.Json;
using Marten;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine.Http;

namespace Oversight.Documents;

/// <summary>A rendered draft: its bytes, type, and the file name to save it under (none for a PDF shown in the browser).</summary>
public sealed record DocumentDraft(byte[] Content, string ContentType, string? FileName);

public static class GenerateDocument
{
    public static string UnknownTemplate(string template) =>
        $"Không có mẫu văn bản “{template}”; các mẫu hiện có: {string.Join(", ", ProgrammeDocuments.Kinds.Select(known => known.Template))}.";

    /// <summary>
    /// The draft as a Word file, or as a PDF when given the previews to make it with; refused (409, 503) with a Vietnamese reason when it cannot be made,
    /// so that the API and the programme page answer alike.
    /// </summary>
    public static async Task<DocumentDraft> Draft(DocumentKind kind, Programme programme, Guid? activity, PdfPreviews? previews, IQuerySession session,
        IOptions<DocumentSettings> settings, TimeProvider clock, CancellationToken cancellation)
    {
        var prepared = await DocumentPreparation.Prepare(session, settings, kind, programme, VietnamTime.Today(clock), activity, cancellation);
        var document = WordTemplate.Render(prepared.Template, kind.Template, prepared.Data, cancellation);
        if (previews is null)
        {
            return new DocumentDraft(document, DocumentPreparation.WordType, $"{Path.GetFileNameWithoutExtension(kind.Template)}-{programme.Code}.docx");
        }

        return new DocumentDraft(await previews.Pdf(document, cancellation), "application/pdf", null);
    }
}

public static class GenerateDocumentEndpoint
{
    [Allow(Capability.ViewProgrammes)]
    [WolverineGet("/api/programmes/{id}/documents/{template}")]
    [ProducesFile(DocumentPreparation.WordType, "application/pdf", "application/json")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Tải bản dự thảo một văn bản của cuộc giám sát (Word, theo Nghị định 30/2020); thêm ?data=json để xem dữ liệu mẫu văn bản đọc, ?activity= để chọn buổi làm việc cho biên bản, ?format=pdf để xem trước dạng PDF")]
    public static async Task<IResult> Get(Guid id, string template, string? data, string? format, Guid? activity, IQuerySession session, IOptions<DocumentSettings> settings,
        TimeProvider clock, PdfPreviews previews, CancellationToken cancellation)
    {
        if (ProgrammeDocuments.Find(template) is not { } kind)
        {
            return Problems.NotFound(GenerateDocument.UnknownTemplate(template));
        }

        if (await session.LoadAsync<Programme>(id, cancellation) is not { } programme)
        {
            return Problems.NotFound("Không tìm thấy cuộc giám sát này.");
        }

        if (data == "json")
        {
            var prepared = await DocumentPreparation.Prepare(session, settings, kind, programme, VietnamTime.Today(clock), activity, cancellation);
            return Results.Text(JsonSerializer.Serialize(prepared.Data, DocumentPreparation.SnakeCase), "application/json; charset=utf-8");
        }

        var draft = await GenerateDocument.Draft(kind, programme, activity, format == "pdf" ? previews : null, session, settings, clock, cancellation);
        return Results.File(draft.Content, draft.ContentType, draft.FileName);
    }
}
