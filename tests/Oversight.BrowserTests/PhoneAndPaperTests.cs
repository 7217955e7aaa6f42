using System.Text.Json;
using Microsoft.Playwright;
using Oversight.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Oversight.BrowserTests;

/// <summary>The member's and the agency's pages on a phone and on a desk, the register on paper, and the scoreboard's chart.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneAndPaperTests(BrowserFixture fixture)
{
    /// <summary>
    /// Everything a finger must hit, measured where it is drawn: links, buttons, fields, disclosure summaries, and the label a
    /// checkbox or radio button sits in. Links inside a paragraph are running text (WCAG's inline exception).
    /// </summary>
    const string SmallTargets = """
        () => {
            const small = [];
            for (const element of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')) {
                if (element.tagName === 'A' && element.closest('p')) continue;
                const target = element.matches('input[type=checkbox], input[type=radio]') && element.closest('label') ? element.closest('label') : element;
                const box = target.getBoundingClientRect();
                if (box.width === 0 && box.height === 0) continue;
                if (box.width < 44 || box.height < 44) {
                    const name = (element.innerText || element.value || element.name || element.getAttribute('aria-label') || '').trim().slice(0, 50);
                    small.push(`${element.tagName.toLowerCase()} “${name}” ${Math.round(box.width)}×${Math.round(box.height)}`);
                }
            }
            return small;
        }
        """;

    public static TheoryData<Role, int, int> PeopleAndScreens => new()
    {
        { Role.DelegationMember, 390, 844 },
        { Role.DelegationMember, 1366, 768 },
        { Role.AgencyUser, 390, 844 },
        { Role.AgencyUser, 1366, 768 },
    };

    [Theory]
    [MemberData(nameof(PeopleAndScreens))]
    public async Task Nothing_a_finger_must_hit_is_smaller_than_44_px_on_the_members_and_the_agencys_pages(Role role, int width, int height)
    {
        await fixture.LoadSamplesAsync();
        await using var context = await fixture.NewContextAsync(role, width, height);
        var page = await context.NewPageAsync();
        List<string> paths = ["/", "/lich", "/kien-nghi", "/thong-bao", "/tai-khoan"];
        if (role == Role.DelegationMember)
        {
            var (programme, activity) = await fixture.MemberProgrammeAsync($"Giám sát để đo vùng chạm trên màn hình {width} px");
            paths.AddRange(["/cuoc-giam-sat", $"/cuoc-giam-sat/{programme}", $"/cuoc-giam-sat/{programme}/doan", $"/cuoc-giam-sat/{programme}/ke-hoach",
                $"/cuoc-giam-sat/{programme}/lich", $"/cuoc-giam-sat/{programme}/buoi/{activity}", $"/cuoc-giam-sat/{programme}/y-kien",
                $"/cuoc-giam-sat/{programme}/nhat-ky"]);
        }
        else
        {
            await page.GotoAsync(Url("/kien-nghi"));
            paths.AddRange([new Uri(new Uri(page.Url), (await page.Locator("#register tbody a").First.GetAttributeAsync("href"))!).AbsolutePath, "/kien-nghi/thong-ke"]);
        }

        var small = new List<string>();
        foreach (var path in paths)
        {
            (await page.GotoAsync(Url(path)))!.Status.ShouldBe(200, path);
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(details => details.open = true)");
            small.AddRange((await page.EvaluateAsync<string[]>(SmallTargets)).Select(target => $"{path}: {target}"));
            (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth")).ShouldBeFalse($"{path} scrolls sideways at {width} px");
        }

        small.ShouldBeEmpty();
    }

    [Fact]
    public async Task On_a_phone_the_header_is_compact_the_tabs_scroll_and_lists_are_cards()
    {
        await fixture.LoadSamplesAsync();
        await using var context = await fixture.NewContextAsync(Role.AgencyUser, 390, 844);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("/kien-nghi"));
        var header = (await page.Locator("header.top").BoundingBoxAsync())!;
        ((double)header.Height).ShouldBeLessThan(844 / 6.0, "the header takes more than a sixth of the first screen");
        // The agency's own name is not repeated on every card; each card's lines carry their column's name.
        await Expect(page.Locator("#register thead th")).ToHaveTextAsync(["Mã", "Nội dung", "Hạn", "Trạng thái"]);
        var card = page.Locator("#register tbody tr").First;
        (await card.EvaluateAsync<string>("row => getComputedStyle(row).display")).ShouldBe("block");
        (await card.Locator("td").Nth(2).EvaluateAsync<string>("cell => getComputedStyle(cell, '::before').content")).ShouldBe("\"Hạn\"");
        await page.ScreenshotAsync(new() { Path = Shot("register-agency-phone.png"), FullPage = true });

        await page.Locator("#register tbody a").First.ClickAsync();
        await page.ScreenshotAsync(new() { Path = Shot("recommendation-agency-phone.png"), FullPage = true });

        await using var secretariat = await fixture.NewContextAsync(Role.Secretariat, 390, 844);
        var clerk = await secretariat.NewPageAsync();
        await clerk.GotoAsync(Url($"/cuoc-giam-sat/{await SampleProgramme(clerk, 2024)}/nhat-ky"));
        var tabs = clerk.Locator("nav.tabs");
        (await tabs.EvaluateAsync<bool>("bar => bar.scrollWidth > bar.clientWidth")).ShouldBeTrue("the tabs fit, so this says nothing");
        (await tabs.EvaluateAsync<string>("bar => getComputedStyle(bar).flexWrap")).ShouldBe("nowrap");
        // The current tab, last of the bar, was scrolled into view.
        var current = (await tabs.Locator("[aria-current=page]").BoundingBoxAsync())!;
        ((double)(current.X + current.Width)).ShouldBeLessThanOrEqualTo(390);
        await clerk.GotoAsync(Url($"/cuoc-giam-sat/{await SampleProgramme(clerk, 2024)}"));
        await clerk.ScreenshotAsync(new() { Path = Shot("programme-phone.png") });
    }

    [Fact]
    public async Task The_register_the_programme_and_the_scoreboard_print_on_A4_without_menu_or_header()
    {
        await fixture.LoadSamplesAsync();
        await using var context = await fixture.NewContextAsync(Role.Secretariat, 1366, 768);
        var page = await context.NewPageAsync();
        var programme = await SampleProgramme(page, 2024);
        foreach (var (path, name) in new[] { ("/kien-nghi", "register"), ($"/cuoc-giam-sat/{programme}", "programme"), ("/kien-nghi/thong-ke", "scoreboard") })
        {
            await page.EmulateMediaAsync(new() { Media = Media.Screen });
            await page.GotoAsync(Url(path));
            await Expect(page.Locator("header.top nav")).ToBeVisibleAsync();
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await Expect(page.Locator("header.top")).ToBeHiddenAsync();
            await Expect(page.Locator("nav")).ToHaveCountAsync(await page.Locator("nav:not(:visible)").CountAsync());
            await Expect(page.Locator("footer")).ToBeHiddenAsync();
            await Expect(page.Locator("main h1")).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Shot($"{name}-print.png"), FullPage = true });
            var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true, Path = Shot($"{name}.pdf") });
            System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        }

        await page.GotoAsync(Url("/kien-nghi"));
        await Expect(page.Locator("#register")).ToBeVisibleAsync();
        await Expect(page.Locator("#register tbody tr")).Not.ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task The_scoreboard_chart_has_axes_values_an_overdue_series_a_data_table_and_an_export_for_one_year(int width, int height)
    {
        await fixture.LoadSamplesAsync();
        await using var context = await fixture.NewContextAsync(Role.Secretariat, width, height);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("/kien-nghi/thong-ke"));
        await Expect(page.Locator("#scoreboard thead")).ToContainTextAsync("% đã giải quyết đúng hạn");
        await page.Locator(".chart").ScreenshotAsync(new() { Path = Shot($"chart-all-years-{width}.png") });
        await page.Locator("[name='Year']").FillAsync("2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem", Exact = true }).ClickAsync();
        await Expect(page.Locator("#scope")).ToContainTextAsync("các cuộc giám sát năm 2024");

        var chart = page.Locator("#status-chart");
        await Expect(chart).ToBeVisibleAsync();
        var labels = await chart.Locator("text").AllTextContentsAsync();
        labels.ShouldContain("Số kiến nghị");
        labels.ShouldContain("Cuối tháng (tháng/năm)");
        var months = await page.Locator("#chart-data tbody tr").CountAsync();
        months.ShouldBeGreaterThan(0);
        // Every month's total is written on its bar, not only in a tooltip.
        var totals = await page.Locator("#chart-data tbody tr td:nth-last-child(2)").AllTextContentsAsync();
        foreach (var total in totals.Where(total => total != "0"))
        {
            labels.ShouldContain(total);
        }

        (await chart.Locator("polyline").CountAsync()).ShouldBe(1, "the overdue series");
        (await chart.Locator("pattern").CountAsync()).ShouldBe(5, "each series has its own pattern");
        await Expect(page.Locator("#chart-legend li")).ToHaveCountAsync(6);
        await page.ScreenshotAsync(new() { Path = Shot($"scoreboard-{width}.png"), FullPage = true });
        await page.Locator(".chart").ScreenshotAsync(new() { Path = Shot($"chart-{width}.png") });

        var export = await page.APIRequest.GetAsync(Url((await page.Locator("#export").GetAttributeAsync("href"))!));
        export.Status.ShouldBe(200);
        export.Headers["content-type"].ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await export.BodyAsync())[..2].ShouldBe("PK"u8.ToArray());
    }

    async Task<Guid> SampleProgramme(IPage page, int year)
    {
        var answer = await page.APIRequest.GetAsync(Url($"/api/programmes?year={year}"));
        using var list = JsonDocument.Parse(await answer.TextAsync());
        // The walkthrough records the sample's own story: whichever came first is there, concluded.
        return list.RootElement.EnumerateArray().First(programme => programme.GetProperty("status").GetString() is "FollowingUp" or "Concluded")
            .GetProperty("id").GetGuid();
    }

    string Url(string path) => new Uri(fixture.BaseAddress, path).ToString();

    string Shot(string name) => Path.Combine(fixture.ScreenshotFolder, name);
}
