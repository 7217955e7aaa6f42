using System.Diagnostics;
using Oversight.Tests.Programmes;
using Alba;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Documents;
using Oversight.Documents.Tests;
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
        detail.ShouldContain($"Mẫu “{Template}”, thân văn bản, đoạn");
        detail.ShouldContain("không có trường “truong_khong_co”");
        (await Host.GetJson<List<TemplateInfo>>("/api/templates")).Single(info => info.Template == Template).Version.ShouldBe(0);
    }

    [Fact]
    public async Task A_misspelt_field_is_refused_with_the_closest_valid_name_of_the_data_model()
    {
        var misspelt = WithParagraph(await Bytes($"/api/templates/{Template}"), "Giám sát {{ programme.titel }} của {{ delegation.members[0].nam }}");

        var refused = await Upload(misspelt);

        var detail = (await refused.ReadVietnameseProblem(400)).GetProperty("detail").GetString()!;
        detail.ShouldContain("không có trường “programme.titel” trong dữ liệu mẫu này nhận; có phải là “programme.title”?");
        detail.ShouldContain("không có trường “delegation.members[…].nam” trong dữ liệu mẫu này nhận; có phải là “delegation.members[…].name”?");
    }

    public static TheoryData<string, string> Hostile => new()
    {
        { "external-image", "có ảnh liên kết tới “http://127.0.0.1:9/anh.png”" },
        { "includepicture", "có trường INCLUDEPICTURE" },
        { "dde", "có trường DDEAUTO" },
        { "attached-template", "(attachedTemplate)" },
        { "doctype", "có khai báo DOCTYPE" },
        { "macro", "tệp chứa macro" },
        { "zip-bomb", "giải nén ra hơn 16 MB, quá lớn cho một mẫu văn bản" },
        { "regex", "hàm “regex” không dùng được trong mẫu văn bản" },
        { "endless-output", "vòng lặp vượt quá 10.000 lần" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_template_is_refused_within_seconds_with_memory_bounded_and_the_old_one_stays(string kind, string problem)
    {
        var template = kind switch
        {
            "external-image" => HostileDocuments.ExternalImage("http://127.0.0.1:9/anh.png"),
            "includepicture" => HostileDocuments.IncludePicture("http://127.0.0.1:9/anh.png"),
            "dde" => HostileDocuments.Dde(),
            "attached-template" => HostileDocuments.AttachedTemplate("http://127.0.0.1:9/mau.dotm"),
            "doctype" => HostileDocuments.Doctype(),
            "macro" => HostileDocuments.Macro(),
            "zip-bomb" => HostileDocuments.ZipBomb(320),
            "regex" => TestDocument.Create(doc => doc.Paragraph(HostileDocuments.PathologicalRegex)),
            _ => TestDocument.Create(doc => doc.Paragraph(HostileDocuments.EndlessOutput)),
        };
        // The host's first upload pays for loading the check's machinery once (2 s alone, over 20 s beside the browser
        // tests on two cores): a template with a misspelt field goes first, so that the clock times the hostile one.
        await Upload(TestDocument.Create(doc => doc.Paragraph("{{ titel }}")));
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes();

        var refused = await Upload(template);

        // A bound, not a speed: without the limits these run for minutes or forever (alone on two cores they take well under a second).
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15));
        (GC.GetTotalAllocatedBytes() - allocated).ShouldBeLessThan(512L * 1024 * 1024);
        (await refused.ReadVietnameseProblem(400)).GetProperty("detail").GetString()!.ShouldContain(problem);
        (await Host.GetJson<List<TemplateInfo>>("/api/templates")).Single(info => info.Template == Template).Version.ShouldBe(0);
    }

    [Fact]
    public async Task A_template_with_an_embedded_picture_is_accepted_and_keeps_it()
    {
        var programme = await HaNam();

        (await Upload(HostileDocuments.InternalImage("{{ programme.title }}"))).Context.Response.StatusCode.ShouldBe(204);

        using var word = WordprocessingDocument.Open(new MemoryStream(await Bytes($"/api/programmes/{programme}/documents/{Template}")), false);
        word.MainDocumentPart!.ImageParts.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_hostile_template_stored_before_these_checks_is_refused_at_every_render()
    {
        var programme = await HaNam();
        await using (var session = Fixture.Store.LightweightSession(People.CouncilA))
        {
            session.Store(new StoredTemplate { Id = Template, Version = 1, Content = HostileDocuments.IncludePicture("http://127.0.0.1:9/anh.png") });
            await session.SaveChangesAsync();
        }

        var refused = await Host.Scenario(scenario =>
        {
            scenario.Get.Url($"/api/programmes/{programme}/documents/{Template}");
            scenario.StatusCodeShouldBe(409);
        });
        (await refused.ReadVietnameseProblem(409)).GetProperty("detail").GetString()!.ShouldContain("có trường INCLUDEPICTURE");
    }

    [Fact]
    public async Task The_starter_of_a_template_holds_every_field_and_passes_the_checks()
    {
        var starter = await Bytes($"/api/templates/{Template}/starter");

        var text = Text(starter);
        foreach (var tag in new[] { "{{ programme.title }}", "{{ for member in delegation.members }}", "{{ member.name }}", "{{ for item in group.items }}",
            "{{ date_short item.due_date }}", "{{ session.concluding_remarks }}" })
        {
            text.ShouldContain(tag);
        }

        var upload = await Upload(starter);
        upload.Context.Response.StatusCode.ShouldBe(204, await upload.ReadAsTextAsync());
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
