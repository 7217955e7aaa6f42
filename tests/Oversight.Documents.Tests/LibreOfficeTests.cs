using System.Diagnostics;

namespace Oversight.Documents.Tests;

/// <summary>A rendered document opens in LibreOffice (as a clerk's machine would) and its text survives into the PDF.</summary>
public sealed class LibreOfficeTests
{
    [Fact]
    public async Task A_rendered_document_converts_to_a_PDF_with_its_Vietnamese_text()
    {
        var template = TestDocument.Create(doc => doc
            .Paragraph("{{ upper title }}")
            .Paragraph("{{ for item in items }}")
            .Paragraph("{{ for.index + 1 }}. {{ item }}")
            .Paragraph("{{ end }}"));
        var rendered = WordTemplate.Render(template, "thu.docx",
            new { title = "Báo cáo kết quả giám sát", items = new[] { "Tăng cường tập huấn cán bộ cơ sở", "Đẩy mạnh cải cách thủ tục hành chính" } });
        var folder = Directory.CreateTempSubdirectory("oversight-lo-");
        try
        {
            var source = Path.Combine(folder.FullName, "bao-cao.docx");
            await File.WriteAllBytesAsync(source, rendered);

            // A private profile per run: conversions sharing one profile fail; soffice exits 0 even then.
            var (_, log) = await Run("soffice", "--headless", $"-env:UserInstallation=file://{folder.FullName}/profile", "--convert-to", "pdf", "--outdir", folder.FullName, source);
            var pdf = Path.Combine(folder.FullName, "bao-cao.pdf");
            File.Exists(pdf).ShouldBeTrue($"LibreOffice made no PDF: {log}");
            var (_, text) = await Run("pdftotext", "-layout", pdf, "-");

            text.ShouldContain("BÁO CÁO KẾT QUẢ GIÁM SÁT");
            text.ShouldContain("1. Tăng cường tập huấn cán bộ cơ sở");
            text.ShouldContain("2. Đẩy mạnh cải cách thủ tục hành chính");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    static async Task<(int ExitCode, string Output)> Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start: run ./test, which installs it.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await error);
    }
}
