using Microsoft.Playwright;
using Oversight.Imports;
using Oversight.Recommendations.Register;
using static Microsoft.Playwright.Assertions;

namespace Oversight.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ImportPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_secretariat_uploads_a_small_workbook_picks_the_agency_it_names_differently_and_imports_after_the_preview()
    {
        var run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        object?[] Line(string code, string agency, string due) =>
            [$"GS-{run}", "Giám sát việc chi trả trợ cấp xã hội", 2022, "Thường trực HĐND", null, "09/TB-HĐND", "15/12/2022", $"{run}-{code}", agency, null,
                $"Kiến nghị {run}-{code}: rà soát, chi trả đủ trợ cấp.", due];
        var workbook = RegisterExport.Workbook((ImportColumns.DataSheet, [
            [.. ImportColumns.All.Select(info => (object?)info.Heading)],
            Line("01", "Sở LĐ-TB&XH", "30/06/2023"),
            Line("02", "Sở LĐTBXH tỉnh", "31/12/2023"),
            Line("03", BrowserFixture.Agency, "ngày mai"),
        ]));

        var page = await fixture.OpenAsync("/cuoc-giam-sat");
        await page.Locator("#import-link").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Nhập dữ liệu từ tệp");
        await page.GetByLabel("Tệp .xlsx hoặc .csv").SetInputFilesAsync(new FilePayload { Name = "so-theo-doi-2022.xlsx", MimeType = RegisterExport.XlsxType, Buffer = workbook });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và xem trước" }).ClickAsync();

        // The preview: nothing written yet, every error on its line, no button to import while there are errors.
        await Expect(page.Locator("#preview-summary")).ToContainTextAsync("3 dòng");
        await Expect(page.Locator("#preview-summary")).ToContainTextAsync("2 dòng có lỗi");
        await Expect(page.Locator("tr[data-row='3']")).ToContainTextAsync("“Sở LĐTBXH tỉnh” chưa có trong danh bạ");
        await Expect(page.Locator("tr[data-row='4']")).ToContainTextAsync("“ngày mai” không đọc được thành ngày");
        await Expect(page.Locator("#confirm-import")).ToHaveCountAsync(0);
        await Expect(page.Locator("#fix-first")).ToBeVisibleAsync();

        // The clerk fixes the date in the file and uploads it again, then picks the agency the other name stands for.
        workbook = RegisterExport.Workbook((ImportColumns.DataSheet, [
            [.. ImportColumns.All.Select(info => (object?)info.Heading)],
            Line("01", "Sở LĐ-TB&XH", "30/06/2023"),
            Line("02", "Sở LĐTBXH tỉnh", "31/12/2023"),
            Line("03", BrowserFixture.Agency, "31/12/2099"),
        ]));
        await page.GetByLabel("Tệp .xlsx hoặc .csv").SetInputFilesAsync(new FilePayload { Name = "so-theo-doi-2022.xlsx", MimeType = RegisterExport.XlsxType, Buffer = workbook });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và xem trước" }).ClickAsync();
        await Expect(page.Locator("#preview-summary")).ToContainTextAsync("1 dòng có lỗi");
        await page.Locator("#chon-co-quan-0").SelectOptionAsync(new SelectOptionValue { Label = $"{BrowserFixture.Agency} (Sở LĐ-TB&XH)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem lại với cơ quan đã chọn" }).ClickAsync();
        await Expect(page.Locator("#preview-summary")).ToContainTextAsync("3 kiến nghị sẽ tạo mới");
        await Expect(page.Locator("#preview-summary")).ToContainTextAsync("0 dòng có lỗi");
        await Expect(page.Locator("#preview-programmes")).ToContainTextAsync($"GS-{run}");
        await Expect(page.Locator("tr[data-row='3']")).ToContainTextAsync($"→ {BrowserFixture.Agency}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotFolder, "import-preview.png"), FullPage = true });

        await page.Locator("#confirm-import").ClickAsync();
        await Expect(page.Locator("#flash")).ToContainTextAsync("Đã nhập từ tệp “so-theo-doi-2022.xlsx”: 1 cuộc giám sát mới, 3 kiến nghị mới");
        await Expect(page.Locator("#xem-truoc")).ToHaveCountAsync(0);

        // In the register like any other recommendation.
        await page.GotoAsync(new Uri(fixture.BaseAddress, $"/kien-nghi?q={run}").ToString());
        await Expect(page.Locator("#register")).ToContainTextAsync($"Kiến nghị {run}-02: rà soát, chi trả đủ trợ cấp.");
    }
}
