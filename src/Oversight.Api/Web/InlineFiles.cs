using Microsoft.Net.Http.Headers;

namespace Oversight.Web;

/// <summary>
/// Files people sent (evidence) are hostile: one is shown in the browser only when its content, not its name, is a PDF, a PNG or a
/// JPEG (their signatures at the start of the file), served as that type; anything else (HTML and SVG included, whatever they are
/// called) is a download of bytes. Either way the answer carries <c>Content-Security-Policy: sandbox</c> (no script, no same origin,
/// no forms, should a browser render it after all) and <c>X-Content-Type-Options: nosniff</c> (the type said is the type used).
/// </summary>
public static class InlineFiles
{
    static readonly byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    static readonly byte[] jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>The media type the browser may show the content as, or null when it must be downloaded.</summary>
    public static string? TypeOf(ReadOnlySpan<byte> content) =>
        content.StartsWith("%PDF-"u8) ? "application/pdf"
        : content.StartsWith(png) ? "image/png"
        : content.StartsWith(jpeg) ? "image/jpeg"
        : null;

    public static void Protect(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = "sandbox";
        response.Headers.XContentTypeOptions = "nosniff";
    }

    /// <summary>Shown in place, under its own name (kept for saving it).</summary>
    public static string Inline(string fileName)
    {
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(fileName);
        return disposition.ToString();
    }
}
