using System.IO.Compression;
using System.Text;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory;
using Oversight.Imports;
using Oversight.Programmes;
using Oversight.Recommendations;

namespace Oversight.Tests.Imports;

/// <summary>Reading import files and planning them, without a database.</summary>
public sealed class ImportPlanTests
{
    const string Council = "tinh-a";
    static readonly DateOnly today = new(2025, 3, 10);
    static readonly Actor secretariat = new(Guid.NewGuid(), "vanphong.a", "Văn phòng", Role.Secretariat, Council, null);
    static readonly Agency labour = new() { Id = Guid.NewGuid(), Name = "Sở Lao động - Thương binh và Xã hội", ShortName = "Sở LĐ-TB&XH" };
    static readonly Agency finance = new() { Id = Guid.NewGuid(), Name = "Sở Tài chính", ShortName = "STC" };

    static ImportContext Context(IReadOnlySet<Guid>? imported = null, IReadOnlyDictionary<int, int>? lastNumbers = null) =>
        new(Council, [labour, finance], [], new Dictionary<Guid, Programme>(), imported ?? new HashSet<Guid>(), new Dictionary<Guid, int>(),
            lastNumbers ?? new Dictionary<int, int>());

    static ImportPlan Plan(byte[] file, string name = "kien-nghi.xlsx", IReadOnlyList<AgencyChoice>? choices = null, ImportContext? context = null) =>
        ImportPlanner.Plan(ImportFile.Read(name, file), context ?? Context(), choices, today, secretariat);

    [Fact]
    public void A_workbook_as_Excel_writes_it_reads_with_shared_strings_and_dates_as_serial_numbers()
    {
        var plan = Plan(ImportFiles.Workbook([
            ImportFiles.Line("KN-1", agency: "Sở LĐ-TB&XH"),
            ImportFiles.Line("KN-2", due: "31/12/2024", coAgencies: "Sở LĐ-TB&XH"),
            ImportFiles.Line("KN-3", programme: "GS-02", due: "2024-09-15", concluded: "05/01/2024", year: 2024),
        ]));

        plan.Preview.Rows.ShouldAllBe(row => row.Action == LineAction.Create, string.Join(" ", plan.Preview.Rows.SelectMany(row => row.Errors)));
        plan.Preview.Rows.Select(row => row.Row).ShouldBe([2, 3, 4]);
        plan.Preview.Rows.Select(row => row.DueDate).ShouldBe([new DateOnly(2024, 6, 30), new DateOnly(2024, 12, 31), new DateOnly(2024, 9, 15)]);
        plan.Programmes.Count.ShouldBe(2);
        var first = plan.Programmes[0];
        first.Fields.ConclusionDate.ShouldBe(new DateOnly(2023, 11, 20));
        first.Fields.Body.ShouldBe(OverseeingBody.StandingCommittee);
        first.Agencies.Select(agency => agency.Id).ShouldBe([labour.Id, finance.Id]);
        first.Recommendations[1].CoAgencies.Single().ShouldBe(labour);
    }

    [Theory]
    [InlineData(true, ',')]
    [InlineData(false, ',')]
    [InlineData(true, ';')]
    public void Csv_in_utf8_reads_with_or_without_a_byte_order_mark_and_quoted_fields(bool byteOrderMark, char separator)
    {
        var plan = Plan(ImportFiles.Csv([
            ImportFiles.Line("KN-1", text: "Kiến nghị có dấu phẩy, dấu chấm phẩy; \"ngoặc kép\"\nvà xuống dòng"),
            ImportFiles.Line("KN-2", agency: "sở tài chính"),
        ], byteOrderMark, separator), "kien-nghi.csv");

        plan.Preview.ToCreate.ShouldBe(2, string.Join(" ", plan.Preview.Rows.SelectMany(row => row.Errors)));
        plan.Programmes.Single().Recommendations[0].Text.ShouldBe("Kiến nghị có dấu phẩy, dấu chấm phẩy; \"ngoặc kép\"\nvà xuống dòng");
        plan.Preview.Rows.Select(row => row.Row).ShouldBe([2, 4]);
    }

    [Fact]
    public void Every_error_is_said_in_Vietnamese_on_its_line_and_an_unknown_agency_waits_for_a_pick()
    {
        var plan = Plan(ImportFiles.Workbook([
            ImportFiles.Line("KN-1", agency: "Sở Nội vụ"),
            ImportFiles.Line("KN-2", due: "31/02/2024"),
            ImportFiles.Line("KN-3", due: ""),
            ImportFiles.Line("KN-4", programme: "GS-02", concluded: "20/11/2030", year: 2030),
            ImportFiles.Line("KN-1"),
            ImportFiles.Line("KN-6", title: "Tên khác"),
            ImportFiles.Line("KN-7", body: "Ban của HĐND", programme: "GS-03", unit: "Ban Pháp chế"),
            ImportFiles.Line("KN-8", due: new DateOnly(2023, 1, 1)),
        ]));

        var errors = plan.Preview.Rows.ToDictionary(row => row.Row, row => string.Join(" ", row.Errors));
        plan.Preview.Rows.ShouldAllBe(row => row.Action == LineAction.Error);
        errors[2].ShouldContain("Cơ quan “Sở Nội vụ” chưa có trong danh bạ");
        errors[3].ShouldContain("Hạn thực hiện “31/02/2024” không đọc được thành ngày");
        errors[4].ShouldContain("Thiếu hạn thực hiện");
        errors[5].ShouldContain("không được sau hôm nay (10/03/2025)");
        errors[6].ShouldContain("Mã kiến nghị “KN-1” trùng với dòng 2");
        errors[7].ShouldContain("Tên cuộc giám sát khác với dòng 2");
        errors[8].ShouldContain("Danh bạ chưa có Ban “Ban Pháp chế”");
        errors[9].ShouldContain("trước ngày kết luận (20/11/2023)");
        var unknown = plan.Preview.UnknownAgencies.Single();
        unknown.Name.ShouldBe("Sở Nội vụ");
        unknown.Rows.ShouldBe([2]);
        unknown.Candidates.ShouldBeEmpty();
        plan.Preview.CanImport.ShouldBeFalse();
        Should.Throw<Refusal>(() => ImportRecordsHandler.Decide(ImportFile.Read("kien-nghi.xlsx", ImportFiles.Workbook([ImportFiles.Line("KN-1", agency: "Sở Nội vụ")])),
            Context(), null, today, secretariat)).Status.ShouldBe(400);
    }

    [Fact]
    public void An_agency_picked_from_the_directory_stands_for_the_unknown_name()
    {
        var file = ImportFiles.Workbook([ImportFiles.Line("KN-1", agency: "Sở LĐTBXH tỉnh"), ImportFiles.Line("KN-2", agency: "sở lđtbxh TỈNH")]);

        var plan = Plan(file, choices: [new AgencyChoice("Sở LĐTBXH tỉnh", labour.Id)]);

        plan.Preview.ToCreate.ShouldBe(2);
        plan.Programmes.Single().Recommendations.ShouldAllBe(recommendation => recommendation.Agency == labour);
        Plan(file, choices: [new AgencyChoice("Sở LĐTBXH tỉnh", Guid.NewGuid())]).Preview.Rows[0].Errors.Single()
            .ShouldContain("không có trong danh bạ của HĐND này");
    }

    [Fact]
    public void A_new_programme_is_concluded_and_followed_up_with_the_import_as_reason_and_each_record_marked_with_its_source()
    {
        var table = ImportFile.Read("so-theo-doi.xlsx", ImportFiles.Workbook([ImportFiles.Line("A-1"), ImportFiles.Line("A-2", agency: "Sở LĐ-TB&XH")]));

        var decision = ImportRecordsHandler.Decide(table, Context(lastNumbers: new Dictionary<int, int> { [2023] = 4 }), null, today, secretariat);

        var (programmeId, _, events) = decision.Streams[0];
        programmeId.ShouldBe(ImportIds.Programme(Council, "gs-01"));
        var created = events[0].ShouldBeOfType<ProgrammeCreated>();
        created.Number.ShouldBe(5);
        created.Agencies.Select(agency => agency.DirectoryId).ShouldBe([finance.Id, labour.Id]);
        events[1].ShouldBeOfType<ProgrammeImported>().Source.ShouldBe(new ImportSource("so-theo-doi.xlsx", "GS-01", 2));
        var conclusion = events[2].ShouldBeOfType<ConclusionIssued>();
        conclusion.IssuedOn.ShouldBe(new DateOnly(2023, 11, 20));
        conclusion.DateReason.ShouldBe("Nhập từ tệp “so-theo-doi.xlsx” (hồ sơ đã có trước khi dùng phần mềm).");
        events[3].ShouldBeOfType<FollowUpStarted>();
        var issued = decision.Streams[2].Events[0].ShouldBeOfType<RecommendationIssued>();
        issued.Code.ShouldBe("KN-2023-005-02");
        issued.DirectoryAgencyId.ShouldBe(labour.Id);
        decision.Streams[2].Events[1].ShouldBeOfType<RecommendationImported>().Source.ShouldBe(new ImportSource("so-theo-doi.xlsx", "A-2", 3));
        decision.LastNumbers[2023].ShouldBe(5);
        decision.DueDates.Count.ShouldBe(2);
    }

    [Fact]
    public void Codes_imported_before_are_skipped_so_the_same_file_twice_creates_nothing_new()
    {
        var table = ImportFile.Read("kien-nghi.xlsx", ImportFiles.Workbook([ImportFiles.Line("KN-1"), ImportFiles.Line("KN-2")]));
        var imported = new HashSet<Guid> { ImportIds.Recommendation(Council, "KN-1"), ImportIds.Recommendation(Council, "kn-2 ") };

        var decision = ImportRecordsHandler.Decide(table, Context(imported), null, today, secretariat);

        decision.Streams.ShouldBeEmpty();
        decision.Result.AlreadyImported.ShouldBe(2);
        ImportIds.Recommendation("tinh-b", "KN-1").ShouldNotBe(ImportIds.Recommendation(Council, "KN-1"));
    }

    [Fact]
    public void The_template_has_every_heading_and_no_line_to_delete()
    {
        var refusal = Should.Throw<Refusal>(() => ImportFile.Read(ImportEndpoints.TemplateName, ImportColumns.Template()));
        refusal.Message.ShouldStartWith("Tệp không có dòng kiến nghị nào");
    }

    [Fact]
    public void Hostile_or_wrong_files_are_refused_with_a_reason()
    {
        string Refused(string name, byte[] content) => Should.Throw<Refusal>(() => ImportFile.Read(name, content)).Message;

        Refused("kien-nghi.xlsx", "không phải zip"u8.ToArray()).ShouldContain("không phải bảng tính Excel (.xlsx) hợp lệ");
        Refused("kien-nghi.xls", [1, 2, 3]).ShouldContain("không phải .xlsx hay .csv");
        Refused("kien-nghi.csv", [0xC3, 0x28, 0x41]).ShouldContain("không phải UTF-8");
        Refused("kien-nghi.csv", new byte[ImportFile.MaxBytes + 1]).ShouldContain("không quá 10 MB");
        Refused("kien-nghi.csv", Encoding.UTF8.GetBytes("Mã kiến nghị,Nội dung\r\nA,B\r\n")).ShouldContain("thiếu cột “Mã cuộc giám sát”");
        Refused("kien-nghi.csv", ImportFiles.Csv(Enumerable.Range(1, ImportFile.MaxRows + 1).Select(index => ImportFiles.Line($"KN-{index}"))))
            .ShouldContain("hơn 10.000 dòng");

        // A part that inflates to 100 MB of zeros from about 100 KB.
        using var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var index = 0; index < 100; index++)
            {
                entry.Write(zeros);
            }
        }

        bomb.Length.ShouldBeLessThan(ImportFile.MaxBytes);
        Refused("bom.xlsx", bomb.ToArray()).ShouldContain("giải nén ra quá lớn");

        // Entities that expand a billion times (a DTD) are never processed; the same sheet without them reads.
        ImportFile.Read("kien-nghi.xlsx", WithSheet(ImportFiles.Workbook([ImportFiles.Line("KN-1")]), xml => xml)).Lines.Count.ShouldBe(1);
        Refused("thuc-the.xlsx", WithSheet(ImportFiles.Workbook([ImportFiles.Line("KN-1")]), xml => xml.Replace("<x:worksheet",
            "<!DOCTYPE x:worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><x:worksheet"))).ShouldContain("không phải bảng tính Excel (.xlsx) hợp lệ");
    }

    [Fact]
    public void A_sheet_nested_deep_enough_to_exhaust_a_stack_is_refused_before_anything_builds_elements_from_it()
    {
        var deep = string.Concat(Enumerable.Repeat("<x:r>", 100_000)) + string.Concat(Enumerable.Repeat("</x:r>", 100_000));
        var workbook = WithSheet(ImportFiles.Workbook([ImportFiles.Line("KN-1")]), xml => xml.Replace("<x:sheetData>", $"<x:sheetData><x:row r=\"9\">{deep}</x:row>"));
        workbook.Length.ShouldBeLessThan(ImportFile.MaxBytes);
        Should.Throw<Refusal>(() => ImportFile.Read("sau.xlsx", workbook)).Message.ShouldContain("không phải bảng tính Excel (.xlsx) hợp lệ");
    }

    /// <summary>The workbook with its sheet's XML changed.</summary>
    static byte[] WithSheet(byte[] workbook, Func<string, string> change)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.Single(entry => entry.FullName.Contains("worksheets/"));
            var name = entry.FullName;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            xml.ShouldContain("<x:worksheet");
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(change(xml));
        }

        return stream.ToArray();
    }

    [Theory]
    [InlineData("20/11/2023", 2023, 11, 20)]
    [InlineData("1/2/2024", 2024, 2, 1)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("45250", 2023, 11, 20)]
    [InlineData("45250.5", 2023, 11, 20)]
    public void Dates_read_as_clerks_write_them(string text, int year, int month, int day) =>
        ImportPlanner.ReadDate(text).ShouldBe(new DateOnly(year, month, day));

    [Theory]
    [InlineData("31/02/2024")]
    [InlineData("20/11/23")]
    [InlineData("2023")]
    [InlineData("ngày 20 tháng 11")]
    public void Dates_that_do_not_read_are_not_guessed(string text) => ImportPlanner.ReadDate(text).ShouldBeNull();
}
