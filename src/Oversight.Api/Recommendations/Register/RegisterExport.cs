using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Oversight.Common;

namespace Oversight.Recommendations.Register;

/// <summary>The register as a spreadsheet (one header row, one row per recommendation) or as CSV that Excel opens in UTF-8.</summary>
public static class RegisterExport
{
    static readonly string[] headings = ["Mã", "Cuộc giám sát", "Năm", "Cơ quan", "Nội dung kiến nghị", "Ngày ban hành", "Hạn", "Trạng thái", "Quá hạn (ngày)"];

    static IEnumerable<string[]> Lines(IReadOnlyList<RegisterRow> rows) =>
        rows.Select(row => new[]
        {
            row.Code, row.ProgrammeTitle, row.Year.ToString(), row.AgencyName, row.Text, VietnamTime.Format(row.IssuedOn), VietnamTime.Format(row.DueDate),
            row.StatusLabel, row.Overdue ? row.DaysOverdue.ToString() : "",
        });

    public static byte[] Csv(IReadOnlyList<RegisterRow> rows)
    {
        var text = new StringBuilder();
        foreach (var line in Lines(rows).Prepend(headings))
        {
            text.AppendJoin(',', line.Select(Quote)).Append("\r\n");
        }

        // The byte order mark tells Excel the file is UTF-8, or Vietnamese letters come out garbled.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    static string Quote(string value)
    {
        // A cell starting with = + - @ would run as a formula in a spreadsheet: keep it text.
        var safe = value.Length > 0 && "=+-@".Contains(value[0]) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Xlsx(IReadOnlyList<RegisterRow> rows) => Workbook(("Kiến nghị", [.. Lines(rows).Prepend(headings)]));

    /// <summary>A workbook of named sheets, a row per array: numbers as numbers (Excel sums them), everything else as text.</summary>
    public static byte[] Workbook(params (string Name, IReadOnlyList<object?[]> Rows)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var (name, rows) in sheets)
            {
                var sheetPart = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint index = 1;
                foreach (var line in rows)
                {
                    var row = new Row { RowIndex = index++ };
                    row.Append(line.Select(value => value switch
                    {
                        int or double or decimal => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToDecimal(value)) },
                        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value?.ToString() ?? "")) },
                    }));
                    data.Append(row);
                }

                sheetPart.Worksheet = new Worksheet(data);
                list.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = sheetId++, Name = name });
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }
}
