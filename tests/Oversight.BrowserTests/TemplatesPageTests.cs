using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Oversight.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class TemplatesPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_templates_page_lists_every_template_and_refuses_a_file_that_is_not_one()
    {
        var page = await fixture.OpenAsync("/mau-van-ban");
        await Expect(page.Locator("table.templates tbody tr")).ToHaveCountAsync(10);

        await page.GetByLabel("Tệp mới cho Báo cáo kết quả giám sát").SetInputFilesAsync(new FilePayload
        {
            Name = "khong-phai-word.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = "không phải Word"u8.ToArray(),
        });
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Báo cáo kết quả giám sát" }).GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();

        await Expect(page.Locator(".problems")).ToContainTextAsync("tệp không phải là văn bản Word (.docx) hợp lệ");
        await Expect(page.Locator("table.templates")).ToContainTextAsync("Mặc định");
    }

    [Fact]
    public async Task The_field_guide_shows_each_field_with_its_tag_meaning_and_example_and_offers_a_starter()
    {
        var page = await fixture.OpenAsync("/mau-van-ban");

        var title = page.Locator("table.fields tbody tr").Filter(new() { HasText = "{{ programme.title }}" });
        await Expect(title).ToHaveCountAsync(1);
        await Expect(title).ToContainTextAsync("Tên cuộc giám sát");
        await Expect(title).ToContainTextAsync("Giám sát việc thực hiện chính sách pháp luật về trợ giúp xã hội");
        await Expect(page.Locator("table.fields")).ToContainTextAsync("{{ for member in delegation.members }} … {{ end }}");
        await Expect(page.Locator("table.fields")).ToContainTextAsync("{{ member.name }}");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Báo cáo kết quả giám sát" })
            .GetByRole(AriaRole.Link, new() { Name = "Mẫu khởi đầu" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("khoi-dau-bao-cao-ket-qua-giam-sat.docx");
    }

    [Fact]
    public async Task A_template_with_a_misspelt_field_is_refused_on_the_page_with_the_closest_name()
    {
        var page = await fixture.OpenAsync("/mau-van-ban");
        await page.GetByLabel("Tệp mới cho Kế hoạch giám sát").SetInputFilesAsync(new FilePayload
        {
            Name = "ke-hoach.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = Oversight.Documents.StarterTemplate.Create("Kế hoạch", Oversight.Documents.DataShape.OfType(typeof(TitelOnly))),
        });
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Kế hoạch giám sát" }).GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();

        await Expect(page.Locator(".problems")).ToContainTextAsync("không có trường “titel” trong dữ liệu mẫu này nhận");
        await Expect(page.Locator("table.templates")).ToContainTextAsync("Mặc định");
    }

    sealed record TitelOnly(string Titel);
}
