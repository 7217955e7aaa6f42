using Oversight.Tests.Support;

namespace Oversight.Tests.Documents;

/// <summary>
/// The template author's command line: every default template passes the checks; a broken one is named.
/// It needs no database, so it runs beside an app holding the same data folder (the shared host here).
/// </summary>
public sealed class TemplatesCommandTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task Every_default_template_passes_the_check_beside_a_running_app_on_the_same_data_folder()
    {
        var (exitCode, output) = await AppProcess.Run(new Dictionary<string, string> { ["Database__DataFolder"] = Fixture.DataFolder }, "templates", "check");

        exitCode.ShouldBe(0, output);
        output.ShouldContain("Đạt: bao-cao-ket-qua-giam-sat.docx");
        output.ShouldContain("Đạt: thong-bao-ket-luan-giai-trinh.docx");
        output.ShouldContain("12/12 mẫu đạt.");
        output.ShouldNotContain("PostgreSQL");
    }

    [Fact]
    public async Task A_broken_template_fails_the_check_with_its_name_and_paragraph()
    {
        using var folder = new TestFolder("tplfolder");
        var source = Path.Combine(AppProcess.Repository, "templates");
        File.Copy(Path.Combine(source, "bao-cao-ket-qua-giam-sat.docx"), Path.Combine(folder.Path, "hong.docx"));
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "hong.sample.json"), """{ "issuer": { "parent": "HĐND", "name": "Đoàn" } }""");

        var (exitCode, output) = await AppProcess.Run(new Dictionary<string, string> { ["Database__DataFolder"] = Fixture.DataFolder },
            "templates", "check", "--folder", folder.Path);

        exitCode.ShouldNotBe(0);
        output.ShouldContain("Mẫu “hong.docx”, thân văn bản, bảng 1, hàng 1 (“Số: {{ document_number }}”)");
        output.ShouldContain("không có trường “document_number” trong dữ liệu");
    }

    [Fact]
    public async Task One_template_renders_from_a_JSON_file_and_a_hostile_one_is_refused()
    {
        using var folder = new TestFolder("tplrender");
        var templates = Path.Combine(AppProcess.Repository, "templates");
        var output = Path.Combine(folder.Path, "ke-hoach.docx");
        var hostile = Path.Combine(folder.Path, "ngoai.docx");
        await File.WriteAllBytesAsync(hostile, Oversight.Documents.Tests.HostileDocuments.ExternalImage("http://127.0.0.1:9/anh.png"));

        var (rendered, log) = await AppProcess.Run(new Dictionary<string, string> { ["Database__DataFolder"] = Fixture.DataFolder },
            "templates", "render", Path.Combine(templates, "ke-hoach-giam-sat.docx"), Path.Combine(templates, "sample-data.json"), output);
        var (refused, message) = await AppProcess.Run(new Dictionary<string, string>(),
            "templates", "render", hostile, Path.Combine(templates, "sample-data.json"), Path.Combine(folder.Path, "khong.docx"));

        rendered.ShouldBe(0, log);
        File.Exists(output).ShouldBeTrue();
        refused.ShouldNotBe(0);
        message.ShouldContain("Mẫu “ngoai.docx”: phần “word/document.xml” có ảnh liên kết tới “http://127.0.0.1:9/anh.png”");
        File.Exists(Path.Combine(folder.Path, "khong.docx")).ShouldBeFalse();
    }
}
