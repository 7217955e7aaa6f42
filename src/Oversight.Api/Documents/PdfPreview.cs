using System.Diagnostics;

namespace Oversight.Documents;

/// <summary>
/// Turns a rendered document into PDF with LibreOffice, for previewing in the browser. Each conversion
/// gets its own profile folder: LibreOffice fails when two conversions share one, and exits 0 even then,
/// so success is judged by the PDF being there.
/// </summary>
public static class PdfPreview
{
    public const string Unavailable =
        "Máy chủ chưa cài LibreOffice (hoặc LibreOffice không chuyển được văn bản) nên không xem trước dạng PDF được; hãy tải bản Word.";

    /// <summary>Whether this machine can make PDF previews at all (pages offer "xem PDF" only then).</summary>
    public static bool Available => FindOffice() is not null;

    public static async Task<byte[]?> Convert(byte[] document, CancellationToken cancellation)
    {
        var office = FindOffice();
        if (office is null)
        {
            return null;
        }

        var folder = Directory.CreateTempSubdirectory("oversight-pdf-");
        try
        {
            var source = Path.Combine(folder.FullName, "van-ban.docx");
            await File.WriteAllBytesAsync(source, document, cancellation);
            var start = new ProcessStartInfo(office) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder.FullName };
            foreach (var argument in new[] { "--headless", $"-env:UserInstallation=file://{folder.FullName}/profile", "--convert-to", "pdf", "--outdir", folder.FullName, source })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(cancellation), process.StandardError.ReadToEndAsync(cancellation));
            await process.WaitForExitAsync(cancellation).WaitAsync(TimeSpan.FromMinutes(2), cancellation);
            await drain;
            var pdf = Path.Combine(folder.FullName, "van-ban.pdf");
            return File.Exists(pdf) ? await File.ReadAllBytesAsync(pdf, cancellation) : null;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    static string? FindOffice() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "soffice"))
            .FirstOrDefault(File.Exists);
}
