using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Alba;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Programmes.Listing;
using Oversight.Samples;
using Oversight.Tests.Support;

namespace Oversight.Tests.Documents;

/// <summary>
/// The ten default documents as a clerk would print them: rendered for both samples and for programmes led by the
/// Thường trực, a Ban and a delegation, turned into PDF by LibreOffice and read page by page. Set
/// <c>OVERSIGHT_DOCUMENT_PDFS</c> to a folder to keep the PDFs and the data of each (scripts/document-pictures makes
/// docs/ and templates/sample-data.json from them).
/// </summary>
public sealed partial class SignableDocumentTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly string[] Templates =
    [
        "quyet-dinh-thanh-lap-doan", "ke-hoach-giam-sat", "de-cuong-bao-cao", "thong-bao-lich-lam-viec", "bien-ban-lam-viec",
        "bao-cao-ket-qua-giam-sat", "thong-bao-ket-luan", "du-thao-nghi-quyet", "van-ban-don-doc", "bao-cao-tinh-hinh-thuc-hien-kien-nghi",
    ];

    /// <summary>A programme to print, the cookie of its council's secretariat, and what its documents must say.</summary>
    sealed record Case(string Name, Guid Programme, string Cookie, Func<string, string[]> Expected);

    [Fact]
    public async Task Every_document_of_every_kind_of_programme_prints_ready_to_sign()
    {
        var cases = await Programmes();
        using var folder = new TestFolder("pdf");
        var documents = new List<(Case Case, string Template, string Docx, JsonNode Data, IReadOnlyList<string> KeptWithNext)>();
        var wordFailures = new List<string>();
        foreach (var @case in cases)
        {
            foreach (var template in Templates)
            {
                var url = $"/api/programmes/{@case.Programme}/documents/{template}.docx";
                var bytes = await (await Host.Scenario(scenario =>
                {
                    scenario.WithCookie(@case.Cookie);
                    scenario.Get.Url(url);
                    scenario.StatusCodeShouldBeOk();
                })).ReadBytes();
                var data = JsonNode.Parse(await (await Host.Scenario(scenario =>
                {
                    scenario.WithCookie(@case.Cookie);
                    scenario.Get.Url(url + "?data=json");
                    scenario.StatusCodeShouldBeOk();
                })).ReadAsTextAsync())!;
                var docx = Path.Combine(folder.Path, $"{@case.Name}-{template}.docx");
                await File.WriteAllBytesAsync(docx, bytes);
                wordFailures.AddRange(InspectWord(bytes, template).Select(problem => $"{@case.Name}/{template}: {problem}"));
                documents.Add((@case, template, docx, data, KeptWithNext(bytes)));
            }
        }

        await ConvertToPdf(folder.Path, documents.Select(document => document.Docx));
        var kept = Environment.GetEnvironmentVariable("OVERSIGHT_DOCUMENT_PDFS");
        var failures = new List<string>(wordFailures);
        foreach (var (@case, template, docx, data, keptWithNext) in documents)
        {
            var pdf = Path.ChangeExtension(docx, ".pdf");
            File.Exists(pdf).ShouldBeTrue($"LibreOffice made no PDF of {docx}");
            if (!string.IsNullOrEmpty(kept))
            {
                Directory.CreateDirectory(kept);
                File.Copy(pdf, Path.Combine(kept, Path.GetFileName(pdf)), overwrite: true);
                await File.WriteAllTextAsync(Path.Combine(kept, Path.GetFileNameWithoutExtension(pdf) + ".json"), data.ToJsonString(Oversight.Documents.DocumentPreparation.SnakeCase));
            }

            var pages = (await Run("pdftotext", pdf, "-")).Split('\f').Select(Normalise).Where(page => page.Trim().Length > 0).ToList();
            failures.AddRange(CheckPages(pages, template, data, keptWithNext, @case.Expected(template)).Select(problem => $"{@case.Name}/{template}: {problem}"));
        }

        failures.ShouldBeEmpty();
    }

    /// <summary>What a printed document must show on its pages: each a problem found, none when it can be signed as it is.</summary>
    static IEnumerable<string> CheckPages(IReadOnlyList<string> pages, string template, JsonNode data, IReadOnlyList<string> keptWithNext, IEnumerable<string> expected)
    {
        var all = string.Join("\n", pages);
        var flat = Flat(all);
        if (LeadingZeroMonth().Match(all) is { Success: true } month)
        {
            yield return $"“{month.Value}”: Nghị định 30 writes months 3 to 12 without a leading zero";
        }

        if (all.Contains("{{", StringComparison.Ordinal))
        {
            yield return "a tag was left in the text";
        }

        foreach (var text in expected.Where(text => !flat.Contains(Flat(text), StringComparison.Ordinal)))
        {
            yield return $"“{text}” is missing";
        }

        // The signature: every line of its authority and the signer's name on one page, with the closing sentence ("…/.") above it.
        var signature = template == "bien-ban-lam-viec"
            ? new[] { "THƯ KÝ", data["session"]!["secretary"]!.GetValue<string>(), data["session"]!["chair"]!.GetValue<string>(), data["session"]!["agency_representative"]!.GetValue<string>() }
            : [.. data["signature"]!["lines"]!.AsArray().Select(line => line!.GetValue<string>()), data["signature"]!["name"]!.GetValue<string>()];
        if (signature.Any(string.IsNullOrWhiteSpace))
        {
            yield return "a signer is not named";
        }

        var signed = pages.Select((page, index) => (page, index)).LastOrDefault(entry => signature.All(line => Flat(entry.page).Contains(Flat(line), StringComparison.Ordinal)));
        if (signed.page is null)
        {
            yield return $"no page holds the whole signature ({string.Join(" / ", signature)})";
        }
        else
        {
            if (!signed.page.Contains("/.", StringComparison.Ordinal))
            {
                yield return $"page {signed.index + 1} holds the signature without the closing sentence above it";
            }

            if (template != "bien-ban-lam-viec" && !(signed.page.Contains("Nơi nhận:", StringComparison.Ordinal) && signed.page.Contains("- Lưu: VT", StringComparison.Ordinal)))
            {
                yield return $"the recipients are not whole beside the signature on page {signed.index + 1}";
            }
        }

        // A heading, a title or a sentence introducing a list must not end a page: the page's last line is not the end of one of them.
        foreach (var (page, index) in pages.Select((page, index) => (page, index)).SkipLast(1))
        {
            var last = Flat(page.Split('\n').Select(line => line.Trim()).LastOrDefault(line => line.Length > 0 && !PageNumber().IsMatch(line)) ?? "");
            if (last.Length > 0 && keptWithNext.FirstOrDefault(text => text.EndsWith(last, StringComparison.Ordinal)) is { } kept)
            {
                yield return $"page {index + 1} ends with “{kept}”, which belongs with what follows it";
            }
            else if (last.EndsWith(':') || SectionHeading().IsMatch(last))
            {
                yield return $"page {index + 1} ends with “{last}”, which introduces what follows it";
            }
        }

        foreach (var code in Codes().Matches(all).Select(match => match.Value).Where(code => !WholeCode().IsMatch(code)))
        {
            yield return $"the code “{code}” is broken over two lines";
        }
    }

    /// <summary>The texts of the paragraphs Word keeps with the next one (headings, titles, articles, sentences introducing a list), white space flattened.</summary>
    static IReadOnlyList<string> KeptWithNext(byte[] bytes)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return [.. word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Where(paragraph => paragraph.ParagraphProperties?.KeepNext is not null && paragraph.InnerText.Trim().Length > 0)
            .Select(paragraph => Flat(Normalise(paragraph.InnerText).Trim()))];
    }

    /// <summary>What Word itself must carry: italic legal bases ending with "." on the last, bold "Điều N.", rows that never split.</summary>
    static IEnumerable<string> InspectWord(byte[] bytes, string template)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().ToList();
        var bases = paragraphs.Where(paragraph => paragraph.InnerText.StartsWith("Căn cứ ", StringComparison.Ordinal)).ToList();
        foreach (var basis in bases.Where(basis => basis.Descendants<Run>().Any(run => run.InnerText.Length > 0 && run.RunProperties?.Italic is null)))
        {
            yield return $"“{basis.InnerText}” is not italic";
        }

        if (template == "quyet-dinh-thanh-lap-doan")
        {
            if (bases.Count == 0 || !bases[^1].InnerText.EndsWith('.') || bases[..^1].Any(basis => !basis.InnerText.EndsWith(';')))
            {
                yield return "the legal bases do not end with “;” and the last with “.”";
            }
        }

        foreach (var article in paragraphs.Where(paragraph => ArticleLabel().IsMatch(paragraph.InnerText)
            && paragraph.Descendants<Run>().First(run => run.InnerText.Length > 0).RunProperties?.Bold is null))
        {
            yield return $"“{article.InnerText}” does not start in bold";
        }

        if (body.Descendants<TableRow>().Any(row => row.TableRowProperties?.GetFirstChild<CantSplit>() is null))
        {
            yield return "a table row may split over two pages";
        }
    }

    /// <summary>
    /// The two samples in their own councils, and two programmes of the Hà Nam council made from its sample: one led by its
    /// Ban Văn hóa - Xã hội in 2026 (under Luật 121/2025), one by a delegation of the council in 2025.
    /// </summary>
    async Task<IReadOnlyList<Case>> Programmes()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(SamplePlayer.DefaultFolder, CancellationToken.None);
        }

        var admin = await Host.SignIn("hanam.quantri", "demo-giam-sat");
        var council = await Host.GetJson<JsonObject>("/api/council", admin);
        var officials = council["officials"]!.AsArray().Select(official => official!.DeepClone()).ToList();
        officials.Add(new JsonObject { ["name"] = "Nguyễn Thị Minh", ["position"] = "CommitteeHead", ["committee"] = "Ban Văn hóa - Xã hội" });
        await Host.Scenario(scenario =>
        {
            scenario.WithCookie(admin);
            scenario.Put.Json(new JsonObject
            {
                ["officials"] = new JsonArray([.. officials]),
                ["legalNumbers"] = new JsonObject { ["nghi-quyet-chi-tiet-giam-sat-hdnd"] = "114/2025/UBTVQH15" },
            }).ToUrl("/api/council");
            scenario.StatusCodeShouldBeOk();
        });

        var story = await File.ReadAllTextAsync(Path.Combine(SamplePlayer.DefaultFolder, "ha-nam-2024-tro-giup-xa-hoi.json"));
        using var variants = new TestFolder("variants");
        await File.WriteAllTextAsync(Path.Combine(variants.Path, "ban.json"), Variant(story, "2026", "Committee", "Ban Văn hóa - Xã hội", "15/QĐ-BVHXH", "12/TB-BVHXH",
            "Ban Văn hóa - Xã hội HĐND tỉnh", "người cao tuổi", ("Đặng Thanh Sơn", "Nguyễn Thị Minh"),
            ("Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh")));
        await File.WriteAllTextAsync(Path.Combine(variants.Path, "doan.json"), Variant(story, "2025", "Council", null, "20/NQ-HĐND", "05/TB-ĐGS",
            "Đoàn giám sát", "người khuyết tật"));
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(variants.Path, CancellationToken.None, "ha-nam");
        }

        var haNam = await Host.SignIn("hanam.vanphong", "demo-giam-sat");
        var tanBien = await Host.SignIn("tanbien.vanphong", "demo-giam-sat");
        var ofHaNam = await Host.GetJson<List<ProgrammeSummary>>("/api/programmes", haNam);
        Guid Year(int year) => ofHaNam.Single(programme => programme.Year == year).Id;

        // The agency answers one recommendation of the delegation's programme: the status report shows that answer.
        var answered = (await Host.GetJson<List<Oversight.Recommendations.Recommendation>>($"/api/programmes/{Year(2025)}/recommendations", haNam))[0].Id;
        var agency = await Host.SignIn("hanam.coquan", "demo-giam-sat");
        await Host.Scenario(scenario =>
        {
            scenario.WithCookie(agency);
            scenario.Post.MultipartFormData(new MultipartFormDataContent { { new StringContent("Đã mở 2 lớp tập huấn cho 120 cán bộ cấp xã"), "text" } })
                .ToUrl($"/api/recommendations/{answered}/progress");
            scenario.StatusCodeShouldBe(204);
        });
        return
        [
            new("ha-nam", Year(2024), haNam, template => [.. HaNam(template), .. OldLaw(template)]),
            new("tan-bien", (await Host.GetJson<List<ProgrammeSummary>>("/api/programmes", tanBien)).Single().Id, tanBien, template => template switch
            {
                "quyet-dinh-thanh-lap-doan" => ["THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN HUYỆN TÂN BIÊN", "Nguyễn Văn Hải", "CHỦ TỊCH", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"],
                "bien-ban-lam-viec" => ["08 giờ 00", "kết thúc vào lúc 11 giờ 00 cùng ngày", "Võ Thị Lan", "Lê Hoàng Phúc", "Trần Văn Minh"],
                "thong-bao-ket-luan" => ["THƯỜNG TRỰC HĐND", "/TB-HĐND", "Thường trực HĐND huyện kết luận như sau"],
                "du-thao-nghi-quyet" => ["KHÓA XII, KỲ HỌP THỨ 6", "Hội đồng nhân dân huyện Tân Biên khóa XII, kỳ họp thứ 6 thông qua"],
                _ => [],
            }),
            new("ban", Year(2026), haNam, template => template switch
            {
                "quyet-dinh-thanh-lap-doan" => ["BAN VĂN HÓA - XÃ HỘI HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM", "TM. BAN VĂN HÓA - XÃ HỘI", "TRƯỞNG BAN", "Nguyễn Thị Minh",
                    "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 121/2025/QH15", "Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
                    "Nghị quyết số 114/2025/UBTVQH15", "Nghị quyết số 45/NQ-HĐND ngày 10 tháng 12 năm 2025"],
                "thong-bao-ket-luan" => ["BAN VĂN HÓA - XÃ HỘI", "Số: 12/TB-BVHXH", "Kết luận của Ban Văn hóa - Xã hội HĐND tỉnh",
                    "Ban Văn hóa - Xã hội HĐND tỉnh kết luận như sau", "TM. BAN VĂN HÓA - XÃ HỘI"],
                "ke-hoach-giam-sat" => ["Quyết định số 15/QĐ-BVHXH ngày 27 tháng 5 năm 2026 của Ban Văn hóa - Xã hội HĐND tỉnh", "- Thường trực HĐND tỉnh;",
                    "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 121/2025/QH15"],
                _ => [],
            }),
            new("doan", Year(2025), haNam, template => template switch
            {
                "quyet-dinh-thanh-lap-doan" => ["NGHỊ QUYẾT", "KHÓA XIX, KỲ HỌP THỨ 20", "QUYẾT NGHỊ:", "TM. HỘI ĐỒNG NHÂN DÂN", "Số: 20/NQ-HĐND",
                    "Luật Tổ chức chính quyền địa phương số 65/2025/QH15", "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015"],
                "thong-bao-ket-luan" => ["ĐOÀN GIÁM SÁT", "Số: 05/TB-ĐGS", "Kết luận của Đoàn giám sát", "Đoàn giám sát kết luận như sau", "TM. ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN"],
                "bao-cao-tinh-hinh-thuc-hien-kien-nghi" => ["THƯỜNG TRỰC HĐND", "Thường trực HĐND tỉnh báo cáo", "Chưa thực hiện (cơ quan chưa báo cáo): 3 kiến nghị",
                    "Đang thực hiện: 1 kiến nghị", "Trả lời gần nhất:", "Cơ quan báo cáo tiến độ thực hiện kiến nghị: Đã mở 2 lớp tập huấn cho 120 cán bộ cấp xã"],
                _ => [],
            }),
        ];

        static string[] HaNam(string template) => template switch
        {
            "quyet-dinh-thanh-lap-doan" => ["THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM", "TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đặng Thanh Sơn",
                "Nghị quyết số 45/NQ-HĐND ngày 08 tháng 12 năm 2023 của Hội đồng nhân dân tỉnh Hà Nam về Chương trình giám sát năm 2024",
                "Lãnh đạo Ban Văn hóa - Xã hội HĐND tỉnh – Thành viên", "Mời tham gia Đoàn giám sát:", "Đại diện lãnh đạo Sở Tài chính", "Điều 3."],
            "ke-hoach-giam-sat" => ["1. Mục đích", "2. Yêu cầu", "Cơ quan chịu giám sát báo cáo đầy đủ", "Quyết định số 112/QĐ-TTHĐND ngày 27 tháng 5 năm 2024"],
            "de-cuong-bao-cao" => ["(Kèm theo Kế hoạch số 01/KH-ĐGS ngày 05 tháng 6 năm 2024 của Đoàn giám sát)", "1. Số đối tượng bảo trợ xã hội tại cộng đồng",
                "2. Nguyên nhân khách quan, nguyên nhân chủ quan"],
            "thong-bao-lich-lam-viec" => ["Kế hoạch số 01/KH-ĐGS", "24/6/2024", "14 giờ 00"],
            "bien-ban-lam-viec" => ["Vào lúc 14 giờ 00, ngày 24 tháng 6 năm 2024", "kết thúc vào lúc 16 giờ 30 cùng ngày", "đọc lại", "nhất trí",
                "THƯ KÝ", "Trần Minh Đức", "ĐẠI DIỆN SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Nguyễn Văn Thành", "TRƯỞNG ĐOÀN", "Đặng Thanh Sơn"],
            "bao-cao-ket-qua-giam-sat" => ["Ngày 24 tháng 6 năm 2024, Đoàn làm việc với Sở Lao động - Thương binh và Xã hội.", "KN-2024-001-04"],
            "thong-bao-ket-luan" => ["THƯỜNG TRỰC HĐND", "Số: 86/TB-HĐND", "Kết luận của Thường trực HĐND tỉnh", "Thường trực HĐND tỉnh kết luận như sau",
                "TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH", "Đặng Thanh Sơn", "ngày 08 tháng 7 năm 2024"],
            "du-thao-nghi-quyet" => ["HỘI ĐỒNG NHÂN DÂN", "TỈNH HÀ NAM", "DỰ THẢO", "KHÓA XIX, KỲ HỌP THỨ 20", "QUYẾT NGHỊ:",
                "Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà Nam khóa XIX, kỳ họp thứ 20 thông qua", "TM. HỘI ĐỒNG NHÂN DÂN", "Đặng Thanh Sơn"],
            "van-ban-don-doc" => ["Kính gửi: Sở Lao động - Thương binh và Xã hội", "KN-2024-001-01", "đã quá hạn", "TM. THƯỜNG TRỰC HĐND", "Đặng Thanh Sơn"],
            "bao-cao-tinh-hinh-thuc-hien-kien-nghi" => ["Tổng số kiến nghị: 4; trong đó quá hạn: 4", "Chưa thực hiện (cơ quan chưa báo cáo): 4 kiến nghị",
                "KN-2024-001-03", "quá hạn", "TM. THƯỜNG TRỰC HĐND", "Đặng Thanh Sơn"],
            _ => [],
        };

        static string[] OldLaw(string template) => template is "quyet-dinh-thanh-lap-doan" or "ke-hoach-giam-sat" or "du-thao-nghi-quyet"
            ? ["Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"]
            : [];
    }

    /// <summary>The Hà Nam story told again: another year, body, numbers and title, and (for a Ban) another head.</summary>
    static string Variant(string story, string year, string body, string? unit, string decision, string conclusion, string concluder, string subject,
        params (string From, string To)[] people)
    {
        foreach (var (from, to) in people)
        {
            story = story.Replace(from, to, StringComparison.Ordinal);
        }

        var node = JsonNode.Parse(story.Replace("2024-", $"{year}-", StringComparison.Ordinal).Replace("\"2023-12-08\"", $"\"{int.Parse(year) - 1}-12-10\"", StringComparison.Ordinal))!;
        var programme = node["programme"]!;
        programme["title"] = $"Giám sát việc thực hiện chính sách trợ giúp xã hội đối với {subject} trên địa bàn tỉnh";
        programme["year"] = int.Parse(year);
        programme["body"] = body;
        programme["bodyUnit"] = unit;
        programme["origin"]!["year"] = int.Parse(year);
        node["delegation"]!["decisionNumber"] = decision;
        node["conclusion"]!["number"] = conclusion;
        node["conclusion"]!["remarks"] = $"{concluder} ghi nhận kết quả Sở Lao động - Thương binh và Xã hội đạt được và đề nghị Sở thực hiện các kiến nghị.";
        return node.ToJsonString();
    }

    /// <summary>One LibreOffice run converts every document (a private profile: conversions sharing one fail, and soffice exits 0 even then).</summary>
    static async Task ConvertToPdf(string folder, IEnumerable<string> documents) =>
        await Run("soffice", ["--headless", $"-env:UserInstallation=file://{folder}/profile", "--convert-to", "pdf", "--outdir", folder, .. documents]);

    /// <summary>U+2011 (the codes' non-breaking hyphen) read as the hyphen it prints.</summary>
    static string Normalise(string text) => text.Replace('\u2011', '-');

    /// <summary>Text with every run of white space one space, to find phrases a line break cut.</summary>
    static string Flat(string text) => Whitespace().Replace(text, " ");

    static async Task<string> Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start: run ./test, which installs it.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
        return await output + await error;
    }

    [GeneratedRegex(@"tháng 0[3-9]")]
    private static partial Regex LeadingZeroMonth();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[IVX]+\. [^a-zđ]+$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^Điều \d+\.")]
    private static partial Regex ArticleLabel();

    [GeneratedRegex(@"KN-\d*-?\d*-?\d*")]
    private static partial Regex Codes();

    [GeneratedRegex(@"^KN-\d{4}-\d{3}-\d{2,}$")]
    private static partial Regex WholeCode();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
