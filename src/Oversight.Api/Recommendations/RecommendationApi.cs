using System.ComponentModel;
using Oversight.Common;
using Oversight.Recommendations.FollowUp;

namespace Oversight.Recommendations;

public static class RecommendationApi
{
    public const string Tag = "Kiến nghị";

    /// <summary>A multipart form of a response: its text fields and its evidence files, read within the size limits.</summary>
    public sealed record ResponseForm(IFormCollection Form, IReadOnlyList<EvidenceUpload> Files)
    {
        public string? Text(string name) => Form.TryGetValue(name, out var value) ? value.ToString() : null;

        public DateOnly? Date(string name) =>
            Text(name) is { Length: > 0 } text
                ? DateOnly.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var date)
                    ? date
                    : throw Refusal.Invalid(name, $"Ngày “{text}” không hợp lệ (dạng yyyy-MM-dd).")
                : null;
    }

    public static async Task<ResponseForm> ReadForm(HttpRequest request, CancellationToken cancellation)
    {
        if (!request.HasFormContentType)
        {
            throw new Refusal(StatusCodes.Status415UnsupportedMediaType, "Hãy gửi dạng multipart/form-data (các trường và tệp minh chứng).");
        }

        var form = await request.ReadFormAsync(cancellation);
        if (form.Files.Count > FollowUpRules.MaxFiles || form.Files.Any(file => file.Length > FollowUpRules.MaxFileBytes))
        {
            throw Refusal.Invalid("files", $"Gửi tối đa {FollowUpRules.MaxFiles} tệp, mỗi tệp không quá {FollowUpRules.MaxFileBytes / 1024 / 1024} MB.");
        }

        var files = new List<EvidenceUpload>();
        foreach (var file in form.Files)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellation);
            files.Add(new EvidenceUpload(file.FileName, content.ToArray()));
        }

        return new ResponseForm(form, files);
    }

    /// <summary>The fields of a progress report (multipart/form-data), as the OpenAPI document describes them.</summary>
    public sealed record ProgressForm(
        [property: Description("Nội dung báo cáo tiến độ (bắt buộc)")] string Text,
        [property: Description("Số liệu")] string? Figures = null,
        [property: Description("Ngày ghi nhận, yyyy-MM-dd; mặc định hôm nay")] DateOnly? On = null,
        [property: Description("Lý do ghi nhận muộn, khi ngày ghi nhận trước hôm nay")] string? DateReason = null,
        [property: Description("Tệp minh chứng")] IReadOnlyList<IFormFile>? Files = null);

    /// <summary>The fields of a completion report (multipart/form-data), as the OpenAPI document describes them.</summary>
    public sealed record CompletionForm(
        [property: Description("Kết quả thực hiện (bắt buộc)")] string Text,
        [property: Description("Tệp minh chứng (ít nhất một)")] IReadOnlyList<IFormFile> Files,
        [property: Description("Ngày ghi nhận, yyyy-MM-dd; mặc định hôm nay")] DateOnly? On = null,
        [property: Description("Lý do ghi nhận muộn, khi ngày ghi nhận trước hôm nay")] string? DateReason = null);
}
