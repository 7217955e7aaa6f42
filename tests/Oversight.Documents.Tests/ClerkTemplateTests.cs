namespace Oversight.Documents.Tests;

/// <summary>Forgiving to the clerks who write templates in Word: what Word does to their typing works, and every mistake says how to fix it.</summary>
public sealed class ClerkTemplateTests
{
    sealed record Member(string Name, string? Position);

    sealed record Item(string Code, string Text);

    sealed record Group(string Agency, IReadOnlyList<Item> Items);

    sealed record Programme(string Title, string Body);

    sealed record Data(Programme Programme, IReadOnlyList<Member> Members, IReadOnlyList<Group> RecommendationGroups, string DocumentNumber);

    static readonly Data data = new(new Programme("Giám sát trợ giúp xã hội", "Thường trực HĐND"), [new("Đặng Thanh Sơn", "Trưởng đoàn")],
        [new("Sở Lao động", [new("KN-01", "Tăng cường tập huấn")])], "12/KH-ĐGS");

    static string Problem(Action<TestDocument> build, object? sample = null)
    {
        var template = TestDocument.Create(build);
        return WordTemplate.Check(template, "mau.docx", sample ?? data).ShouldHaveSingleItem();
    }

    static List<string> Rendered(Action<TestDocument> build, object? sample = null)
    {
        var template = TestDocument.Create(build);
        WordTemplate.Check(template, "mau.docx", sample ?? data).ShouldBeEmpty();
        var output = WordTemplate.Render(template, "mau.docx", sample ?? data);
        TestDocument.ValidationErrors(output).ShouldBeEmpty();
        return TestDocument.Paragraphs(output);
    }

    [Fact]
    public void Curly_quotes_Word_typed_inside_a_tag_read_as_straight_quotes()
    {
        Rendered(doc => doc
            .Paragraph("{{ if programme.body == “Thường trực HĐND” }}Thường trực{{ else }}Ban{{ end }}")
            .Paragraph("{{ programme.title | string.replace ‘trợ giúp’ ‘hỗ trợ’ }}"))
            .ShouldBe(["Thường trực", "Giám sát hỗ trợ xã hội"]);
    }

    [Fact]
    public void A_misspelt_field_is_refused_with_the_closest_name()
    {
        Problem(doc => doc.Paragraph("Tên: {{ programme.titel }}")).ShouldBe(
            "Mẫu “mau.docx”, thân văn bản, đoạn 1 (“Tên: {{ programme.titel }}”): không có trường “programme.titel” trong dữ liệu mẫu này nhận; có phải là “programme.title”?.");
    }

    [Fact]
    public void A_misspelt_field_deep_in_loops_and_in_a_branch_the_sample_never_takes_is_still_refused()
    {
        Problem(doc => doc
            .Paragraph("{{ for group in recommendation_groups }}")
            .Paragraph("{{ for item in group.items }}")
            .Paragraph("{{ if item.code == 'không có' }}{{ item.txt }}{{ end }}")
            .Paragraph("{{ end }}")
            .Paragraph("{{ end }}"))
            .ShouldBe("Mẫu “mau.docx”, thân văn bản, đoạn 3 (“{{ if item.code == 'không có' }}{{ item.txt }}{{ end }}”): "
                + "không có trường “item.txt” trong dữ liệu mẫu này nhận; có phải là “item.text”?.");
    }

    [Fact]
    public void A_field_read_on_a_list_says_to_loop()
    {
        Problem(doc => doc.Paragraph("{{ recommendation_groups.agency }}")).ShouldContain(
            "“recommendation_groups” là một danh sách: mỗi mục của nó mới có “agency”; hãy đọc từng mục trong vòng lặp, ví dụ “{{ for muc in recommendation_groups }}”");
    }

    [Fact]
    public void A_capitalised_root_name_suggests_the_lower_case_one()
    {
        Problem(doc => doc.Paragraph("{{ Programme.title }}")).ShouldContain("không có trường “Programme” trong dữ liệu mẫu này nhận; có phải là “programme”?");
    }

    [Fact]
    public void A_data_key_named_like_a_helper_is_read_and_the_helper_stays_reachable_under_vn()
    {
        var sample = TemplateData.FromJson("""{ "number": "12/KH-ĐGS", "amount": 41172 }""");

        Rendered(doc => doc.Paragraph("Số {{ number }}; {{ vn.number amount }}; {{ upper 'hà nam' }}"), sample).ShouldBe(["Số 12/KH-ĐGS; 41.172; HÀ NAM"]);
        Problem(doc => doc.Paragraph("{{ number amount }}"), sample).ShouldContain(
            "“number” ở đây là một trường dữ liệu nên che mất hàm cùng tên; để dùng hàm hãy viết “vn.number …”, ví dụ “{{ vn.number … }}”");
    }

    [Fact]
    public void Tracked_changes_inside_a_tag_are_accepted()
    {
        var output = WordTemplate.Render(TestDocument.Create(doc => doc
            .RawParagraph("""
                <w:r><w:t xml:space="preserve">Tên: {{ programme.</w:t></w:r>
                <w:del w:id="1" w:author="Văn thư" w:date="2026-01-05T00:00:00Z"><w:r><w:delText>titel</w:delText></w:r></w:del>
                <w:ins w:id="2" w:author="Văn thư" w:date="2026-01-05T00:00:00Z"><w:r><w:t>title</w:t></w:r></w:ins>
                <w:r><w:t xml:space="preserve"> }}</w:t></w:r>
                """)), "mau.docx", data);

        TestDocument.Paragraphs(output).ShouldBe(["Tên: Giám sát trợ giúp xã hội"]);
        TestDocument.Read(output, body => body.Descendants().Count(element => element.LocalName is "ins" or "del")).ShouldBe(0);
    }

    [Fact]
    public void A_deleted_paragraph_mark_joins_the_paragraphs_as_Word_would()
    {
        var output = WordTemplate.Render(TestDocument.Create(doc => doc
            .RawParagraph("""<w:pPr><w:rPr><w:del w:id="3" w:author="Văn thư" w:date="2026-01-05T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Số: {{ document_</w:t></w:r>""")
            .RawParagraph("""<w:r><w:t xml:space="preserve">number }}</w:t></w:r>""")), "mau.docx", data);

        TestDocument.Paragraphs(output).ShouldBe(["Số: 12/KH-ĐGS"]);
    }

    [Theory]
    [InlineData("{programme.title}", "“{programme.title}” là cách viết thẻ của docxtemplater; ở đây viết hai dấu ngoặc nhọn: “{{ programme.title }}”")]
    [InlineData("{#members}", "“{#members}” là cách viết thẻ của docxtemplater; ở đây vòng lặp viết “{{ for item in members }}” … “{{ end }}”")]
    [InlineData("{/members}", "“{/members}” là cách viết thẻ của docxtemplater; ở đây khối đóng bằng “{{ end }}”")]
    [InlineData("«Ten_co_quan»", "“«Ten_co_quan»” là trường trộn thư (mail merge) không dùng được ở đây: hãy xoá nó rồi gõ thẻ, ví dụ “{{ ten_co_quan }}”")]
    [InlineData("{% for x in members %}", "là cách viết của Liquid/Jinja; ở đây thẻ viết trong hai dấu ngoặc nhọn")]
    public void Tags_of_other_tools_are_refused_with_how_to_write_them_here(string text, string problem)
    {
        var refusal = Problem(doc => doc.Paragraph("Kính gửi: ", text));

        refusal.ShouldStartWith($"Mẫu “mau.docx”, thân văn bản, đoạn 1 (“Kính gửi: {text}”): ");
        refusal.ShouldContain(problem);
    }

    [Fact]
    public void A_mail_merge_field_is_refused_with_how_to_write_it_here()
    {
        Problem(doc => doc.RawParagraph("""
            <w:r><w:t xml:space="preserve">Kính gửi: </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>
            <w:r><w:instrText xml:space="preserve"> MERGEFIELD TenCoQuan \* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>
            <w:r><w:t>«TenCoQuan»</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
            """)).ShouldBe("Mẫu “mau.docx”, thân văn bản, đoạn 1 (“Kính gửi: «TenCoQuan»”): trường trộn thư MERGEFIELD “TenCoQuan” (hiện là «TenCoQuan») "
            + "không dùng được ở đây: hãy xoá trường đó rồi gõ thẻ, ví dụ “{{ ten_co_quan }}”, với tên trường lấy trong danh sách trường của mẫu.");
    }

    [Fact]
    public void A_tag_broken_by_Enter_is_named_with_how_to_join_it()
    {
        Problem(doc => doc.Paragraph("Kính gửi: {{ programme.").Paragraph("title }}")).ShouldBe(
            "Mẫu “mau.docx”, thân văn bản, đoạn 1 (“Kính gửi: {{ programme.”): thẻ “{{ programme.” không có “}}” đóng trong cùng đoạn: "
            + "có lẽ đã nhấn Enter giữa thẻ; hãy nối lại để cả thẻ, từ “{{” đến “}}”, nằm liền trên một dòng.");
    }

    [Fact]
    public void A_keyword_AutoCorrect_capitalised_is_named()
    {
        Problem(doc => doc.Paragraph("{{ For member in members }}").Paragraph("{{ member.name }}").Paragraph("{{ end }}")).ShouldBe(
            "Mẫu “mau.docx”, thân văn bản, đoạn 1 (“{{ For member in members }}”): từ khoá “For” trong “{{ For member in members }}” phải viết thường: “for” "
            + "(Word tự viết hoa chữ đầu câu; hãy sửa lại, hoặc tắt “Capitalize first letter of sentences” trong AutoCorrect).");
    }

    [Fact]
    public void A_missing_end_names_the_table_row_where_the_block_opens()
    {
        Problem(doc => doc.Table(["Mã", "Nội dung"], ["{{ for group in recommendation_groups }}{{ group.agency }}", "…"], ["Hết", ""])).ShouldBe(
            "Mẫu “mau.docx”, thân văn bản, bảng 1, hàng 2 (“{{ for group in recommendation_groups }}{{ group.agency }}”): "
            + "“{{ for group in recommendation_groups }}” thiếu “{{ end }}” đóng khối: mỗi “{{ for … }}” và “{{ if … }}” cần một “{{ end }}” ở chỗ khối kết thúc.");
    }

    [Fact]
    public void A_problem_in_the_header_names_the_header()
    {
        Problem(doc => doc.HeaderParagraph("Số: {{ document_numbr }}").Paragraph("Nội dung")).ShouldBe(
            "Mẫu “mau.docx”, đầu trang, đoạn 1 (“Số: {{ document_numbr }}”): không có trường “document_numbr” trong dữ liệu mẫu này nhận; có phải là “document_number”?.");
    }

    [Theory]
    [InlineData("{{ endfor }}", "“{{ endfor }}”: ở đây mọi khối đều đóng bằng “{{ end }}” (không viết “endfor”)")]
    [InlineData("{{ end if }}", "“{{ end if }}”: ở đây mọi khối đều đóng bằng “{{ end }}” (không viết “end if”)")]
    [InlineData("{{ elseif x }}", "“{{ elseif x }}”: ở đây viết “{{ else if điều_kiện }}” (hai từ, chữ thường)")]
    [InlineData("{{ }}", "thẻ “{{ }}” trống")]
    public void Habits_from_other_template_languages_are_explained(string tag, string problem)
    {
        Problem(doc => doc.Paragraph(tag)).ShouldContain(problem);
    }

    [Fact]
    public void A_field_read_on_a_text_or_a_missing_helper_are_named()
    {
        Problem(doc => doc.Paragraph("{{ programme.title.name }}")).ShouldContain("“programme.title” là chữ, không có trường con “name”");
        Problem(doc => doc.Paragraph("{{ string.upcse programme.title }}")).ShouldContain("không có hàm “string.upcse”; có phải là “string.upcase”?");
    }

    [Fact]
    public void The_default_helpers_and_loop_variables_pass_the_check()
    {
        Rendered(doc => doc
            .Paragraph("{{ for member in members }}{{ roman (for.index + 1) }}. {{ upper member.name }}{{ if member.position }} – {{ lower_first member.position }}{{ end }}{{ end }}")
            .Paragraph("{{ x = programme.title | string.size }}{{ number x }}"))
            .ShouldBe(["I. ĐẶNG THANH SƠN – trưởng đoàn", "24"]);
    }
}
