using Alba;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Programmes.Listing;
using Oversight.Recommendations;
using Oversight.Samples;
using Oversight.Tests.Support;

namespace Oversight.Tests.Documents;

/// <summary>Seed 002's documents, generated from its record and read back as Word reads them.</summary>
public sealed class ProgrammeDocumentTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Theory]
    [InlineData("quyet-dinh-thanh-lap-doan.docx", "QUYẾT ĐỊNH", "Số: 112/QĐ-TTHĐND")]
    [InlineData("ke-hoach-giam-sat.docx", "KẾ HOẠCH", "Số: ……/KH-ĐGS")]
    [InlineData("de-cuong-bao-cao.docx", "ĐỀ CƯƠNG", "TÌNH HÌNH CHUNG VỀ ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI TRÊN ĐỊA BÀN")]
    [InlineData("thong-bao-lich-lam-viec.docx", "THÔNG BÁO", "24/6/2024")]
    [InlineData("bien-ban-lam-viec.docx", "BIÊN BẢN", "Kết luận của Trưởng đoàn")]
    [InlineData("du-thao-nghi-quyet.docx", "DỰ THẢO", "Tăng cường đào tạo, tập huấn")]
    [InlineData("van-ban-don-doc.docx", "V/v đôn đốc thực hiện kiến nghị sau giám sát", "mã KN-2024-001-04")]
    [InlineData("bao-cao-tinh-hinh-thuc-hien-kien-nghi.docx", "BÁO CÁO", "KN-2024-001-04")]
    [InlineData("bao-cao-ket-qua-giam-sat.docx", "BÁO CÁO", "Số: ……/BC-ĐGS")]
    [InlineData("thong-bao-ket-luan.docx", "THÔNG BÁO", "Số: 86/TB-HĐND")]
    public async Task Each_document_follows_decree_30_and_is_valid(string template, string type, string expected)
    {
        var text = await Generate(template, body =>
        {
            var section = body.Elements<SectionProperties>().Single();
            (section.GetFirstChild<PageSize>()!.Width!.Value, section.GetFirstChild<PageSize>()!.Height!.Value).ShouldBe((11906U, 16838U));
            var margins = section.GetFirstChild<PageMargin>()!;
            (margins.Top!.Value, margins.Bottom!.Value, margins.Left!.Value, margins.Right!.Value).ShouldBe((1134, 1134, 1701U, 850U));
            section.GetFirstChild<TitlePage>().ShouldNotBeNull("page numbers start on page 2");
        });

        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain("Độc lập - Tự do - Hạnh phúc");
        text.ShouldContain(type);
        text.ShouldContain(expected);
        text.ShouldContain("TM. ");
        text.ShouldNotContain("{{");
    }

    [Fact]
    public async Task The_results_report_carries_every_finding_section_and_recommendation_in_order()
    {
        var text = await Generate("bao-cao-ket-qua-giam-sat.docx", _ => { });

        text.ShouldContain("ngày 05 tháng 7 năm 2024");
        text.ShouldContain("Kết quả giám sát việc thực hiện chính sách pháp luật về trợ giúp xã hội");
        text.ShouldContain("41.172 đối tượng");
        // Every finding that is not a proposal (proposals became the recommendations) is in the report.
        var findings = await Host.GetJson<List<Oversight.Findings.FindingGroup>>($"/api/programmes/{haNam}/findings");
        var texts = findings.SelectMany(group => group.Findings).Where(finding => finding.Kind != Oversight.Findings.FindingKind.Proposal)
            .Select(finding => finding.Text).ToList();
        texts.Count.ShouldBe(5);
        texts.ShouldAllBe(finding => text.Contains(finding));
        text.ShouldContain("1. Đối với Sở Lao động - Thương binh và Xã hội");
        var codes = (await Host.GetJson<List<Recommendation>>($"/api/programmes/{haNam}/recommendations")).Select(recommendation => recommendation.Code).ToList();
        codes.Count.ShouldBe(4);
        rows.Where(code => code.StartsWith("KN-")).ShouldBe(codes);
    }

    [Fact]
    public async Task A_draft_can_be_previewed_as_PDF_through_LibreOffice()
    {
        await Load();

        var result = await Host.Scenario(scenario =>
        {
            scenario.Get.Url($"/api/programmes/{haNam}/documents/thong-bao-ket-luan.docx?format=pdf");
            scenario.StatusCodeShouldBeOk();
        });

        result.Context.Response.ContentType.ShouldBe("application/pdf");
        using var stream = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(stream);
        System.Text.Encoding.ASCII.GetString(stream.ToArray(), 0, 5).ShouldBe("%PDF-");
    }

    [Fact]
    public async Task Minutes_need_a_session_that_took_place()
    {
        var created = await Host.Send(HttpMethod.Post, "/api/programmes", Oversight.Tests.Programmes.ProgrammeStory.Creation(), 201);
        var id = (await created.Read<Wolverine.Http.CreationResponse<Guid>>()).Value;

        var refused = await Host.Scenario(scenario =>
        {
            scenario.Get.Url($"/api/programmes/{id}/documents/bien-ban-lam-viec.docx");
            scenario.StatusCodeShouldBe(409);
        });

        (await refused.ReadVietnameseProblem(409)).GetProperty("detail").GetString()!.ShouldBe("Chưa lập được Biên bản buổi làm việc: cần có buổi làm việc đã ghi biên bản.");
    }

    [Fact]
    public async Task An_unknown_template_is_a_Vietnamese_404_naming_the_known_ones()
    {
        await Load();
        var result = await Host.Scenario(scenario =>
        {
            scenario.Get.Url($"/api/programmes/{haNam}/documents/khong-co.docx");
            scenario.StatusCodeShouldBe(404);
        });

        (await result.ReadVietnameseProblem(404)).GetProperty("detail").GetString()!.ShouldContain("bao-cao-ket-qua-giam-sat.docx");
    }

    Guid haNam;
    List<string> rows = [];

    async Task Load()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(SamplePlayer.DefaultFolder, CancellationToken.None, People.CouncilA);
        }

        haNam = (await Host.GetJson<List<ProgrammeSummary>>("/api/programmes?year=2024")).Single().Id;
    }

    /// <summary>Generates one document for the Hà Nam sample, validates it and returns its text (one line per paragraph).</summary>
    async Task<string> Generate(string template, Action<Body> inspect)
    {
        await Load();
        var result = await Host.Scenario(scenario =>
        {
            scenario.Get.Url($"/api/programmes/{haNam}/documents/{template}");
            scenario.StatusCodeShouldBeOk();
        });
        result.Context.Response.ContentType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using var stream = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(stream);
        using var word = WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);
        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).Select(error => error.Description).ShouldBeEmpty();
        word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single().Ascii!.Value.ShouldBe("Times New Roman");
        var body = word.MainDocumentPart.Document!.Body!;
        inspect(body);
        rows = [.. body.Descendants<TableRow>().Select(row => row.GetFirstChild<TableCell>() is { } cell ? Text(cell) : "")];
        return string.Join("\n", body.Descendants<Paragraph>().Select(paragraph => Text(paragraph)));
    }

    /// <summary>The text as printed: Word's non-breaking hyphens (which codes are written with) read as hyphens.</summary>
    static string Text(OpenXmlElement element) =>
        string.Concat(element.Descendants().Select(child => child switch { Text text => text.Text, NoBreakHyphen => "-", _ => "" }));
}
