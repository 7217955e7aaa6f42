using Oversight.Tests.Support;

namespace Oversight.Tests.Documents;

/// <summary>The template author's command line: every default template renders with its sample data; a broken one is named.</summary>
public sealed class TemplatesCommandTests
{
    [Fact]
    public async Task Every_default_template_passes_the_check()
    {
        using var data = new TestFolder("tplcheck");

        var (exitCode, output) = await AppProcess.Run(new Dictionary<string, string> { ["Database__DataFolder"] = data.Path }, "templates", "check");

        exitCode.ShouldBe(0, output);
        output.ShouldContain("Đạt: bao-cao-ket-qua-giam-sat.docx");
    }

    [Fact]
    public async Task A_broken_template_fails_the_check_with_its_name_and_paragraph()
    {
        using var data = new TestFolder("tplbroken");
        using var folder = new TestFolder("tplfolder");
        var source = Path.Combine(AppProcess.Repository, "templates");
        File.Copy(Path.Combine(source, "bao-cao-ket-qua-giam-sat.docx"), Path.Combine(folder.Path, "hong.docx"));
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "hong.sample.json"), """{ "issuer": { "parent": "HĐND", "name": "Đoàn" } }""");

        var (exitCode, output) = await AppProcess.Run(new Dictionary<string, string> { ["Database__DataFolder"] = data.Path },
            "templates", "check", "--folder", folder.Path);

        exitCode.ShouldNotBe(0);
        output.ShouldContain("Mẫu “hong.docx”, đoạn");
        output.ShouldContain("không có trường “document_number” trong dữ liệu");
    }
}
