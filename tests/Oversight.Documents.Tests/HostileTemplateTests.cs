using System.Diagnostics;

namespace Oversight.Documents.Tests;

/// <summary>Every uploaded template is hostile until inspected: what reaches outside or runs away is refused, naming the part, quickly.</summary>
public sealed class HostileTemplateTests
{
    static readonly object data = new { title = "Giám sát trợ giúp xã hội" };

    static string Refusal(byte[] template)
    {
        var problems = WordTemplate.Check(template, "mau.docx", data);
        problems.ShouldHaveSingleItem();
        Should.Throw<TemplateException>(() => WordTemplate.Render(template, "mau.docx", data)).Message.ShouldBe(problems[0]);
        return problems[0];
    }

    [Fact]
    public void A_picture_linked_to_an_outside_address_is_refused_with_how_to_embed_it()
    {
        Refusal(HostileDocuments.ExternalImage("http://127.0.0.1:9/anh.png")).ShouldBe(
            "Mẫu “mau.docx”: phần “word/document.xml” có ảnh liên kết tới “http://127.0.0.1:9/anh.png” thay vì ảnh nằm trong tệp: "
            + "hãy xoá ảnh đó và chèn lại từ máy (Insert › Pictures › This Device, không chọn “Link to File”).");
    }

    [Fact]
    public void A_link_to_a_windows_share_is_refused()
    {
        Refusal(HostileDocuments.ExternalImage(@"file://may-chu/chia-se/anh.png")).ShouldContain("có ảnh liên kết tới “file://may-chu/chia-se/anh.png”");
    }

    [Fact]
    public void An_embedded_picture_is_kept()
    {
        var template = HostileDocuments.InternalImage();

        WordTemplate.Check(template, "mau.docx", data).ShouldBeEmpty();
        var output = WordTemplate.Render(template, "mau.docx", data);
        TestDocument.ValidationErrors(output).ShouldBeEmpty();
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(output), false);
        word.MainDocumentPart!.ImageParts.ShouldHaveSingleItem();
    }

    [Fact]
    public void An_INCLUDEPICTURE_field_split_over_runs_is_refused()
    {
        Refusal(HostileDocuments.IncludePicture("http://127.0.0.1:9/anh.png")).ShouldBe(
            "Mẫu “mau.docx”: phần “word/document.xml” có trường INCLUDEPICTURE, lấy nội dung từ nơi khác mỗi khi văn bản được mở: "
            + "hãy chọn trường đó và nhấn Ctrl+Shift+F9 để đổi thành nội dung cố định, hoặc xoá nó.");
    }

    [Fact]
    public void A_DDE_field_is_refused()
    {
        Refusal(HostileDocuments.Dde()).ShouldContain("có trường DDEAUTO, lấy nội dung từ nơi khác");
    }

    [Fact]
    public void An_attached_template_is_refused()
    {
        Refusal(HostileDocuments.AttachedTemplate("http://127.0.0.1:9/mau.dotm")).ShouldBe(
            "Mẫu “mau.docx”: văn bản gắn với mẫu Word bên ngoài “http://127.0.0.1:9/mau.dotm” (attachedTemplate): "
            + "hãy vào Developer › Document Template, xoá đường dẫn mẫu rồi lưu lại.");
    }

    [Fact]
    public void A_DOCTYPE_declaration_is_refused()
    {
        Refusal(HostileDocuments.Doctype()).ShouldBe(
            "Mẫu “mau.docx”: phần “word/document.xml” có khai báo DOCTYPE, thứ Word không bao giờ tạo ra và có thể kéo nội dung từ nơi khác: "
            + "hãy mở tệp trong Word và lưu lại thành tệp .docx mới.");
    }

    [Fact]
    public void A_macro_part_is_refused()
    {
        Refusal(HostileDocuments.Macro()).ShouldStartWith("Mẫu “mau.docx”: tệp chứa macro (“/word/vbaProject.bin”): mẫu văn bản không được chứa mã chạy được");
    }

    [Fact]
    public void A_zip_bomb_is_refused_while_inflating_within_bounded_time_and_memory()
    {
        var bomb = HostileDocuments.ZipBomb(320);
        bomb.Length.ShouldBeLessThan(2 * 1024 * 1024);

        var clock = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var problems = WordTemplate.Check(bomb, "mau.docx", data);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        problems.ShouldHaveSingleItem().ShouldBe(
            "Mẫu “mau.docx”: phần “word/media/bom.bin” giải nén ra hơn 16 MB, quá lớn cho một mẫu văn bản (có thể là tệp nén độc hại).");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
        allocated.ShouldBeLessThan(100L * 1024 * 1024);
    }

    [Fact]
    public void An_XML_part_past_the_character_limit_is_refused_before_it_is_parsed_whole()
    {
        // Letters at random compress too little to look like a bomb: only the character limit stops them.
        var letters = new Random(14);
        var text = new string([.. Enumerable.Range(0, 9_000_000).Select(_ => (char)('a' + letters.Next(26)))]);
        var template = TestDocument.EditZip(TestDocument.Create(doc => doc.Paragraph("{{ title }}")),
            zip => TestDocument.WriteEntry(zip, "word/bom.xml", $"<a>{text}</a>", System.IO.Compression.CompressionLevel.Fastest));
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        WordTemplate.Check(template, "mau.docx", data).ShouldHaveSingleItem().ShouldBe(
            "Mẫu “mau.docx”: phần “word/bom.xml” có hơn 8.000.000 ký tự, quá lớn cho một mẫu văn bản (có thể là tệp nén độc hại).");
        (GC.GetAllocatedBytesForCurrentThread() - allocated).ShouldBeLessThan(100L * 1024 * 1024);
    }

    [Fact]
    public void A_pathological_regular_expression_is_refused_before_it_runs()
    {
        var clock = Stopwatch.StartNew();

        Refusal(TestDocument.Create(doc => doc.Paragraph(HostileDocuments.PathologicalRegex))).ShouldBe(
            "Mẫu “mau.docx”, thân văn bản, đoạn 1 (“{{ regex.match 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' '(a+)+$' }}”): "
            + "hàm “regex” không dùng được trong mẫu văn bản (biểu thức chính quy (regex) có thể chạy rất lâu).");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Endless_output_stops_at_the_loop_limit()
    {
        var clock = Stopwatch.StartNew();

        Refusal(TestDocument.Create(doc => doc.Paragraph(HostileDocuments.EndlessOutput))).ShouldContain("vòng lặp vượt quá 10.000 lần");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Theory]
    [InlineData("{{ x = 'ab' }}{{ for i in 1..40 }}{{ x = x + x }}{{ end }}{{ x.size }}", "chuỗi dài quá")]
    [InlineData("{{ string.pad_left 'a' 100000000 }}", "chuỗi dài quá")]
    [InlineData("{{ (1..100000000) | array.join ',' }}", "vòng lặp vượt quá")]
    [InlineData("{{ s = string.pad_left '' 1000000 }}{{ x = [] }}{{ for i in 1..9000 }}{{ x[i] = s + i }}{{ end }}", "bộ nhớ")]
    public void Runaway_strings_ranges_and_memory_stop_at_their_limits(string tag, string problem)
    {
        var template = TestDocument.Create(doc => doc.Paragraph(tag));
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var refusal = WordTemplate.Check(template, "mau.docx", data).ShouldHaveSingleItem();

        (GC.GetAllocatedBytesForCurrentThread() - allocated).ShouldBeLessThan(WordTemplate.AllocationLimit + 64L * 1024 * 1024);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
        refusal.ShouldContain(problem);
        Refusal(template).ShouldBe(refusal);
    }

    [Theory]
    [InlineData("{{ if true; \"<w:p>\"; end }}", "chứa nhiều câu lệnh: mỗi thẻ {{ … }} chỉ được có một câu lệnh")]
    [InlineData("{{ x = 1; \"<w:r>\" }}", "chứa nhiều câu lệnh")]
    [InlineData("{{ for x in [1, 2] }}{{ break }}{{ end }}", "“break” trong “{{ break }}” không dùng được trong mẫu văn bản Word: nó cắt ngang văn bản giữa chừng")]
    [InlineData("{{ ret }}", "“ret” trong “{{ ret }}” không dùng được")]
    [InlineData("{{ tablerow x in [1] }}{{ x }}{{ end }}", "“tablerow” trong “{{ tablerow x in [1] }}” không dùng được trong mẫu văn bản Word: nó viết ra mã HTML")]
    [InlineData("{%{ {{ title }} }%}", "là cách viết của Liquid/Jinja")]
    public void A_tag_can_neither_write_markup_nor_cut_the_document_short(string text, string problem)
    {
        Refusal(TestDocument.Create(doc => doc.Paragraph(text))).ShouldContain(problem);
    }

    [Fact]
    public void A_render_that_takes_too_long_is_stopped_at_the_time_limit()
    {
        var template = TestDocument.Create(doc => doc.Paragraph(
            "{{ s = string.pad_left '' 1000000 }}{{ for i in 1..9999 }}{{ found = s | string.contains 'x' }}{{ end }}"));
        var clock = Stopwatch.StartNew();

        Should.Throw<TemplateException>(() => WordTemplate.Render(template, "mau.docx", data, timeLimit: TimeSpan.FromMilliseconds(50)))
            .Message.ShouldBe("Mẫu “mau.docx”: dựng mẫu mất hơn 50 mili giây nên đã bị dừng: có lẽ một vòng lặp hay phép tính quá lớn; hãy rút gọn phần đó.");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void A_client_that_has_gone_away_stops_the_render_as_a_cancellation_not_as_the_time_limit()
    {
        // Cancelled before the call: a timer firing mid-render would depend on the thread pool, which a busy machine holds back.
        var template = TestDocument.Create(doc => doc.Paragraph(
            "{{ s = string.pad_left '' 1000000 }}{{ for i in 1..9999 }}{{ found = s | string.contains 'x' }}{{ end }}"));
        using var gone = new CancellationTokenSource();
        gone.Cancel();

        Should.Throw<OperationCanceledException>(() => WordTemplate.Render(template, "mau.docx", data, gone.Token));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("no-main")]
    [InlineData("bad-xml")]
    [InlineData("too-many-entries")]
    public void A_damaged_file_is_refused_in_Vietnamese_never_a_crash(string damage)
    {
        var good = TestDocument.Create(doc => doc.Paragraph("{{ title }}"));
        var damaged = damage switch
        {
            "garbage" => "PK\u0003\u0004 không phải docx"u8.ToArray(),
            "truncated" => good[..(good.Length / 2)],
            "no-main" => TestDocument.EditZip(good, zip => zip.GetEntry("word/document.xml")!.Delete()),
            "bad-xml" => TestDocument.EditZip(good, zip => TestDocument.WriteEntry(zip, "word/document.xml", "<w:document><w:body>")),
            _ => TestDocument.EditZip(good, zip =>
            {
                for (var index = 0; index <= TemplatePackage.MaxEntries; index++)
                {
                    zip.CreateEntry($"word/media/{index}.png");
                }
            }),
        };

        WordTemplate.Check(damaged, "mau.docx", data).ShouldHaveSingleItem().ShouldStartWith("Mẫu “mau.docx”");
    }

    [Fact]
    public void The_compiled_template_cache_is_bounded_by_bytes_and_drops_the_least_recently_used()
    {
        var cache = new TemplateCache(1000);
        cache.Add(("a", null), "a", 400);
        cache.Add(("b", null), "b", 400);
        cache.TryGet(("a", null), out _).ShouldBeTrue();
        cache.Add(("c", null), "c", 400);
        cache.Add(("huge", null), "huge", 1001);

        cache.Contains(("a", null)).ShouldBeTrue();
        cache.Contains(("b", null)).ShouldBeFalse();
        cache.Contains(("c", null)).ShouldBeTrue();
        cache.Contains(("huge", null)).ShouldBeFalse();
        cache.Weight.ShouldBe(800);
    }
}
