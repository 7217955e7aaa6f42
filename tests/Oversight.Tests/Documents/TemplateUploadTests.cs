using Oversight.Tests.Programmes;
using Alba;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Documents;
using Oversight.Programmes.Listing;
using Oversight.Samples;
using Oversight.Tests.Support;
using Wolverine.Http;

namespace Oversight.Tests.Documents;

/// <summary>Clerks replace a template: it is checked first, used from then on, and issued documents do not change.</summary>
public sealed class TemplateUploadTests(AppFixture fixture) : IntegrationContext(fixture)
{
    const string Template = "bao-cao-ket-qua-giam-sat.docx";

    [Fact]
    public async Task A_checked_new_version_is_used_for_drafts_while_issued_documents_keep_their_bytes()
    {
        var programme = await HaNam();
        var issued = (await (await Host.Send(HttpMethod.Post, $"/api/programmes/{programme}/issued-documents", new { template = Template, issuedOn = "2024-07-05", dateReason = ProgrammeStory.Entered }, 201))
            .Read<CreationResponse<Guid>>()).Value;
        var before = await Bytes($"/api/issued-documents/{issued}");

        var upload = await Upload(WithParagraph(await Bytes($"/api/templates/{Template}"), "Bản mẫu do văn thư sửa."));
        upload.Context.Response.StatusCode.ShouldBe(204);

        (await Host.GetJson<List<TemplateInfo>>("/api/templates")).Single(info => info.Template == Template).Version.ShouldBe(1);
        Text(await Bytes($"/api/programmes/{programme}/documents/{Template}")).ShouldContain("Bản mẫu do văn thư sửa.");
        (await Bytes($"/api/issued-documents/{issued}")).ShouldBe(before);
    }

    [Fact]
    public async Task A_template_with_an_error_is_refused_naming_where_and_the_old_one_stays()
    {
        var broken = WithParagraph(await Bytes($"/api/templates/{Template}"), "{{ truong_khong_co }}");

        var refused = await Upload(broken);

        refused.Context.Response.StatusCode.ShouldBe(400);
        var detail = (await refused.ReadVietnameseProblem(400)).GetProperty("detail").GetString()!;
        detail.ShouldContain($"Mẫu “{Template}”, đoạn");
        detail.ShouldContain("không có trường “truong_khong_co”");
        (await Host.GetJson<List<TemplateInfo>>("/api/templates")).Single(info => info.Template == Template).Version.ShouldBe(0);
    }

    [Fact]
    public async Task A_file_that_is_not_a_Word_document_is_refused()
    {
        var refused = await Upload("không phải docx"u8.ToArray());

        refused.Context.Response.StatusCode.ShouldBe(400);
        await refused.ReadVietnameseProblem(400);
    }

    Task<IScenarioResult> Upload(byte[] content) => Host.Scenario(scenario =>
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", "mau-moi.docx" } };
        scenario.Post.MultipartFormData(form).ToUrl($"/api/templates/{Template}");
        scenario.IgnoreStatusCode();
    });

    async Task<Guid> HaNam()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(SamplePlayer.DefaultFolder, CancellationToken.None, People.CouncilA);
        }

        return (await Host.GetJson<List<ProgrammeSummary>>("/api/programmes?year=2024")).Single().Id;
    }

    async Task<byte[]> Bytes(string url)
    {
        var result = await Host.Scenario(scenario =>
        {
            scenario.Get.Url(url);
            scenario.StatusCodeShouldBeOk();
        });
        return await result.ReadBytes();
    }

    static byte[] WithParagraph(byte[] document, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(document);
        using (var word = WordprocessingDocument.Open(stream, true))
        {
            var body = word.MainDocumentPart!.Document!.Body!;
            body.InsertBefore(new Paragraph(new Run(new Text(text))), body.Elements<SectionProperties>().Single());
        }

        return stream.ToArray();
    }

    static string Text(byte[] document)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(document), false);
        return word.MainDocumentPart!.Document!.Body!.InnerText;
    }
}
