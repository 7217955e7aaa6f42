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
        await Expect(page.Locator("table.grid tbody tr")).ToHaveCountAsync(10);

        await page.GetByLabel("Tệp mới cho Báo cáo kết quả giám sát").SetInputFilesAsync(new FilePayload
        {
            Name = "khong-phai-word.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = "không phải Word"u8.ToArray(),
        });
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Báo cáo kết quả giám sát" }).GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();

        await Expect(page.Locator(".problems")).ToContainTextAsync("tệp không phải là văn bản Word (.docx) hợp lệ");
        await Expect(page.Locator("table.grid")).ToContainTextAsync("Mặc định");
    }
}
