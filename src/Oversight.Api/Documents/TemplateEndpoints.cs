using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;

namespace Oversight.Documents;

public sealed record TemplateInfo(string Template, string Name, int Version, string? Sha256, DateTimeOffset? UploadedAt);

public static class TemplateEndpoints
{
    public static async Task<IReadOnlyList<TemplateInfo>> List(IQuerySession session, CancellationToken cancellation)
    {
        var stored = (await session.LoadManyAsync<StoredTemplate>(cancellation, ProgrammeDocuments.Kinds.Select(kind => kind.Template))).ToDictionary(t => t.Id);
        return [.. ProgrammeDocuments.Kinds.Select(kind => stored.TryGetValue(kind.Template, out var uploaded)
            ? new TemplateInfo(kind.Template, kind.Name, uploaded.Version, uploaded.Sha256, uploaded.UploadedAt)
            : new TemplateInfo(kind.Template, kind.Name, 0, null, null))];
    }

    /// <summary>Reads an uploaded file, refusing what is plainly not a template before anything else looks at it.</summary>
    public static async Task<byte[]> Read(IFormFile? file, CancellationToken cancellation)
    {
        if (file is null || file.Length is 0 or > Templates.MaxBytes || !file.FileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            throw Oversight.Common.Refusal.Invalid("file", $"Hãy chọn một tệp Word .docx không quá {Templates.MaxBytes / 1024 / 1024} MB.");
        }

        using var content = new MemoryStream();
        await file.CopyToAsync(content, cancellation);
        return content.ToArray();
    }

    [Allow(Capability.ManageTemplates)]
    [WolverineGet("/api/templates")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Các mẫu văn bản và phiên bản đang dùng (0 là mẫu mặc định)")]
    public static Task<IReadOnlyList<TemplateInfo>> Get(IQuerySession session, CancellationToken cancellation) => List(session, cancellation);

    [Allow(Capability.ManageTemplates)]
    [WolverineGet("/api/templates/{template}")]
    [ProducesFile(DocumentPreparation.WordType)]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Tải mẫu văn bản đang dùng để sửa trong Word")]
    public static async Task<IResult> Download(string template, IQuerySession session, IOptions<DocumentSettings> settings, CancellationToken cancellation) =>
        ProgrammeDocuments.Find(template) is null
            ? Problems.NotFound($"Không có mẫu văn bản “{template}”.")
            : Results.File(await Templates.Load(session, settings.Value, template, cancellation), DocumentPreparation.WordType, template);

    [Allow(Capability.ManageTemplates)]
    [WolverineGet("/api/templates/{template}/starter")]
    [ProducesFile(DocumentPreparation.WordType)]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Tải mẫu khởi đầu: văn bản Word có sẵn thẻ của mọi trường dữ liệu mẫu đó nhận, để soạn mẫu mới")]
    public static IResult Starter(string template) =>
        ProgrammeDocuments.Find(template) is { } kind
            ? Results.File(StarterTemplate.Create(kind.Name, Templates.Shape), DocumentPreparation.WordType, $"khoi-dau-{template}")
            : Problems.NotFound($"Không có mẫu văn bản “{template}”.");

    [Sends<UploadTemplate>]
    [WolverinePost("/api/templates/{template}")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Tải lên phiên bản mới của một mẫu (được kiểm tra với dữ liệu mẫu trước khi dùng)")]
    public static async Task<NoContent> Upload(string template, IFormFile? file, ClaimsPrincipal user, IMessageBus bus, CancellationToken cancellation)
    {
        await bus.SendAsync(user, new UploadTemplate(template, await Read(file, cancellation)), cancellation);
        return TypedResults.NoContent();
    }
}
