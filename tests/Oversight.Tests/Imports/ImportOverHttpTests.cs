using System.Diagnostics;
using Alba;
using Marten;
using Oversight.Imports;
using Oversight.Programmes;
using Oversight.Recommendations;
using Oversight.Recommendations.Register;
using Oversight.Tests.Support;
using Xunit.Abstractions;

namespace Oversight.Tests.Imports;

/// <summary>Imports through <c>POST /api/imports</c>: a 5,000-line workbook, twice; previews with their errors; what imported recommendations then do.</summary>
public sealed class ImportOverHttpTests(AppFixture fixture, ITestOutputHelper output) : IntegrationContext(fixture)
{
    static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Five_thousand_lines_are_imported_once_and_the_same_file_again_creates_nothing()
    {
        var lines = Enumerable.Range(0, 5000).Select(index =>
        {
            var programme = index / 50;
            var year = 2023 + programme % 2;
            return ImportFiles.Line($"SO-{index:0000}", programme: $"CT-{programme:000}", agency: People.Agencies[index % 3].Name, year: year,
                concluded: new DateOnly(year, 3, 1).AddDays(programme), due: index % 10 == 0 ? Today.AddMonths(3) : new DateOnly(year + 1, 12, 31),
                number: $"{programme + 1}/TB-HĐND");
        });
        var file = ImportFiles.Workbook(lines);
        output.WriteLine($"workbook: {file.Length / 1024} KB");

        var watch = Stopwatch.StartNew();
        var preview = await (await Upload("/api/imports/preview", "so-theo-doi.xlsx", file, 200)).Read<ImportPreview>();
        output.WriteLine($"preview: {watch.Elapsed}");
        preview.ToCreate.ShouldBe(5000, string.Join(" ", preview.Rows.SelectMany(row => row.Errors).Take(5)));
        preview.NewProgrammes.ShouldBe(100);
        (await EventCount()).ShouldBe(0, "a preview writes nothing");

        watch.Restart();
        var result = await (await Upload("/api/imports", "so-theo-doi.xlsx", file, 200)).Read<ImportResult>();
        output.WriteLine($"import: {watch.Elapsed}");
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromMinutes(3));
        (result.Programmes, result.Recommendations, result.AlreadyImported).ShouldBe((100, 5000, 0));
        await using (var session = CouncilA())
        {
            (await session.Query<RegisterEntry>().CountAsync()).ShouldBe(5000);
            (await session.Query<Programme>().CountAsync(programme => programme.Status == ProgrammeStatus.FollowingUp)).ShouldBe(100);
        }

        var events = await EventCount();
        watch.Restart();
        var again = await (await Upload("/api/imports", "so-theo-doi.xlsx", file, 200)).Read<ImportResult>();
        output.WriteLine($"import again: {watch.Elapsed}");
        (again.Programmes, again.Recommendations, again.AlreadyImported).ShouldBe((0, 0, 5000));
        (await EventCount()).ShouldBe(events, "the same file again creates nothing");

        // An imported recommendation is followed up like any other: the agency answers, the council verifies.
        var id = ImportIds.Recommendation(People.CouncilA, "SO-0030");
        await using (var session = CouncilA())
        {
            var imported = (await session.LoadAsync<Recommendation>(id))!;
            imported.Code.ShouldBe("KN-2023-001-31");
            imported.DirectoryAgencyId.ShouldBe(People.AgencyId(People.CouncilA, People.AgencyA.Agency!));
        }

        (await Host.GetJson<System.Text.Json.JsonElement>($"/api/recommendations/{id}", People.AgencyA)).GetRawText().ShouldContain("KN-2023-001-31");
        await Host.Scenario(scenario =>
        {
            scenario.As(People.AgencyA);
            scenario.Post.MultipartFormData(new MultipartFormDataContent { { new StringContent("Đã chi trả đủ"), "text" },
                { new ByteArrayContent("%PDF bảng kê"u8.ToArray()), "files", "bang-ke.pdf" } }).ToUrl($"/api/recommendations/{id}/completion");
            scenario.StatusCodeShouldBe(204);
        });
        await Host.SendAs(People.SecretariatA, HttpMethod.Post, $"/api/recommendations/{id}/verification", new { verdict = "Resolved" }, 204);
        await using (var session = CouncilA())
        {
            (await session.LoadAsync<RegisterEntry>(id))!.Status.ShouldBe(RecommendationStatus.Resolved);
            var stream = await session.Events.FetchStreamAsync(id);
            stream[1].Data.ShouldBeOfType<RecommendationImported>().Source.ShouldBe(new ImportSource("so-theo-doi.xlsx", "SO-0030", 32));
        }
    }

    [Fact]
    public async Task A_preview_shows_every_error_and_an_import_with_errors_writes_nothing()
    {
        var broken = ImportFiles.Csv([
            ImportFiles.Line("KN-1", agency: "Sở Nội vụ"),
            ImportFiles.Line("KN-2", due: "31/02/2026"),
            ImportFiles.Line("KN-3", due: ""),
            ImportFiles.Line("KN-4"),
        ]);

        var preview = await (await Upload("/api/imports/preview", "kien-nghi.csv", broken, 200)).Read<ImportPreview>();
        (preview.Lines, preview.ToCreate, preview.WithErrors).ShouldBe((4, 1, 3));
        preview.Rows[0].Errors.Single().ShouldContain("Cơ quan “Sở Nội vụ” chưa có trong danh bạ");
        preview.Rows[1].Errors.Single().ShouldContain("“31/02/2026” không đọc được thành ngày");
        preview.Rows[2].Errors.Single().ShouldContain("Thiếu hạn thực hiện");
        preview.UnknownAgencies.Single().Name.ShouldBe("Sở Nội vụ");

        var refused = await Upload("/api/imports", "kien-nghi.csv", broken, 400);
        var problem = await refused.ReadVietnameseProblem(400);
        problem.GetProperty("detail").GetString().ShouldStartWith("Chưa nhập gì: 3 dòng có lỗi");
        (await EventCount()).ShouldBe(0);
        await Upload("/api/imports", "kien-nghi.csv", broken, 403, People.AgencyA);
        await Upload("/api/imports", "kien-nghi.csv", broken, 403, People.ViewerA);
        await Upload("/api/imports/preview", "kien-nghi.csv", broken, 403, People.MemberA);
        (await (await Upload("/api/imports", "kien-nghi.txt", broken, 400)).ReadVietnameseProblem(400)).GetProperty("detail").GetString()!
            .ShouldContain("không phải .xlsx hay .csv");

        // Fixed, and the unknown name picked from the directory.
        var fixedFile = ImportFiles.Csv([
            ImportFiles.Line("KN-1", agency: "Sở Nội vụ"),
            ImportFiles.Line("KN-2", due: "28/02/2026"),
            ImportFiles.Line("KN-3", due: "31/12/2026"),
            ImportFiles.Line("KN-4"),
        ]);
        var governor = People.AgencyId(People.CouncilA, "Ủy ban nhân dân tỉnh");
        var result = await (await Upload("/api/imports", "kien-nghi.csv", fixedFile, 200, null, ("choiceName", "Sở Nội vụ"), ("choiceAgencyId", governor.ToString())))
            .Read<ImportResult>();
        (result.Programmes, result.Recommendations).ShouldBe((1, 4));
        var recommendation = ImportIds.Recommendation(People.CouncilA, "KN-1");
        await using (var session = CouncilA())
        {
            (await session.LoadAsync<Recommendation>(recommendation))!.DirectoryAgencyId.ShouldBe(governor);
        }

        // A longer version of the file adds only its new line, to the programme imported before, numbered after its recommendations.
        var longer = ImportFiles.Csv([
            ImportFiles.Line("KN-1", agency: "Sở Nội vụ"),
            ImportFiles.Line("KN-2", due: "28/02/2026"),
            ImportFiles.Line("KN-3", due: "31/12/2026"),
            ImportFiles.Line("KN-4"),
            ImportFiles.Line("KN-5", agency: "STC"),
        ]);
        var added = await (await Upload("/api/imports", "kien-nghi-bo-sung.csv", longer, 200, null, ("choiceName", "Sở Nội vụ"),
            ("choiceAgencyId", governor.ToString()))).Read<ImportResult>();
        (added.Programmes, added.Recommendations, added.AlreadyImported).ShouldBe((0, 1, 4));
        await using (var session = CouncilA())
        {
            var fifth = (await session.LoadAsync<Recommendation>(ImportIds.Recommendation(People.CouncilA, "KN-5")))!;
            fifth.ProgrammeId.ShouldBe(ImportIds.Programme(People.CouncilA, "GS-01"));
            fifth.Code.ShouldEndWith("-05");
        }

        // An imported programme has no delegation, plan or report: its pages and its API still answer, and its history names the file.
        var programme = ImportIds.Programme(People.CouncilA, "GS-01");
        foreach (var url in new[] { "", "/doan", "/ke-hoach", "/lich", "/y-kien", "/bao-cao", "/kien-nghi", "/nhat-ky", "/cong-khai", "/van-ban/thong-bao-ket-luan.docx" }
                     .Select(tab => $"/cuoc-giam-sat/{programme}{tab}")
                     .Concat([$"/api/programmes/{programme}", $"/api/programmes/{programme}/timeline", $"/kien-nghi/{recommendation}", $"/api/recommendations/{recommendation}"]))
        {
            var page = await Host.Scenario(scenario =>
            {
                scenario.Get.Url(url);
                scenario.IgnoreStatusCode();
            });
            page.Context.Response.StatusCode.ShouldBe(200, url);
            if (url.EndsWith("/nhat-ky") || url.StartsWith("/kien-nghi/"))
            {
                (await page.ReadAsTextAsync()).ShouldContain("Nhập từ tệp “kien-nghi.csv”", customMessage: url);
            }
        }
    }

    [Fact]
    public async Task The_template_is_a_workbook_with_Vietnamese_headings()
    {
        var result = await Host.Scenario(scenario =>
        {
            scenario.Get.Url("/api/imports/template");
            scenario.StatusCodeShouldBeOk();
        });
        result.Context.Response.ContentType.ShouldBe(RegisterExport.XlsxType);
        var template = await result.ReadBytes();
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(template), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(sheet => sheet.Name!.Value).ToList();
        sheets.ShouldBe([ImportColumns.DataSheet, ImportColumns.GuideSheet]);
        document.WorkbookPart.WorksheetParts.First().Worksheet.InnerText.ShouldContain("Hạn thực hiện");
    }

    Task<IScenarioResult> Upload(string url, string fileName, byte[] content, int status, Person? person = null, params (string Name, string Value)[] fields) =>
        Host.Scenario(scenario =>
        {
            if (person is not null)
            {
                scenario.As(person);
            }

            var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
            foreach (var (name, value) in fields)
            {
                form.Add(new StringContent(value), name);
            }

            scenario.Post.MultipartFormData(form).ToUrl(url);
            scenario.StatusCodeShouldBe(status);
        });

    async Task<long> EventCount()
    {
        await using var session = CouncilA();
        return await session.Events.QueryAllRawEvents().CountAsync();
    }
}
