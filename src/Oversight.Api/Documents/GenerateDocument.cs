using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Councils;
using Oversight.Programmes;
using Oversight.Recommendations;
using Oversight.Web;
using Wolverine.Http;

namespace Oversight.Documents;

public static class GenerateDocumentEndpoint
{
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /// <summary>The data as templates read it (snake_case), for <c>?data=json</c> and for reading the sample back.</summary>
    public static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        // Template authors read this file: Vietnamese letters stay letters, not \u escapes.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public const string NoSession = "Chưa có buổi làm việc nào đã ghi biên bản (hoặc buổi được chọn chưa diễn ra); hãy ghi biên bản buổi làm việc trước.";

    [Allow(Capability.ViewProgrammes)]
    [WolverineGet("/api/programmes/{id}/documents/{template}")]
    [ProducesFile(WordType, "application/pdf", "application/json")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Tải bản dự thảo một văn bản của cuộc giám sát (Word, theo Nghị định 30/2020); thêm ?data=json để xem dữ liệu mẫu văn bản đọc, ?activity= để chọn buổi làm việc cho biên bản, ?format=pdf để xem trước dạng PDF")]
    public static async Task<IResult> Get(Guid id, string template, string? data, string? format, Guid? activity, IQuerySession session, IOptions<DocumentSettings> settings, TimeProvider clock,
        PdfPreviews previews, CancellationToken cancellation)
    {
        if (ProgrammeDocuments.Find(template) is not { } kind)
        {
            return Problems.NotFound(UnknownTemplate(template));
        }

        if (await session.LoadAsync<Programme>(id, cancellation) is not { } programme)
        {
            return Problems.NotFound("Không tìm thấy cuộc giám sát này.");
        }

        if (data == "json")
        {
            var model = await Data(kind, programme, activity, session, settings, clock, cancellation);
            return Results.Text(JsonSerializer.Serialize(model, SnakeCase), "application/json; charset=utf-8");
        }

        var draft = await Draft(kind, programme, activity, format == "pdf" ? previews : null, session, settings, clock, cancellation);
        return Results.File(draft.Content, draft.ContentType, draft.FileName);
    }

    public static string UnknownTemplate(string template) =>
        $"Không có mẫu văn bản “{template}”; các mẫu hiện có: {string.Join(", ", ProgrammeDocuments.Kinds.Select(known => known.Template))}.";

    /// <summary>What the template reads; refused (409, in Vietnamese) while the programme lacks what the document is made of.</summary>
    static async Task<ProgrammeDocumentData> Data(DocumentKind kind, Programme programme, Guid? activity, IQuerySession session, IOptions<DocumentSettings> settings,
        TimeProvider clock, CancellationToken cancellation)
    {
        if (ProgrammeDocuments.Unavailable(kind, programme) is { } reason)
        {
            throw Refusal.Conflict(reason);
        }

        var issued = await ProgrammeRecommendationsEndpoint.Load(session, programme.Id, cancellation);
        var council = await CouncilSettings.Documents(session, settings, cancellation);
        var model = ProgrammeDocuments.Data(kind, programme, issued, council, VietnamTime.Today(clock), activity);
        return kind.NeedsSession && model.Session is null ? throw Refusal.Conflict(NoSession) : model;
    }

    /// <summary>
    /// The draft as a Word file, or as a PDF when given the previews to make it with; refused (409, 503) with a Vietnamese reason when it cannot be made,
    /// so that the API and the programme page answer alike.
    /// </summary>
    public static async Task<DocumentDraft> Draft(DocumentKind kind, Programme programme, Guid? activity, PdfPreviews? previews, IQuerySession session,
        IOptions<DocumentSettings> settings, TimeProvider clock, CancellationToken cancellation)
    {
        var model = await Data(kind, programme, activity, session, settings, clock, cancellation);
        var council = await CouncilSettings.Documents(session, settings, cancellation);
        var bytes = await Templates.Load(session, council, kind.Template, cancellation);
        var document = WordTemplate.Render(bytes, kind.Template, model, cancellation);
        var name = $"{Path.GetFileNameWithoutExtension(kind.Template)}-{programme.Code}";
        if (previews is null)
        {
            return new DocumentDraft(document, WordType, $"{name}.docx");
        }

        return new DocumentDraft(await previews.Pdf(document, cancellation), "application/pdf", null);
    }
}

/// <summary>A rendered draft: its bytes, type, and the file name to save it under (none for a PDF shown in the browser).</summary>
public sealed record DocumentDraft(byte[] Content, string ContentType, string? FileName);
