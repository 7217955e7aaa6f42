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
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Tải bản dự thảo một văn bản của cuộc giám sát (Word, theo Nghị định 30/2020); thêm ?data=json để xem dữ liệu mẫu văn bản đọc, ?activity= để chọn buổi làm việc cho biên bản, ?format=pdf để xem trước dạng PDF")]
    public static async Task<IResult> Get(Guid id, string template, string? data, string? format, Guid? activity, IQuerySession session, IOptions<DocumentSettings> settings, TimeProvider clock,
        PdfPreviews previews, HttpContext http, CancellationToken cancellation)
    {
        if (ProgrammeDocuments.Find(template) is not { } kind)
        {
            return Problems.NotFound($"Không có mẫu văn bản “{template}”; các mẫu hiện có: {string.Join(", ", ProgrammeDocuments.Kinds.Select(known => known.Template))}.");
        }

        if (await session.LoadAsync<Programme>(id, cancellation) is not { } programme)
        {
            return Problems.NotFound("Không tìm thấy cuộc giám sát này.");
        }

        var issued = await ProgrammeRecommendationsEndpoint.Load(session, id, cancellation);
        var council = await CouncilSettings.Documents(session, settings, cancellation);
        var model = ProgrammeDocuments.Data(kind, programme, issued, council, VietnamTime.Today(clock), activity);
        if (kind.NeedsSession && model.Session is null)
        {
            return Results.Problem(NoSession, statusCode: StatusCodes.Status409Conflict);
        }

        if (data == "json")
        {
            return Results.Text(JsonSerializer.Serialize(model, SnakeCase), "application/json; charset=utf-8");
        }

        var bytes = await Templates.Load(session, council, kind.Template, cancellation);
        var document = WordTemplate.Render(bytes, kind.Template, model, cancellation);
        if (format == "pdf")
        {
            var preview = await previews.Convert(document, cancellation);
            if (preview.Outcome == PreviewOutcome.Busy)
            {
                http.Response.Headers.RetryAfter = "30";
            }

            return preview switch
            {
                { Outcome: PreviewOutcome.Done, Pdf: { } pdf } => Results.File(pdf, "application/pdf"),
                { Outcome: PreviewOutcome.Busy } => Results.Problem(
                    "Máy chủ đang tạo nhiều bản xem trước PDF cùng lúc; hãy thử lại sau ít phút, hoặc tải bản Word.", statusCode: StatusCodes.Status503ServiceUnavailable),
                { Outcome: PreviewOutcome.TimedOut } => Results.Problem(
                    "LibreOffice chuyển văn bản sang PDF quá lâu nên đã bị dừng; hãy tải bản Word.", statusCode: StatusCodes.Status503ServiceUnavailable),
                _ => Results.Problem("Máy chủ chưa cài LibreOffice (hoặc LibreOffice không chuyển được văn bản) nên không xem trước dạng PDF được; hãy tải bản Word.",
                    statusCode: StatusCodes.Status503ServiceUnavailable),
            };
        }
        return Results.File(document, WordType, $"{Path.GetFileNameWithoutExtension(kind.Template)}-{programme.Code}.docx");
    }
}
