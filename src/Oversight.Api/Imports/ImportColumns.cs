using Oversight.Common;
using Oversight.CouncilDirectory;
using Oversight.Recommendations.Register;

namespace Oversight.Imports;

public enum ImportColumn
{
    [Label("Mã cuộc giám sát")]
    ProgrammeCode,
    [Label("Tên cuộc giám sát")]
    ProgrammeTitle,
    [Label("Năm")]
    Year,
    [Label("Chủ thể giám sát")]
    Body,
    [Label("Ban hoặc Tổ đại biểu")]
    BodyUnit,
    [Label("Số kết luận")]
    ConclusionNumber,
    [Label("Ngày kết luận")]
    ConclusionDate,
    [Label("Mã kiến nghị")]
    Code,
    [Label("Cơ quan thực hiện")]
    Agency,
    [Label("Cơ quan phối hợp")]
    CoAgencies,
    [Label("Nội dung kiến nghị")]
    Text,
    [Label("Hạn thực hiện")]
    DueDate,
}

/// <summary>A column of the import file: its Vietnamese heading, whether every line must fill it, and what the guide sheet says of it.</summary>
public sealed record ImportColumnInfo(ImportColumn Column, bool Required, string Guide, string Example)
{
    /// <summary>The heading, as the template writes it: the column's label.</summary>
    public string Heading => Labels.Of(Column);
}

/// <summary>
/// The columns of an import file, one line per recommendation; the programme's columns repeat on each of its lines
/// (lines with the same programme code are one programme). Headings are found by name, ignoring case, diacritics
/// and order, so a clerk's own workbook with these headings reads as well as the template.
/// </summary>
public static class ImportColumns
{
    public const string DataSheet = "Kiến nghị";
    public const string GuideSheet = "Hướng dẫn";

    public static readonly IReadOnlyList<ImportColumnInfo> All =
    [
        new(ImportColumn.ProgrammeCode, true,
            "Mã của cuộc giám sát trong sổ sách cũ; các dòng cùng mã là một cuộc giám sát. Nhập lại cùng mã không tạo cuộc giám sát mới.", "GS-2023-05"),
        new(ImportColumn.ProgrammeTitle, true, "Tên chuyên đề giám sát (tối đa 500 ký tự).",
            "Giám sát việc thực hiện chính sách trợ giúp xã hội"),
        new(ImportColumn.Year, true, "Năm của cuộc giám sát (từ 2000 đến 2100).", "2023"),
        new(ImportColumn.Body, true, "Một trong: HĐND; Thường trực HĐND; Ban của HĐND; Tổ đại biểu HĐND.", "Thường trực HĐND"),
        new(ImportColumn.BodyUnit, false,
            "Với Ban của HĐND: tên Ban như trong danh bạ; với Tổ đại biểu: tên Tổ. Để trống với HĐND, Thường trực HĐND.", ""),
        new(ImportColumn.ConclusionNumber, true, "Số, ký hiệu văn bản kết luận giám sát.", "15/TB-HĐND"),
        new(ImportColumn.ConclusionDate, true, "Ngày ban hành kết luận, dạng dd/mm/yyyy hoặc ô ngày của Excel; không sau hôm nay.", "20/11/2023"),
        new(ImportColumn.Code, true,
            "Mã của kiến nghị trong sổ sách cũ, không trùng nhau. Nhập lại cùng mã không tạo kiến nghị mới; kiến nghị được cấp mã mới theo cuộc giám sát.",
            "GS-2023-05-01"),
        new(ImportColumn.Agency, true, "Cơ quan nhận kiến nghị: tên, tên viết tắt hoặc tên gọi khác có trong danh bạ.",
            "Sở Lao động - Thương binh và Xã hội"),
        new(ImportColumn.CoAgencies, false, "Các cơ quan phối hợp trong danh bạ, cách nhau bằng dấu chấm phẩy (;).", "Sở Tài chính"),
        new(ImportColumn.Text, true, "Nội dung kiến nghị (tối đa 10.000 ký tự).", "Rà soát, chi trả đầy đủ trợ cấp xã hội cho các đối tượng."),
        new(ImportColumn.DueDate, true, "Hạn cơ quan phải thực hiện xong, dạng dd/mm/yyyy hoặc ô ngày của Excel; không trước ngày kết luận.",
            "30/06/2024"),
    ];

    public static ImportColumnInfo Of(ImportColumn column) => All[(int)column];

    public static string Heading(ImportColumn column) => Of(column).Heading;

    /// <summary>The column a heading names, if any ("Hạn thực hiện", "han thuc hien *", "HẠN THỰC HIỆN").</summary>
    public static ImportColumn? Named(string? heading)
    {
        var key = DirectoryNames.Key(heading ?? "");
        return All.FirstOrDefault(info => DirectoryNames.Key(info.Heading) == key)?.Column;
    }

    /// <summary>The template: the data sheet with only its headings (nothing to delete before filling), and a sheet that explains each column.</summary>
    public static byte[] Template() => RegisterExport.Workbook(
        (DataSheet, [All.Select(info => (object?)info.Heading).ToArray()]),
        (GuideSheet, [
            ["Cột", "Bắt buộc", "Cách ghi", "Ví dụ"],
            .. All.Select(info => new object?[] { info.Heading, info.Required ? "Có" : "Không", info.Guide, info.Example }),
            [],
            ["Mỗi dòng của trang “Kiến nghị” là một kiến nghị; các cột của cuộc giám sát ghi lại ở mọi dòng của nó."],
            ["Tải tệp lên trang Nhập dữ liệu: phần mềm cho xem trước từng dòng sẽ tạo gì và mọi lỗi; chỉ khi xác nhận mới ghi vào."],
            [$"Tối đa {ImportFile.MaxRows:N0} dòng, tệp không quá {ImportFile.MaxBytes / 1024 / 1024} MB. Có thể dùng tệp CSV (UTF-8) với cùng tên cột.".Replace(',', '.')],
        ]));
}
