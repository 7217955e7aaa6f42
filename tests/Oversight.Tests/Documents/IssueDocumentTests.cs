using Oversight.Tests.Programmes;
using System.Security.Cryptography;
using Alba;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Documents;
using Oversight.Programmes.Details;
using Oversight.Programmes.Listing;
using Oversight.Programmes.Timeline;
using Oversight.Samples;
using Oversight.Tests.Support;
using Wolverine.Http;

namespace Oversight.Tests.Documents;

/// <summary>Issuing: a number from the register, the exact file kept, and the event that says so.</summary>
public sealed class IssueDocumentTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task Issuing_numbers_the_document_keeps_its_exact_bytes_and_records_it()
    {
        var programme = await HaNam();

        var first = await Issue(programme, "bao-cao-ket-qua-giam-sat.docx");
        // The status report is the Thường trực's (BC-HĐND), a register of its own: its first number.
        var second = await Issue(programme, "bao-cao-tinh-hinh-thuc-hien-kien-nghi.docx");

        var (bytes, text) = await Download(first);
        text.ShouldContain("Số: 01/BC-ĐGS");
        (await Download(second)).Text.ShouldContain("Số: 01/BC-HĐND");
        (await Download(first)).Bytes.ShouldBe(bytes);
        var view = await Host.GetJson<ProgrammeView>($"/api/programmes/{programme}");
        view.Programme.IssuedDocuments.Select(document => document.Number).ShouldBe(["01/KH-ĐGS", "01/BC-ĐGS", "01/BC-HĐND"]);
        var timeline = await Host.GetJson<List<TimelineEntry>>($"/api/programmes/{programme}/timeline");
        timeline.ShouldContain(entry => entry.What == $"Ban hành báo cáo kết quả giám sát số 01/BC-ĐGS ngày 05/07/2024 (ghi nhận muộn: {ProgrammeStory.Entered})");
        Convert.ToHexStringLower(SHA256.HashData(bytes)).Length.ShouldBe(64);
    }

    [Fact]
    public async Task The_notice_of_conclusions_keeps_the_conclusions_own_number()
    {
        var programme = await HaNam();

        (await Download(await Issue(programme, "thong-bao-ket-luan.docx"))).Text.ShouldContain("Số: 86/TB-HĐND");
    }

    [Fact]
    public async Task Clerks_issuing_at_the_same_moment_get_unique_numbers_without_gaps()
    {
        var programme = await HaNam();

        // Reminders to agencies are issued again and again, each a new document with its own number.
        var documents = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Issue(programme, "van-ban-don-doc.docx")));

        var numbers = new List<string>();
        foreach (var document in documents)
        {
            var text = (await Download(document)).Text;
            numbers.Add(text[(text.IndexOf("Số: ", StringComparison.Ordinal) + 4)..].Split('\n')[0]);
        }

        numbers.Order().ShouldBe(Enumerable.Range(1, 5).Select(number => $"{number:00}/HĐND-VP"));
    }

    [Fact]
    public void A_council_can_use_its_own_symbol()
    {
        var settings = new DocumentSettings { Symbols = { ["bao-cao-ket-qua-giam-sat"] = "BC-HĐND" } };

        var programme = ProgrammeStory.Planned();

        ProgrammeDocuments.Symbol(ProgrammeDocuments.Find("bao-cao-ket-qua-giam-sat.docx")!, programme, settings).ShouldBe("BC-HĐND");
        ProgrammeDocuments.Symbol(ProgrammeDocuments.Find("ke-hoach-giam-sat.docx")!, programme, settings).ShouldBe("KH-ĐGS");
        IssueDocumentHandler.Format(7, "BC-HĐND").ShouldBe("07/BC-HĐND");
    }

    [Fact]
    public async Task An_unknown_template_is_refused_in_Vietnamese()
    {
        var programme = await HaNam();

        var refused = await Host.Send(HttpMethod.Post, $"/api/programmes/{programme}/issued-documents", new { template = "khong-co.docx" }, 400);

        (await refused.ReadVietnameseProblem(400)).GetProperty("detail").GetString()!.ShouldContain("ke-hoach-giam-sat.docx");
    }

    async Task<Guid> HaNam()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(SamplePlayer.DefaultFolder, CancellationToken.None, People.CouncilA);
        }

        return (await Host.GetJson<List<ProgrammeSummary>>("/api/programmes?year=2024")).Single().Id;
    }

    async Task<Guid> Issue(Guid programme, string template) =>
        (await (await Host.Send(HttpMethod.Post, $"/api/programmes/{programme}/issued-documents", new { template, issuedOn = "2024-07-05", dateReason = ProgrammeStory.Entered }, 201))
            .Read<CreationResponse<Guid>>()).Value;

    async Task<(byte[] Bytes, string Text)> Download(Guid document)
    {
        var result = await Host.Scenario(scenario =>
        {
            scenario.Get.Url($"/api/issued-documents/{document}");
            scenario.StatusCodeShouldBeOk();
        });
        using var stream = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(stream);
        var bytes = stream.ToArray();
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return (bytes, string.Join("\n", word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText)));
    }
}
