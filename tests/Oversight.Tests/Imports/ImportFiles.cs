using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Oversight.Imports;

namespace Oversight.Tests.Imports;

/// <summary>Import files made in the tests: workbooks as Excel writes them (shared strings, dates as serial numbers), and CSV.</summary>
public static class ImportFiles
{
    public static readonly string[] Headings = [.. ImportColumns.All.Select(info => info.Heading)];

    /// <summary>A line in the template's column order; a date is written as Excel stores it (a serial number of days).</summary>
    public static object?[] Line(string code, string programme = "GS-01", string agency = "Sở Tài chính", object? due = null, object? concluded = null,
        string? title = null, int year = 2023, string body = "Thường trực HĐND", string? unit = null, string number = "15/TB-HĐND", string? coAgencies = null,
        string? text = null) =>
        [programme, title ?? $"Giám sát chuyên đề {programme}", year, body, unit, number, concluded ?? new DateOnly(2023, 11, 20), code, agency, coAgencies,
            text ?? $"Kiến nghị {code}: rà soát và báo cáo kết quả.", due ?? new DateOnly(2024, 6, 30)];

    public static byte[] Workbook(IEnumerable<object?[]> lines, IReadOnlyList<string>? headings = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = new List<string>();
            var index = new Dictionary<string, int>();
            var data = new SheetData();
            uint row = 1;
            foreach (var values in lines.Prepend([.. headings ?? Headings]))
            {
                var cells = new Row { RowIndex = row };
                var column = 0;
                foreach (var value in values)
                {
                    var reference = $"{(char)('A' + column++)}{row}";
                    switch (value)
                    {
                        case null:
                            continue;
                        case int number:
                            cells.Append(new Cell { CellReference = reference, CellValue = new CellValue(number) });
                            break;
                        case DateOnly date:
                            cells.Append(new Cell { CellReference = reference, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate()) });
                            break;
                        default:
                            var text = value.ToString()!;
                            if (!index.TryGetValue(text, out var position))
                            {
                                position = index[text] = strings.Count;
                                strings.Add(text);
                            }

                            cells.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(position) });
                            break;
                    }
                }

                data.Append(cells);
                row++;
            }

            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable(strings.Select(text => new SharedStringItem(new Text(text))));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = ImportColumns.DataSheet });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>CSV in UTF-8; dates as dd/MM/yyyy.</summary>
    public static byte[] Csv(IEnumerable<object?[]> lines, bool byteOrderMark = true, char separator = ',')
    {
        var text = new StringBuilder();
        foreach (var values in lines.Prepend([.. Headings]))
        {
            text.AppendJoin(separator, values.Select(value => value switch
            {
                null => "",
                DateOnly date => date.ToString("dd/MM/yyyy"),
                _ => Quote(value.ToString()!, separator),
            })).Append("\r\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return byteOrderMark ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes;
    }

    static string Quote(string value, char separator) =>
        value.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
