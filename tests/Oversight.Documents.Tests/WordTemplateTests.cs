using DocumentFormat.OpenXml.Wordprocessing;

namespace Oversight.Documents.Tests;

public sealed class WordTemplateTests
{
    sealed record Item(string Code, string Text, DateOnly DueDate);

    sealed record Model(string Title, IReadOnlyList<Item> Items, bool Approved, decimal Amount);

    static readonly Model model = new("Giám sát trợ giúp xã hội",
    [
        new("KN-2024-001-01", "Tăng cường tập huấn cán bộ cơ sở", new DateOnly(2024, 12, 31)),
        new("KN-2024-001-02", "Kiểm tra việc xét duyệt đối tượng", new DateOnly(2025, 3, 31)),
        new("KN-2024-001-03", "Cải cách thủ tục hành chính", new DateOnly(2025, 6, 30)),
    ], true, 44.5m);

    static byte[] Render(Action<TestDocument> build, object? data = null)
    {
        var output = WordTemplate.Render(TestDocument.Create(build), "thu.docx", data ?? model);
        TestDocument.ValidationErrors(output).ShouldBeEmpty();
        return output;
    }

    [Fact]
    public void A_field_is_replaced_by_its_value()
    {
        TestDocument.Paragraphs(Render(doc => doc.Paragraph("Tên: {{ title }}."))).ShouldBe(["Tên: Giám sát trợ giúp xã hội."]);
    }

    [Fact]
    public void A_tag_split_over_runs_with_different_formatting_and_a_proofing_mark_still_works_and_keeps_the_first_runs_format()
    {
        var output = Render(doc => doc.Paragraph("Tên: ", "**{{ ti**", "~", "tle", " }}", " hết"));

        TestDocument.Paragraphs(output).ShouldBe(["Tên: Giám sát trợ giúp xã hội hết"]);
        TestDocument.Read(output, body => body.Descendants<Run>().Single(run => run.InnerText.Contains("Giám sát")).RunProperties?.Bold).ShouldNotBeNull();
    }

    [Fact]
    public void A_loop_over_paragraphs_repeats_them_and_the_tag_paragraphs_disappear()
    {
        var output = Render(doc => doc
            .Paragraph("Kiến nghị:")
            .Paragraph("{{ for item in items }}")
            .StyledParagraph("ListParagraph", "{{ for.index + 1 }}. ", "**{{ item.text }}**")
            .Paragraph("{{ end }}")
            .Paragraph("Hết."));

        TestDocument.Paragraphs(output).ShouldBe(
            ["Kiến nghị:", "1. Tăng cường tập huấn cán bộ cơ sở", "2. Kiểm tra việc xét duyệt đối tượng", "3. Cải cách thủ tục hành chính", "Hết."]);
        TestDocument.Read(output, body => body.Elements<Paragraph>().Count(paragraph => paragraph.ParagraphProperties?.ParagraphStyleId?.Val == "ListParagraph"))
            .ShouldBe(3);
    }

    [Fact]
    public void A_loop_over_table_rows_repeats_whole_rows_with_their_format()
    {
        var output = Render(doc => doc.Table(
            ["Mã", "Nội dung", "Thời hạn"],
            ["{{ for item in items }}{{ item.code }}", "{{ item.text }}", "{{ date_short item.due_date }}"],
            ["", "", "{{ end }}"],
            ["Tổng", "{{ items.size }}", ""]));

        TestDocument.TableRows(output).ShouldBe(
        [
            ["Mã", "Nội dung", "Thời hạn"],
            ["KN-2024-001-01", "Tăng cường tập huấn cán bộ cơ sở", "31/12/2024"],
            ["KN-2024-001-02", "Kiểm tra việc xét duyệt đối tượng", "31/3/2025"],
            ["KN-2024-001-03", "Cải cách thủ tục hành chính", "30/6/2025"],
            ["Tổng", "3", ""],
        ]);
    }

    [Fact]
    public void A_loop_opened_and_closed_in_one_row_repeats_that_row()
    {
        var output = Render(doc => doc.Table(["Mã", "Nội dung"], ["{{ for item in items }}{{ item.code }}", "{{ item.text }}{{ end }}"]));

        TestDocument.TableRows(output).Select(row => row[0]).ShouldBe(["Mã", "KN-2024-001-01", "KN-2024-001-02", "KN-2024-001-03"]);
    }

    [Fact]
    public void Loops_nested_in_one_row_repeat_it_for_every_inner_item()
    {
        var data = new { groups = new[] { new { name = "UBND tỉnh", items = new[] { "a", "b" } }, new { name = "Sở Tài chính", items = new[] { "c" } } } };

        var output = Render(doc => doc.Table(["Cơ quan", "Việc"],
            ["{{ for group in groups }}{{ for item in group.items }}{{ group.name }}", "{{ item }}{{ end }}{{ end }}"]), data);

        TestDocument.TableRows(output).ShouldBe([["Cơ quan", "Việc"], ["UBND tỉnh", "a"], ["UBND tỉnh", "b"], ["Sở Tài chính", "c"]]);
    }

    [Fact]
    public void Conditions_choose_between_paragraphs_and_inline_text()
    {
        var output = Render(doc => doc
            .Paragraph("{{ if approved }}")
            .Paragraph("Đã duyệt.")
            .Paragraph("{{ else }}")
            .Paragraph("Chưa duyệt.")
            .Paragraph("{{ end }}")
            .Paragraph("Trạng thái: {{ if approved }}xong{{ else }}chưa{{ end }}."));

        TestDocument.Paragraphs(output).ShouldBe(["Đã duyệt.", "Trạng thái: xong."]);
    }

    [Fact]
    public void Loops_nest()
    {
        var data = new { groups = new[] { new { name = "UBND tỉnh", items = new[] { "a", "b" } }, new { name = "Sở Tài chính", items = new[] { "c" } } } };

        var output = Render(doc => doc
            .Paragraph("{{ for group in groups }}")
            .Paragraph("{{ group.name }}")
            .Paragraph("{{ for item in group.items }}")
            .Paragraph("- {{ item }}")
            .Paragraph("{{ end }}")
            .Paragraph("{{ end }}"), data);

        TestDocument.Paragraphs(output).ShouldBe(["UBND tỉnh", "- a", "- b", "Sở Tài chính", "- c"]);
    }

    [Fact]
    public void Vietnamese_helpers_format_dates_numbers_numerals_and_capitals()
    {
        var output = Render(doc => doc
            .Paragraph("{{ date_long items[0].due_date }}; {{ date_short '2026-02-05' }}")
            .Paragraph("{{ date_nd30 '2024-07-08' }}; {{ date_nd30 '2027-02-15' }}; {{ date_short '2024-07-08' }}; {{ time_long '14:00' }}; {{ time_long '08:30:00' }}")
            .Paragraph("{{ number 41172 }}; {{ number amount 1 }}; {{ number 1234567.891 2 }}")
            .Paragraph("{{ roman 1 }} {{ roman 4 }} {{ roman 12 }} {{ roman 1999 }}")
            .Paragraph("{{ upper 'Sở Lao động - Thương binh và Xã hội' }}")
            .Paragraph("Kết quả {{ lower_first title }}")
            .Paragraph("{{ for line in (lines note) }}")
            .Paragraph("[{{ line }}]")
            .Paragraph("{{ end }}"), new { model.Title, model.Items, model.Amount, Note = "Dòng một\r\n\n  Dòng hai  " });

        TestDocument.Paragraphs(output).ShouldBe(
        [
            "ngày 31 tháng 12 năm 2024; 05/02/2026",
            "ngày 08 tháng 7 năm 2024; ngày 15 tháng 02 năm 2027; 08/7/2024; 14 giờ 00; 08 giờ 30",
            "41.172; 44,5; 1.234.567,89",
            "I IV XII MCMXCIX",
            "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
            "Kết quả giám sát trợ giúp xã hội",
            "[Dòng một]",
            "[Dòng hai]",
        ]);
    }

    [Fact]
    public void Values_are_text_never_markup_or_template_code()
    {
        var hostile = "<script>alert(1)</script> & \"quotes\" {{ 1 + 1 }} </w:t><w:p> \u0000 😀 Tie\u0302\u0301ng Vie\u0323\u0302t مرحبا\nDòng hai\tcột";
        var output = Render(doc => doc.Paragraph("{{ title }}"), new { title = hostile });

        TestDocument.Paragraphs(output).ShouldBe(["<script>alert(1)</script> & \"quotes\" {{ 1 + 1 }} </w:t><w:p>  😀 Tie\u0302\u0301ng Vie\u0323\u0302t مرحبا\nDòng hai\tcột"]);
    }

    [Fact]
    public void A_non_breaking_hyphen_is_written_as_Words_own_so_that_a_code_never_breaks()
    {
        var output = Render(doc => doc.Paragraph("mã {{ title }}"), new { title = "KN\u20112024\u2011001\u201104" });

        TestDocument.Paragraphs(output).ShouldBe(["mã KN\u20112024\u2011001\u201104"]);
        TestDocument.Read(output, body => body.Descendants<DocumentFormat.OpenXml.Wordprocessing.NoBreakHyphen>().Count()).ShouldBe(3);
        TestDocument.ValidationErrors(output).ShouldBeEmpty();
    }

    [Fact]
    public void A_very_long_value_is_written_whole()
    {
        var text = string.Concat(Enumerable.Repeat("Kiến nghị dài. ", 700))[..10_000];

        TestDocument.Paragraphs(Render(doc => doc.Paragraph("{{ title }}"), new { title = text })).Single().ShouldBe(text);
    }

    [Theory]
    [InlineData("{{ titel }}", "không có trường “titel” trong dữ liệu mẫu này nhận; có phải là “title”?")]
    [InlineData("{{ for item in items }}", "thiếu “{{ end }}” đóng khối")]
    [InlineData("{{ end }}", "không có “{{ for … }}” hay “{{ if … }}” mở trước nó")]
    [InlineData("{{ title + }}", "không đọc được thẻ “{{ title + }}”: kiểm tra lại cách viết")]
    public void A_template_error_names_the_template_and_the_paragraph(string tag, string problem)
    {
        var template = TestDocument.Create(doc => doc.Paragraph("Mở đầu").Paragraph("Nội dung ", tag));

        var error = Should.Throw<TemplateException>(() => WordTemplate.Render(template, "ke-hoach.docx", model));

        error.Message.ShouldStartWith("Mẫu “ke-hoach.docx”, thân văn bản, đoạn 2 (“Nội dung");
        error.Message.ShouldContain(problem);
        WordTemplate.Check(template, "ke-hoach.docx", model).Single().ShouldBe(error.Message);
    }

    [Fact]
    public void Data_the_record_lacks_yet_is_said_in_Vietnamese_never_in_the_engines_English()
    {
        var template = TestDocument.Create(doc => doc.Paragraph("Kết luận: {{ conclusion.remarks }}"));

        var error = Should.Throw<TemplateException>(() => WordTemplate.Render(template, "thong-bao-ket-luan.docx", new { conclusion = (object?)null }));

        error.Message.ShouldContain("hồ sơ chưa có dữ liệu “conclusion.remarks”");
        error.Message.ShouldNotContain("null");
        error.Message.ShouldNotContain("Cannot");
    }

    [Fact]
    public void A_runaway_loop_is_stopped()
    {
        var template = TestDocument.Create(doc => doc.Paragraph("{{ for i in 1..100000 }}x{{ end }}"));

        Should.Throw<TemplateException>(() => WordTemplate.Render(template, "vong-lap.docx", model)).Message.ShouldContain("vòng lặp");
    }

    [Fact]
    public void A_file_that_is_not_a_Word_document_is_refused_by_name()
    {
        Should.Throw<TemplateException>(() => WordTemplate.Render("không phải docx"u8.ToArray(), "hong.docx", model))
            .Message.ShouldBe("Mẫu “hong.docx”: tệp không phải là văn bản Word (.docx) hợp lệ.");
    }

    [Fact]
    public void JSON_data_renders_like_objects_do()
    {
        var data = TemplateData.FromJson("""{ "title": "Giám sát", "items": [ { "code": "KN-01", "due_date": "2024-12-31" } ], "amount": 44.5 }""");

        var output = Render(doc => doc.Paragraph("{{ title }}: {{ for item in items }}{{ item.code }} {{ date_short item.due_date }}{{ end }}; {{ number amount 1 }}"), data);

        TestDocument.Paragraphs(output).ShouldBe(["Giám sát: KN-01 31/12/2024; 44,5"]);
    }
}
