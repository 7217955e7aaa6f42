using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Oversight.Common;
using Oversight.CouncilDirectory;

namespace Oversight.Imports;

/// <summary>One line of the file (its number as the spreadsheet shows it) with the text of each column found.</summary>
public sealed record ImportLine(int Row, IReadOnlyDictionary<ImportColumn, string> Cells)
{
    public string? this[ImportColumn column] => Cells.TryGetValue(column, out var text) && text.Length > 0 ? text : null;
}

/// <summary>The lines of an uploaded file, read within bounds, before anything is checked against the council's data.</summary>
public sealed record ImportTable(string FileName, IReadOnlyList<ImportLine> Lines);

/// <summary>
/// Reads an uploaded .xlsx (SpreadsheetML) or .csv (UTF-8, with or without BOM) as hostile: the size first, then for a
/// workbook the zip's entries (how many, how far each inflates, counted while inflating since a zip's own sizes may
/// lie, and how far beyond its compressed size), and its XML parts streamed (no DTD, nesting at most 64 deep), then the
/// parts with the Open XML SDK under a character limit, one row at a time; at most <see cref="MaxRows"/> lines. Whatever cannot be read is refused with a Vietnamese
/// message, never a server error.
/// </summary>
public static class ImportFile
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxRows = 10_000;
    public const int MaxCellLength = 20_000;
    const int MaxColumns = 100;
    const int MaxEntries = 200;
    const long MaxEntryBytes = 64 * 1024 * 1024;
    const long MaxTotalBytes = 128 * 1024 * 1024;
    const int MaxRatio = 200;
    const long RatioFloor = 1024 * 1024;
    const int MaxDepth = 64;

    static readonly XmlReaderSettings xmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxEntryBytes,
        MaxCharactersFromEntities = 1024,
    };

    public static Refusal Unreadable(string detail) => Refusal.Invalid("file", detail);

    public static string Limits => $"tệp .xlsx hoặc .csv không quá {MaxBytes / 1024 / 1024} MB";

    public static ImportTable Read(string? fileName, byte[] content, CancellationToken cancellation = default)
    {
        var name = Path.GetFileName(Bidi.Strip(fileName ?? "")).Trim();
        if (content.Length is 0 or > MaxBytes)
        {
            throw Unreadable($"Hãy chọn một {Limits}.");
        }

        var rows = name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? Csv(content)
            : name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? Workbook(content, cancellation)
            : throw Unreadable($"Tệp “{name}” không phải .xlsx hay .csv: hãy dùng tệp mẫu, hoặc lưu bảng tính dưới dạng Excel (.xlsx) hay CSV UTF-8.");
        return Table(name, rows);
    }

    /// <summary>The first non-empty row holds the headings; every later non-empty row is a line.</summary>
    static ImportTable Table(string name, IEnumerable<(int Row, IReadOnlyList<string> Cells)> rows)
    {
        Dictionary<int, ImportColumn>? columns = null;
        var lines = new List<ImportLine>();
        foreach (var (row, cells) in rows)
        {
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (columns is null)
            {
                columns = Headings(cells);
                continue;
            }

            if (lines.Count == MaxRows)
            {
                throw Unreadable($"Tệp có hơn {MaxRows:N0} dòng kiến nghị; hãy chia thành nhiều tệp.".Replace(',', '.'));
            }

            lines.Add(new ImportLine(row, columns.Where(column => column.Key < cells.Count)
                .ToDictionary(column => column.Value, column => cells[column.Key].Trim())));
        }

        if (columns is null || lines.Count == 0)
        {
            throw Unreadable("Tệp không có dòng kiến nghị nào: dòng đầu là tên các cột (như tệp mẫu), mỗi dòng sau là một kiến nghị.");
        }

        return new ImportTable(name, lines);
    }

    static Dictionary<int, ImportColumn> Headings(IReadOnlyList<string> cells)
    {
        var columns = new Dictionary<int, ImportColumn>();
        for (var index = 0; index < cells.Count; index++)
        {
            if (ImportColumns.Named(cells[index]) is { } column)
            {
                if (columns.ContainsValue(column))
                {
                    throw Unreadable($"Cột “{ImportColumns.Heading(column)}” có hai lần ở dòng tên cột.");
                }

                columns[index] = column;
            }
        }

        var missing = ImportColumns.All.Where(info => info.Required && !columns.ContainsValue(info.Column)).Select(info => $"“{info.Heading}”").ToList();
        if (missing.Count > 0)
        {
            throw Unreadable($"Dòng đầu của tệp thiếu cột {string.Join(", ", missing)}: hãy dùng tên cột như tệp mẫu.");
        }

        return columns;
    }

    // CSV (RFC 4180): fields separated by commas (or semicolons, as some spreadsheets save), quoted when they hold one.
    static IEnumerable<(int, IReadOnlyList<string>)> Csv(byte[] content)
    {
        string text;
        try
        {
            var start = content.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()) ? 3 : 0;
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content, start, content.Length - start);
        }
        catch (DecoderFallbackException)
        {
            throw Unreadable("Tệp CSV không phải UTF-8: hãy lưu lại bằng “CSV UTF-8” (Excel) hoặc dùng tệp .xlsx.");
        }

        var newline = text.IndexOf('\n');
        var firstLine = newline < 0 ? text : text[..newline];
        var separator = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var rows = new List<(int, IReadOnlyList<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var row = 1;
        var startRow = 1;
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            if (quoted)
            {
                if (c == '"' && index + 1 < text.Length && text[index + 1] == '"')
                {
                    cell.Append('"');
                    index++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    row += c == '\n' ? 1 : 0;
                    Append(cell, c, startRow);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                AddCell(cells, cell, startRow);
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && index + 1 < text.Length && text[index + 1] == '\n')
                {
                    index++;
                }

                AddCell(cells, cell, startRow);
                AddRow(rows, cells, startRow);
                cells = [];
                row++;
                startRow = row;
            }
            else
            {
                Append(cell, c, startRow);
            }
        }

        if (quoted)
        {
            throw Unreadable($"Tệp CSV có dấu ngoặc kép mở ở dòng {startRow} mà không đóng.");
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            AddCell(cells, cell, startRow);
            AddRow(rows, cells, startRow);
        }

        return rows;
    }

    static void Append(StringBuilder cell, char c, int row)
    {
        if (cell.Length >= MaxCellLength)
        {
            throw Unreadable($"Dòng {row} có ô dài quá {MaxCellLength:N0} ký tự.".Replace(',', '.'));
        }

        cell.Append(c);
    }

    static void AddCell(List<string> cells, StringBuilder cell, int row)
    {
        if (cells.Count == MaxColumns)
        {
            throw Unreadable($"Dòng {row} có hơn {MaxColumns} cột.");
        }

        cells.Add(cell.ToString());
        cell.Clear();
    }

    static void AddRow(List<(int, IReadOnlyList<string>)> rows, List<string> cells, int row)
    {
        if (rows.Count > MaxRows + 1 && cells.Any(text => text.Length > 0))
        {
            throw Unreadable($"Tệp có hơn {MaxRows:N0} dòng kiến nghị; hãy chia thành nhiều tệp.".Replace(',', '.'));
        }

        rows.Add((row, cells));
    }

    static Refusal NotWorkbook() =>
        Unreadable("Tệp không phải bảng tính Excel (.xlsx) hợp lệ: hãy mở bằng Excel và lưu lại dạng “Excel Workbook (.xlsx)”, hoặc dùng tệp mẫu.");

    static List<(int, IReadOnlyList<string>)> Workbook(byte[] content, CancellationToken cancellation)
    {
        Inspect(content, cancellation);
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), false,
                new OpenSettings { MaxCharactersInPart = MaxTotalBytes / 2 });
            var workbook = document.WorkbookPart ?? throw NotWorkbook();
            var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var sheet = sheets.FirstOrDefault(sheet => DirectoryNames.Key(sheet.Name?.Value ?? "") == DirectoryNames.Key(ImportColumns.DataSheet))
                ?? sheets.FirstOrDefault() ?? throw NotWorkbook();
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                throw NotWorkbook();
            }

            var shared = SharedStrings(workbook, cancellation);
            return Rows(part, shared, cancellation);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or XmlException or FormatException
                                              or InvalidOperationException or IOException or ArgumentException or KeyNotFoundException or OverflowException)
        {
            throw NotWorkbook();
        }
    }

    static List<string> SharedStrings(WorkbookPart workbook, CancellationToken cancellation)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                cancellation.ThrowIfCancellationRequested();
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                // The text and its rich-text runs, without the phonetic guide (rPh) some spreadsheets add.
                strings.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(run => run.Text?.Text)));
            }
        }

        return strings;
    }

    static List<(int, IReadOnlyList<string>)> Rows(WorksheetPart part, List<string> shared, CancellationToken cancellation)
    {
        var rows = new List<(int, IReadOnlyList<string>)>();
        var last = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            cancellation.ThrowIfCancellationRequested();
            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index and > 0 and <= 1_048_576 ? (int)index : last + 1;
            last = number;
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : cells.Count;
                if (column >= MaxColumns)
                {
                    continue;
                }

                while (cells.Count < column)
                {
                    cells.Add("");
                }

                var text = Value(cell, shared);
                if (text.Length > MaxCellLength)
                {
                    throw Unreadable($"Dòng {number} có ô dài quá {MaxCellLength:N0} ký tự.".Replace(',', '.'));
                }

                if (column < cells.Count)
                {
                    cells[column] = text;
                }
                else
                {
                    cells.Add(text);
                }
            }

            if (cells.Any(text => text.Length > 0) && rows.Count > MaxRows)
            {
                throw Unreadable($"Tệp có hơn {MaxRows:N0} dòng kiến nghị; hãy chia thành nhiều tệp.".Replace(',', '.'));
            }

            rows.Add((number, cells));
        }

        return rows;
    }

    static string Value(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value is { } type)
        {
            if (type == CellValues.SharedString)
            {
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count ? shared[index] : "";
            }

            if (type == CellValues.InlineString)
            {
                return cell.InlineString?.Text?.Text ?? string.Concat(cell.InlineString?.Elements<Run>().Select(run => run.Text?.Text) ?? []);
            }
        }

        return raw;
    }

    /// <summary>"C12" is column 2 (A is 0).</summary>
    static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = column * 26 + (c - 'A' + 1);
                if (column > MaxColumns)
                {
                    return MaxColumns;
                }
            }
            else
            {
                break;
            }
        }

        return column - 1;
    }

    /// <summary>The zip's bounds, counted while inflating every entry, before the SDK opens it.</summary>
    static void Inspect(byte[] content, CancellationToken cancellation)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw NotWorkbook();
        }

        using (archive)
        {
            if (archive.Entries.Count > MaxEntries)
            {
                throw NotWorkbook();
            }

            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                cancellation.ThrowIfCancellationRequested();
                long inflated = 0;
                try
                {
                    using var stream = entry.Open();
                    while (stream.Read(buffer) is var read and > 0)
                    {
                        inflated += read;
                        total += read;
                        if (inflated > MaxEntryBytes || total > MaxTotalBytes || (inflated > RatioFloor && inflated > MaxRatio * Math.Max(1, entry.CompressedLength)))
                        {
                            throw Unreadable("Tệp nén bất thường (giải nén ra quá lớn): phần mềm không mở tệp này. Hãy lưu lại bảng tính bằng Excel rồi tải lên.");
                        }
                    }
                }
                catch (Exception exception) when (exception is InvalidDataException or NotSupportedException or IOException)
                {
                    throw NotWorkbook();
                }
            }

            // Then every XML part, streamed: no DTD, and no nesting deep enough to exhaust the stack of whatever builds elements from it.
            foreach (var entry in archive.Entries.Where(entry => entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                                                                 || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
            {
                try
                {
                    using var reader = XmlReader.Create(entry.Open(), xmlSettings);
                    while (reader.Read())
                    {
                        if (reader.Depth > MaxDepth)
                        {
                            throw NotWorkbook();
                        }
                    }
                }
                catch (Exception exception) when (exception is XmlException or InvalidDataException or NotSupportedException or IOException)
                {
                    throw NotWorkbook();
                }
            }
        }
    }
}
