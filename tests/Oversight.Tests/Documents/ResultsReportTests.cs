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

/// <summary>The results report of seed 002, generated from its record and read back as Word reads it.</summary>
public sealed class ResultsReportTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task The_results_report_follows_decree_30_and_carries_every_recommendation_in_order()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(SamplePlayer.DefaultFolder, CancellationToken.None);
        }

        var haNam = (await Host.GetJson<List<ProgrammeSummary>>("/api/programmes?year=2024")).Single();
        var codes = (await Host.GetJson<List<Recommendation>>($"/api/programmes/{haNam.Id}/recommendations")).Select(recommendation => recommendation.Code).ToList();
        var result = await Host.Scenario(scenario =>
        {
            scenario.Get.Url($"/api/programmes/{haNam.Id}/documents/bao-cao-ket-qua-giam-sat.docx");
            scenario.StatusCodeShouldBeOk();
        });
        result.Context.Response.ContentType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using var stream = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(stream);
        using var word = WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);

        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).Select(error => error.Description).ShouldBeEmpty();
        var body = word.MainDocumentPart!.Document!.Body!;
        var section = body.Elements<SectionProperties>().Single();
        section.GetFirstChild<PageSize>()!.Width!.Value.ShouldBe(11906U);
        section.GetFirstChild<PageSize>()!.Height!.Value.ShouldBe(16838U);
        var margins = section.GetFirstChild<PageMargin>()!;
        (margins.Top!.Value, margins.Bottom!.Value, margins.Left!.Value, margins.Right!.Value).ShouldBe((1134, 1134, 1701U, 850U));
        section.GetFirstChild<TitlePage>().ShouldNotBeNull("page numbers start on page 2");
        word.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single().Ascii!.Value.ShouldBe("Times New Roman");

        var text = string.Join("\n", body.Descendants<Paragraph>().Select(paragraph => paragraph.InnerText));
        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain("Độc lập - Tự do - Hạnh phúc");
        text.ShouldContain("ĐOÀN GIÁM SÁT");
        text.ShouldContain("ngày 05 tháng 07 năm 2024");
        text.ShouldContain("Kết quả giám sát việc thực hiện chính sách pháp luật về trợ giúp xã hội");
        text.ShouldContain("41.172 đối tượng");
        text.ShouldContain("1. Đối với Sở Lao động - Thương binh và Xã hội");
        text.ShouldContain("Đặng Thanh Sơn");
        text.ShouldNotContain("{{");
        var rowCodes = body.Descendants<TableRow>().Select(row => row.GetFirstChild<TableCell>()?.InnerText ?? "").Where(cell => cell.StartsWith("KN-")).ToList();
        rowCodes.ShouldBe(codes);
        codes.Count.ShouldBe(4);
    }
}
