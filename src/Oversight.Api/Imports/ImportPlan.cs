using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory;
using Oversight.Programmes;
using Oversight.Web;

namespace Oversight.Imports;

/// <summary>An agency name of the file that the directory does not know (or knows for several agencies), and the agency picked for it.</summary>
public sealed record AgencyChoice(string Name, Guid AgencyId);

/// <summary>What the council holds that an import is checked against: its directory, and what earlier imports of the same codes created.</summary>
public sealed record ImportContext(
    string CouncilId,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<Committee> Committees,
    IReadOnlyDictionary<Guid, Programme> Programmes,
    IReadOnlySet<Guid> Recommendations,
    IReadOnlyDictionary<Guid, int> RecommendationCounts,
    IReadOnlyDictionary<int, int> LastNumbers);

public enum LineAction
{
    [Label("Tạo mới")]
    Create,
    [Label("Đã nhập trước đây, bỏ qua")]
    AlreadyImported,
    [Label("Có lỗi")]
    Error,
}

/// <summary>A line of the file as the preview shows it: what it will create, or why it cannot.</summary>
public sealed record LinePreview(int Row, string? Code, string? ProgrammeCode, string? Agency, string? Text, DateOnly? DueDate, LineAction Action,
    IReadOnlyList<string> Errors, string? AddressedTo = null)
{
    /// <summary>The directory's name of the agency when the file wrote it otherwise (a short name, an alias, a pick).</summary>
    public string? Renamed => AddressedTo is { } name && name != Agency ? name : null;

    public string ActionLabel => Labels.Of(Action);
}

public sealed record ProgrammePreview(string Code, string? Title, int? Year, string? ConclusionNumber, DateOnly? ConclusionDate, bool AlreadyImported,
    int NewRecommendations);

/// <summary>A name the directory does not know, on which lines; for a name several agencies go by, those agencies.</summary>
public sealed record UnknownAgency(string Name, IReadOnlyList<int> Rows, IReadOnlyList<Guid> Candidates);

/// <summary>What an import would do, line by line; nothing is written until it is confirmed, and only when no line has an error.</summary>
public sealed record ImportPreview(string FileName, int Lines, int ToCreate, int AlreadyImported, int WithErrors, int NewProgrammes,
    IReadOnlyList<ProgrammePreview> Programmes, IReadOnlyList<UnknownAgency> UnknownAgencies, IReadOnlyList<LinePreview> Rows)
{
    public bool CanImport => WithErrors == 0 && ToCreate > 0;
}

public sealed record PlannedRecommendation(Guid Id, int Row, string SourceCode, Agency Agency, IReadOnlyList<Agency> CoAgencies, string Text, DateOnly DueDate);

public sealed record PlannedProgramme(Guid Id, string SourceCode, int FirstRow, Programme? Existing, ProgrammeFields Fields, List<PlannedRecommendation> Recommendations)
{
    /// <summary>The agencies its new recommendations name, in order of appearance.</summary>
    public IReadOnlyList<Agency> Agencies => [.. Recommendations.SelectMany(r => r.CoAgencies.Prepend(r.Agency)).DistinctBy(agency => agency.Id)];
}

/// <summary>The programme's columns of a line, read.</summary>
public sealed record ProgrammeFields(string? Title, int? Year, OverseeingBody? Body, string? BodyUnit, Guid? CommitteeId, string? ConclusionNumber,
    DateOnly? ConclusionDate);

public sealed record ImportPlan(ImportPreview Preview, IReadOnlyList<PlannedProgramme> Programmes);

/// <summary>Stream ids derived from the council and the source's own code: importing a code again finds what it created.</summary>
public static class ImportIds
{
    public static Guid Programme(string council, string code) => Of(council, "programme", code);

    public static Guid Recommendation(string council, string code) => Of(council, "recommendation", code);

    public static string Normalise(string code) => code.Trim().ToUpperInvariant();

    static Guid Of(string council, string kind, string code)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"oversight-import|{council}|{kind}|{Normalise(code)}"))[..16];
        // A name-based UUID (version 8, RFC 9562 variant) so it never looks like one the app made at random.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}

/// <summary>
/// Checks every line of a file against the council's directory and what earlier imports created, and plans what to
/// create. Pure: the same file, directory and choices give the same plan, which the preview shows and the import carries out.
/// </summary>
public static class ImportPlanner
{
    public const int MaxTitleLength = 500;
    public const int MaxTextLength = 10_000;

    static readonly string[] dateFormats =
        ["d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd", "yyyy-M-d", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.fff"];

    /// <summary>Why the imported dates are in the past: they record what happened before the council used the app.</summary>
    public static string Reason(string fileName) => $"Nhập từ tệp “{fileName}” (hồ sơ đã có trước khi dùng phần mềm).";

    public static ImportPlan Plan(ImportTable table, ImportContext context, IReadOnlyList<AgencyChoice>? choices, DateOnly today, Actor actor)
    {
        var planner = new Run(table, context, choices ?? [], today, actor);
        return planner.Plan();
    }

    sealed class Run(ImportTable table, ImportContext context, IReadOnlyList<AgencyChoice> choices, DateOnly today, Actor actor)
    {
        readonly Dictionary<string, NameMatch<Agency>> matches = [];
        readonly Dictionary<string, (string Name, List<int> Rows, IReadOnlyList<Guid> Candidates)> unknown = [];
        readonly Dictionary<string, PlannedProgramme> programmes = [];
        readonly Dictionary<string, bool> programmeValid = [];
        readonly Dictionary<string, int> codes = [];
        readonly Dictionary<string, Guid> chosen = choices.Where(choice => !string.IsNullOrWhiteSpace(choice.Name))
            .GroupBy(choice => DirectoryNames.Key(choice.Name)).ToDictionary(group => group.Key, group => group.Last().AgencyId);

        public ImportPlan Plan()
        {
            var rows = table.Lines.Select(Line).ToList();
            var numbers = new Dictionary<int, int>();
            var planned = programmes.Values.Where(programme => programme.Recommendations.Count > 0).ToList();
            var preview = new ImportPreview(table.FileName, rows.Count,
                rows.Count(row => row.Action == LineAction.Create), rows.Count(row => row.Action == LineAction.AlreadyImported),
                rows.Count(row => row.Action == LineAction.Error), planned.Count(programme => programme.Existing is null),
                [.. programmes.Values.Select(programme => new ProgrammePreview(programme.SourceCode, programme.Existing?.Title ?? programme.Fields.Title,
                    programme.Existing?.Year ?? programme.Fields.Year, programme.Existing?.Conclusion?.Number ?? programme.Fields.ConclusionNumber,
                    programme.Existing?.Conclusion?.IssuedOn ?? programme.Fields.ConclusionDate, programme.Existing is not null, programme.Recommendations.Count))],
                [.. unknown.Values.Select(name => new UnknownAgency(name.Name, name.Rows, name.Candidates))],
                rows);
            return new ImportPlan(preview, planned);
        }

        LinePreview Line(ImportLine line)
        {
            var errors = new List<string>();
            foreach (var (column, cell) in line.Cells)
            {
                if (ControlCharacters.Has(cell))
                {
                    errors.Add($"Cột “{ImportColumns.Heading(column)}” có ký tự điều khiển không hợp lệ.");
                }
            }

            var code = Identifier(line, ImportColumn.Code, 100, errors);
            var programmeCode = Identifier(line, ImportColumn.ProgrammeCode, 100, errors);
            var id = code is null ? (Guid?)null : ImportIds.Recommendation(context.CouncilId, code);
            if (code is not null)
            {
                if (codes.TryGetValue(ImportIds.Normalise(code), out var first))
                {
                    errors.Add($"Mã kiến nghị “{code}” trùng với dòng {first}.");
                }
                else
                {
                    codes[ImportIds.Normalise(code)] = line.Row;
                    if (context.Recommendations.Contains(id!.Value))
                    {
                        return Preview(line, LineAction.AlreadyImported, []);
                    }
                }
            }

            var programme = programmeCode is null ? null : Programme(line, programmeCode, errors);
            var agency = Agency(line[ImportColumn.Agency], line.Row, errors, ImportColumn.Agency);
            var coAgencies = (line[ImportColumn.CoAgencies] ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(name => Agency(name, line.Row, errors, ImportColumn.CoAgencies)).OfType<Agency>()
                .Where(co => co.Id != agency?.Id).DistinctBy(co => co.Id).ToList();
            var text = line[ImportColumn.Text];
            if (text is null)
            {
                errors.Add("Thiếu nội dung kiến nghị.");
            }
            else if (text.Length > MaxTextLength)
            {
                errors.Add($"Nội dung kiến nghị dài quá {MaxTextLength:N0} ký tự.".Replace(',', '.'));
            }

            var due = Date(line, ImportColumn.DueDate, errors, "Thiếu hạn thực hiện: mỗi kiến nghị cần hạn để theo dõi và nhắc hạn.");
            var concluded = programme?.Existing?.Conclusion?.IssuedOn ?? programme?.Fields.ConclusionDate;
            if (due is { } dueDate && concluded is { } conclusionDate && dueDate < conclusionDate)
            {
                errors.Add($"Hạn thực hiện ({VietnamTime.Format(dueDate)}) trước ngày kết luận ({VietnamTime.Format(conclusionDate)}).");
            }

            if (programme?.Existing is { } existing)
            {
                foreach (var named in coAgencies.Prepend(agency).OfType<Agency>().Where(named => !existing.Supervises(named.Id)))
                {
                    errors.Add($"Cuộc giám sát mã “{programme.SourceCode}” đã nhập trước đây không giám sát {named.Name}; kiến nghị mới của nó chỉ gửi được tới cơ quan nó giám sát.");
                }
            }

            if (errors.Count > 0 || programme is null || agency is null || due is null || text is null || programmeValid[ImportIds.Normalise(programmeCode!)] is false)
            {
                return Preview(line, LineAction.Error, errors.Count > 0 ? errors
                    : [$"Cuộc giám sát mã “{programmeCode}” có lỗi ở dòng {programme?.FirstRow}; hãy sửa dòng đó."]);
            }

            programme.Recommendations.Add(new PlannedRecommendation(id!.Value, line.Row, code!, agency, coAgencies, text, due.Value));
            return Preview(line, LineAction.Create, []) with { AddressedTo = agency.Name };
        }

        static LinePreview Preview(ImportLine line, LineAction action, IReadOnlyList<string> errors) =>
            new(line.Row, line[ImportColumn.Code], line[ImportColumn.ProgrammeCode], line[ImportColumn.Agency], line[ImportColumn.Text],
                ReadDate(line[ImportColumn.DueDate]), action, errors);

        /// <summary>The line's programme: the first line of a code defines it; later lines must agree with it.</summary>
        PlannedProgramme Programme(ImportLine line, string code, List<string> errors)
        {
            var key = ImportIds.Normalise(code);
            var id = ImportIds.Programme(context.CouncilId, code);
            if (context.Programmes.TryGetValue(id, out var existing))
            {
                if (!programmes.TryGetValue(key, out var known))
                {
                    known = new PlannedProgramme(id, code, line.Row, existing, new ProgrammeFields(existing.Title, existing.Year, existing.Body, existing.BodyUnit,
                        existing.CommitteeId, existing.Conclusion?.Number, existing.Conclusion?.IssuedOn), []);
                    programmes[key] = known;
                    programmeValid[key] = true;
                }

                return known;
            }

            var own = new List<string>();
            var fields = Fields(line, own);
            if (programmes.TryGetValue(key, out var planned))
            {
                var differing = Differences(planned.Fields, fields);
                if (differing.Count > 0)
                {
                    errors.Add($"{string.Join(", ", differing)} khác với dòng {planned.FirstRow} cùng mã cuộc giám sát “{code}”.");
                }

                // The first line's own errors are said there; a later line's are said on it.
                if (programmeValid[key])
                {
                    errors.AddRange(own);
                }

                return planned;
            }

            errors.AddRange(own);
            planned = new PlannedProgramme(id, code, line.Row, null, fields, []);
            programmes[key] = planned;
            programmeValid[key] = own.Count == 0;
            return planned;
        }

        static List<string> Differences(ProgrammeFields first, ProgrammeFields line)
        {
            var differing = new List<string>();
            void Compare<T>(T left, T right, ImportColumn column)
            {
                if (left is not null && right is not null && !EqualityComparer<T>.Default.Equals(left, right))
                {
                    differing.Add(ImportColumns.Heading(column));
                }
            }

            Compare(first.Title, line.Title, ImportColumn.ProgrammeTitle);
            Compare(first.Year, line.Year, ImportColumn.Year);
            Compare(first.Body, line.Body, ImportColumn.Body);
            Compare(first.BodyUnit, line.BodyUnit, ImportColumn.BodyUnit);
            Compare(first.ConclusionNumber, line.ConclusionNumber, ImportColumn.ConclusionNumber);
            Compare(first.ConclusionDate, line.ConclusionDate, ImportColumn.ConclusionDate);
            return differing;
        }

        ProgrammeFields Fields(ImportLine line, List<string> errors)
        {
            var title = line[ImportColumn.ProgrammeTitle];
            if (title is null)
            {
                errors.Add("Thiếu tên cuộc giám sát.");
            }
            else if (title.Length > MaxTitleLength || title.Contains('\n'))
            {
                errors.Add($"Tên cuộc giám sát phải nằm trên một dòng, tối đa {MaxTitleLength} ký tự.");
            }

            int? year = null;
            if (line[ImportColumn.Year] is not { } yearText)
            {
                errors.Add("Thiếu năm của cuộc giám sát.");
            }
            else if (int.TryParse(yearText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value is >= 2000 and <= 2100)
            {
                year = value;
            }
            else
            {
                errors.Add($"Năm “{yearText}” không hợp lệ: hãy ghi một năm từ 2000 đến 2100.");
            }

            var body = Body(line[ImportColumn.Body], errors);
            var unit = line[ImportColumn.BodyUnit];
            Committee? committee = null;
            if (body is OverseeingBody.Committee)
            {
                committee = unit is null ? null : DirectoryNames.Match(unit, context.Committees).Found;
                if (committee is null)
                {
                    errors.Add(unit is null ? "Giám sát của Ban: hãy ghi tên Ban ở cột “Ban hoặc Tổ đại biểu”."
                        : $"Danh bạ chưa có Ban “{unit}”: hãy thêm Ban vào danh bạ hoặc sửa tên cho khớp.");
                }
            }
            else if (body is OverseeingBody.DeputyGroup && (unit is null || unit.Length > 200 || unit.Contains('\n')))
            {
                errors.Add("Giám sát của Tổ đại biểu: hãy ghi tên Tổ (một dòng, tối đa 200 ký tự) ở cột “Ban hoặc Tổ đại biểu”.");
            }

            var number = line[ImportColumn.ConclusionNumber];
            var checks = new Checks().Identifier(number, "conclusionNumber", "số kết luận", 100);
            var date = Date(line, ImportColumn.ConclusionDate, errors, null);
            if (date is not null || line[ImportColumn.ConclusionDate] is null)
            {
                checks.Happened("conclusionDate", "ngày kết luận", date, Reason(table.FileName), today, actor, required: true);
            }

            errors.AddRange(checks.Messages);
            return new ProgrammeFields(title, year, body, body switch
            {
                OverseeingBody.Committee => committee?.Name,
                OverseeingBody.DeputyGroup => unit,
                _ => null,
            }, committee?.Id, number, date);
        }

        static OverseeingBody? Body(string? text, List<string> errors)
        {
            var key = DirectoryNames.Key(text ?? "");
            OverseeingBody? body = key switch
            {
                "hdnd" or "hoi dong nhan dan" => OverseeingBody.Council,
                "thuong truc hdnd" or "thuong truc" or "thuong truc hoi dong nhan dan" => OverseeingBody.StandingCommittee,
                "ban cua hdnd" or "ban" or "ban hdnd" => OverseeingBody.Committee,
                "to dai bieu hdnd" or "to dai bieu" => OverseeingBody.DeputyGroup,
                _ => null,
            };
            if (body is null)
            {
                errors.Add(text is null ? "Thiếu chủ thể giám sát."
                    : $"Chủ thể giám sát “{text}” không rõ: hãy ghi HĐND, Thường trực HĐND, Ban của HĐND hoặc Tổ đại biểu HĐND.");
            }

            return body;
        }

        /// <summary>The directory's agency of a name: the one picked for it, or the one that goes by it; otherwise the name waits for a pick.</summary>
        Agency? Agency(string? name, int row, List<string> errors, ImportColumn column)
        {
            if (name is null)
            {
                errors.Add("Thiếu cơ quan thực hiện kiến nghị.");
                return null;
            }

            var key = DirectoryNames.Key(name);
            if (chosen.TryGetValue(key, out var pickedId))
            {
                if (context.Agencies.FirstOrDefault(agency => agency.Id == pickedId) is { } picked)
                {
                    return picked;
                }

                errors.Add($"Cơ quan được chọn cho “{name}” không có trong danh bạ của HĐND này.");
                return null;
            }

            if (!matches.TryGetValue(key, out var match))
            {
                match = DirectoryNames.Match(name, context.Agencies);
                matches[key] = match;
            }

            if (match.Found is { } found)
            {
                return found;
            }

            if (!unknown.TryGetValue(key, out var entry))
            {
                entry = (name, [], [.. match.Candidates.Select(candidate => candidate.Id)]);
                unknown[key] = entry;
            }

            if (!entry.Rows.Contains(row))
            {
                entry.Rows.Add(row);
            }

            var what = column == ImportColumn.Agency ? "Cơ quan" : "Cơ quan phối hợp";
            errors.Add(match.Ambiguous
                ? $"{what} “{name}” là tên của nhiều cơ quan trong danh bạ ({string.Join("; ", match.Candidates.Select(agency => agency.Name))}): hãy chọn đúng cơ quan."
                : $"{what} “{name}” chưa có trong danh bạ: hãy chọn cơ quan trong danh bạ cho tên này, hoặc thêm cơ quan (hay tên gọi khác) vào danh bạ.");
            return null;
        }

        static string? Identifier(ImportLine line, ImportColumn column, int maxLength, List<string> errors)
        {
            var text = line[column];
            var heading = ImportColumns.Heading(column);
            if (text is null)
            {
                errors.Add($"Thiếu {heading.ToLowerInvariant()}.");
                return null;
            }

            if (text.Length > maxLength || text.Contains('\n') || Bidi.Has(text))
            {
                errors.Add($"{heading} phải nằm trên một dòng, tối đa {maxLength} ký tự, không chứa ký tự điều khiển hướng chữ.");
                return null;
            }

            return text;
        }

        static DateOnly? Date(ImportLine line, ImportColumn column, List<string> errors, string? missing)
        {
            var text = line[column];
            if (text is null)
            {
                if (missing is not null)
                {
                    errors.Add(missing);
                }

                return null;
            }

            if (ReadDate(text) is { } date)
            {
                return date;
            }

            errors.Add($"{ImportColumns.Heading(column)} “{text}” không đọc được thành ngày: hãy ghi dạng dd/mm/yyyy (ví dụ 20/11/2023) hoặc dùng ô ngày của Excel.");
            return null;
        }
    }

    /// <summary>A day written as dd/mm/yyyy (or ISO), or an Excel date (a serial number of days), between 2000 and 2100.</summary>
    public static DateOnly? ReadDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        DateOnly? date = null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            if (serial is >= 1 and < 2_958_466)
            {
                date = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
            }
        }
        else if (DateTime.TryParseExact(text.Trim(), dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
        }

        return date is { Year: >= 2000 and <= 2100 } ? date : null;
    }
}
