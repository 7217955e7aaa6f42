using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;

namespace Oversight.Documents;

/// <summary>
/// The zip a .docx is, opened as hostile before anything else reads it. Bounds come first: how many
/// entries, how large each one inflates and how far it inflates beyond its compressed size, counted
/// while inflating (a zip's own sizes may lie), and how many characters an XML part holds. Then what
/// would reach outside the document or run code when Word or LibreOffice opens it is refused, naming
/// the part: external relationships of any kind (linked pictures, hyperlinks, attached templates…),
/// fields that fetch or exchange content (INCLUDEPICTURE, INCLUDETEXT, DDE, LINK…), DOCTYPE
/// declarations, macros, ActiveX controls and embedded OLE objects, and custom XML pointing outside.
/// Internal pictures stay.
/// </summary>
public static partial class TemplatePackage
{
    public const int MaxEntries = 1000;
    public const long MaxEntryBytes = 16 * 1024 * 1024;
    public const long MaxTotalBytes = 64 * 1024 * 1024;
    public const int MaxRatio = 100;

    /// <summary>Characters of one XML part (the Open XML SDK is given the same limit).</summary>
    public const long MaxCharactersInPart = 8_000_000;

    /// <summary>Below this, a high ratio is only a short, repetitive part.</summary>
    const long RatioFloor = 1024 * 1024;

    static readonly XmlReaderSettings xmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharactersInPart,
        MaxCharactersFromEntities = 1024,
    };

    /// <summary>Settings for reading a part's XML anywhere in the engine: no DTD, no resolver, bounded.</summary>
    public static XmlReaderSettings XmlSettings => xmlSettings.Clone();

    const string MainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    const string SchemaInstanceNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    const string XIncludeNamespace = "http://www.w3.org/2001/XInclude";

    /// <summary>Throws a <see cref="TemplateException"/> naming the first thing refused; returns when the package may be opened.</summary>
    public static void Inspect(byte[] bytes, string name, CancellationToken cancellation = default)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw NotWord(name);
        }

        using (archive)
        {
            var entries = archive.Entries;
            if (entries.Count > MaxEntries)
            {
                throw new TemplateException(name, $"tệp có {TemplateException.Count(entries.Count)} phần, nhiều hơn mức {TemplateException.Count(MaxEntries)} phần một văn bản Word cần");
            }

            if (entries.GroupBy(entry => entry.FullName, StringComparer.OrdinalIgnoreCase).Any(group => group.Count() > 1))
            {
                throw NotWord(name);
            }

            var types = ContentTypes(archive, name, cancellation);
            long total = 0;
            // Relationships first: an outside reference is then named with its address.
            foreach (var entry in entries.Where(entry => !entry.FullName.EndsWith('/')).OrderBy(entry => entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) ? 0 : 1))
            {
                cancellation.ThrowIfCancellationRequested();
                RefuseByName(entry.FullName, types.Of(entry.FullName), name);
                using var content = new BoundedStream(Open(entry, name), entry, name, MaxTotalBytes - total);
                if (IsXml(entry.FullName, types.Of(entry.FullName)))
                {
                    InspectXml(content, entry.FullName, name, cancellation);
                }

                content.CopyTo(Stream.Null);
                total += content.Inflated;
            }
        }
    }

    static TemplateException NotWord(string name) => new(name, "tệp không phải là văn bản Word (.docx) hợp lệ");

    static Stream Open(ZipArchiveEntry entry, string name)
    {
        try
        {
            return entry.Open();
        }
        catch (Exception exception) when (exception is InvalidDataException or NotSupportedException or IOException)
        {
            throw NotWord(name);
        }
    }

    sealed record ContentTypeMap(Dictionary<string, string> Defaults, Dictionary<string, string> Overrides)
    {
        public string Of(string entry) =>
            Overrides.TryGetValue("/" + entry, out var type) ? type
            : Defaults.TryGetValue(Path.GetExtension(entry).TrimStart('.'), out var byExtension) ? byExtension
            : "";
    }

    static ContentTypeMap ContentTypes(ZipArchive archive, string name, CancellationToken cancellation)
    {
        var entry = archive.GetEntry("[Content_Types].xml") ?? throw NotWord(name);
        var map = new ContentTypeMap(new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase));
        using var content = new BoundedStream(Open(entry, name), entry, name, MaxTotalBytes);
        Walk(content, entry.FullName, name, cancellation, (element, attributes, _) =>
        {
            if (element is not (ContentTypesNamespace, "Default" or "Override"))
            {
                return;
            }

            var type = attributes.GetValueOrDefault("ContentType") ?? "";
            if (Macro().IsMatch(type))
            {
                throw new TemplateException(name, MacroProblem(attributes.GetValueOrDefault("PartName") ?? "[Content_Types].xml"));
            }

            if (attributes.GetValueOrDefault("Extension") is { } extension)
            {
                map.Defaults[extension] = type;
            }
            else if (attributes.GetValueOrDefault("PartName") is { } part)
            {
                map.Overrides[part] = type;
            }
        });
        return map;
    }

    static bool IsXml(string entry, string contentType) =>
        entry.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || entry.EndsWith(".vml", StringComparison.OrdinalIgnoreCase) || contentType.EndsWith("xml", StringComparison.OrdinalIgnoreCase);

    static void RefuseByName(string entry, string contentType, string name)
    {
        var lower = entry.ToLowerInvariant();
        if (lower.Contains("vbaproject") || lower.Contains("vbadata") || Macro().IsMatch(contentType))
        {
            throw new TemplateException(name, MacroProblem(entry));
        }

        if (lower.Contains("/activex/") || contentType.Contains("activeX", StringComparison.OrdinalIgnoreCase))
        {
            throw new TemplateException(name, $"phần “{entry}” là điều khiển ActiveX, có thể chạy mã khi mở văn bản: hãy xoá điều khiển đó (Developer › Design Mode, chọn rồi xoá) và tải lên lại");
        }

        if (lower.Contains("/embeddings/") || contentType.Contains("oleObject", StringComparison.OrdinalIgnoreCase))
        {
            throw new TemplateException(name, OleProblem(entry));
        }
    }

    static string MacroProblem(string part) =>
        $"tệp chứa macro (“{part}”): mẫu văn bản không được chứa mã chạy được; hãy lưu lại bằng File › Save As, chọn “Word Document (*.docx)” (không phải .docm) rồi tải lên tệp mới";

    static string OleProblem(string part) =>
        $"phần “{part}” là một đối tượng nhúng (OLE, tệp nhúng): khi mở có thể chạy chương trình khác; hãy xoá đối tượng đó, hoặc chèn lại dưới dạng ảnh (Paste Special › Picture)";

    static void InspectXml(Stream content, string entry, string name, CancellationToken cancellation)
    {
        var source = entry.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) ? SourceOf(entry) : entry;
        var customXml = entry.StartsWith("customXml/", StringComparison.OrdinalIgnoreCase);
        var fieldCode = new System.Text.StringBuilder();
        Walk(content, entry, name, cancellation, (element, attributes, text) =>
        {
            if (text is not null)
            {
                fieldCode.Append(text);
                return;
            }

            switch (element)
            {
                case (RelationshipsNamespace, "Relationship") when string.Equals(attributes.GetValueOrDefault("TargetMode"), "External", StringComparison.OrdinalIgnoreCase):
                    throw new TemplateException(name, ExternalProblem(source, attributes.GetValueOrDefault("Type") ?? "", attributes.GetValueOrDefault("Target") ?? ""));
                case (MainNamespace, "attachedTemplate"):
                    throw new TemplateException(name,
                        "văn bản gắn với mẫu Word bên ngoài (attachedTemplate): hãy vào Developer › Document Template, xoá đường dẫn mẫu rồi lưu lại");
                case (MainNamespace, "fldChar"):
                    RefuseField(fieldCode.ToString(), source, name);
                    fieldCode.Clear();
                    break;
                case (MainNamespace, "fldSimple"):
                    RefuseField(attributes.GetValueOrDefault("instr") ?? "", source, name);
                    break;
                case (MainNamespace, "object"):
                    throw new TemplateException(name, OleProblem(source));
                case (MainNamespace, "control"):
                    throw new TemplateException(name, $"phần “{source}” có điều khiển ActiveX, có thể chạy mã khi mở văn bản: hãy xoá điều khiển đó và tải lên lại");
                case (MainNamespace, "altChunk"):
                    throw new TemplateException(name,
                        $"phần “{source}” nhập nội dung từ một tệp khác (altChunk): hãy mở tệp trong Word, lưu lại thành một tệp .docx mới rồi tải lên tệp đó");
                case (XIncludeNamespace, _):
                    throw new TemplateException(name, $"phần “{entry}” kéo nội dung từ nơi khác (XInclude): hãy mở tệp trong Word và lưu lại thành tệp .docx mới");
                case (ProcessingInstruction, "xml-stylesheet"):
                    throw new TemplateException(name, $"phần “{entry}” trỏ tới một bảng định dạng bên ngoài (xml-stylesheet): hãy mở tệp trong Word và lưu lại thành tệp .docx mới");
            }

            foreach (var (attribute, value) in attributes)
            {
                var schemaLocation = attribute is $"{{{SchemaInstanceNamespace}}}schemaLocation" or $"{{{SchemaInstanceNamespace}}}noNamespaceSchemaLocation";
                var link = attribute is "src" or "href" || attribute.EndsWith("}src", StringComparison.Ordinal) || attribute.EndsWith("}href", StringComparison.Ordinal);
                if ((schemaLocation || link) && Outside().IsMatch(value))
                {
                    throw new TemplateException(name, customXml
                        ? $"dữ liệu XML tuỳ biến “{entry}” trỏ ra ngoài, tới “{Clip(value)}”: hãy xoá phần dữ liệu đó (hoặc lưu lại văn bản thành tệp .docx mới không có nó)"
                        : $"phần “{entry}” trỏ ra ngoài, tới “{Clip(value)}”: hãy xoá ảnh hay đối tượng liên kết đó và chèn lại từ máy (Insert › Pictures › This Device)");
                }
            }
        });
        RefuseField(fieldCode.ToString(), source, name);
    }

    static void RefuseField(string code, string part, string name)
    {
        if (FetchingField().Match(code) is { Success: true } field)
        {
            var kind = field.Groups["kind"].Value.ToUpperInvariant();
            throw new TemplateException(name, kind == "HYPERLINK"
                ? $"phần “{part}” có trường HYPERLINK trỏ ra ngoài văn bản: hãy bỏ liên kết (chọn chữ, chuột phải › Remove Hyperlink)"
                : $"phần “{part}” có trường {kind}, lấy nội dung từ nơi khác mỗi khi văn bản được mở: hãy chọn trường đó và nhấn Ctrl+Shift+F9 để đổi thành nội dung cố định, hoặc xoá nó");
        }
    }

    /// <summary>The part a relationships file belongs to: word/_rels/document.xml.rels → word/document.xml.</summary>
    static string SourceOf(string rels)
    {
        var folder = Path.GetDirectoryName(Path.GetDirectoryName(rels))?.Replace('\\', '/') ?? "";
        var file = Path.GetFileName(rels)[..^".rels".Length];
        return file.Length == 0 ? "gói tệp" : folder.Length == 0 ? file : $"{folder}/{file}";
    }

    static string ExternalProblem(string part, string type, string target)
    {
        var kind = type[(type.LastIndexOf('/') + 1)..];
        var where = $"phần “{part}”";
        return kind switch
        {
            "image" => $"{where} có ảnh liên kết tới “{Clip(target)}” thay vì ảnh nằm trong tệp: hãy xoá ảnh đó và chèn lại từ máy (Insert › Pictures › This Device, không chọn “Link to File”)",
            "hyperlink" => $"{where} có liên kết tới “{Clip(target)}”: mẫu văn bản không được trỏ ra ngoài; hãy bỏ liên kết (chọn chữ, chuột phải › Remove Hyperlink)",
            "attachedTemplate" => $"văn bản gắn với mẫu Word bên ngoài “{Clip(target)}” (attachedTemplate): hãy vào Developer › Document Template, xoá đường dẫn mẫu rồi lưu lại",
            "oleObject" or "package" => $"{where} có đối tượng liên kết tới “{Clip(target)}”: hãy xoá đối tượng đó, hoặc chèn lại dưới dạng ảnh",
            _ => $"{where} trỏ ra ngoài tệp, tới “{Clip(target)}” ({kind}): mẫu văn bản không được tham chiếu gì ngoài chính nó; hãy xoá phần liên kết đó",
        };
    }

    static string Clip(string text) => text.Length <= 80 ? text : text[..80] + "…";

    const string ProcessingInstruction = "?";

    /// <summary>
    /// Streams a part to <paramref name="visit"/>: each element with its attributes ("{namespace}name"
    /// for qualified ones other than WordprocessingML's), each processing instruction as ("?", target),
    /// and the text of field codes (w:instrText) as text.
    /// </summary>
    static void Walk(Stream content, string entry, string name, CancellationToken cancellation,
        Action<(string Namespace, string Name), Dictionary<string, string>, string?> visit)
    {
        try
        {
            using var reader = XmlReader.Create(content, xmlSettings);
            var inFieldCode = false;
            var count = 0;
            while (reader.Read())
            {
                if (++count % 4096 == 0)
                {
                    cancellation.ThrowIfCancellationRequested();
                }

                switch (reader.NodeType)
                {
                    case XmlNodeType.ProcessingInstruction:
                        visit((ProcessingInstruction, reader.Name), [], null);
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inFieldCode:
                        visit(default, [], reader.Value);
                        break;
                    case XmlNodeType.EndElement when reader.NamespaceURI == MainNamespace && reader.LocalName == "instrText":
                        inFieldCode = false;
                        break;
                    case XmlNodeType.Element:
                        var element = (reader.NamespaceURI, reader.LocalName);
                        var attributes = new Dictionary<string, string>();
                        if (reader.MoveToFirstAttribute())
                        {
                            do
                            {
                                if (reader.Prefix != "xmlns" && reader.Name != "xmlns")
                                {
                                    attributes[reader.NamespaceURI is "" or MainNamespace ? reader.LocalName : $"{{{reader.NamespaceURI}}}{reader.LocalName}"] = reader.Value;
                                }
                            }
                            while (reader.MoveToNextAttribute());
                            reader.MoveToElement();
                        }

                        inFieldCode = element == (MainNamespace, "instrText") && !reader.IsEmptyElement;
                        visit(element, attributes, null);
                        break;
                }
            }
        }
        catch (XmlException problem) when (problem.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new TemplateException(name,
                $"phần “{entry}” có khai báo DOCTYPE, thứ Word không bao giờ tạo ra và có thể kéo nội dung từ nơi khác: hãy mở tệp trong Word và lưu lại thành tệp .docx mới");
        }
        catch (XmlException problem) when (problem.Message.Contains("MaxCharacters", StringComparison.Ordinal))
        {
            throw new TemplateException(name,
                $"phần “{entry}” có hơn {TemplateException.Count(MaxCharactersInPart)} ký tự, quá lớn cho một mẫu văn bản (có thể là tệp nén độc hại)");
        }
        catch (XmlException)
        {
            throw new TemplateException(name, $"phần “{entry}” không phải XML hợp lệ: tệp bị hỏng; hãy mở trong Word và lưu lại thành tệp .docx mới");
        }
    }

    [GeneratedRegex(@"macroEnabled|vbaProject|vbaData|keyMapCustomizations|ms-office\.vba", RegexOptions.IgnoreCase)]
    private static partial Regex Macro();

    [GeneratedRegex(@"^\s*(?<kind>INCLUDEPICTURE|INCLUDETEXT|INCLUDE|IMPORT|DDEAUTO|DDE|LINK|HYPERLINK(?!\s+\\l))\b", RegexOptions.IgnoreCase)]
    private static partial Regex FetchingField();

    [GeneratedRegex(@"^\s*([a-z][a-z0-9+.\-]*:|\\\\|//)", RegexOptions.IgnoreCase)]
    private static partial Regex Outside();

    /// <summary>Inflates an entry while counting: past the entry's or the package's limit, or past the ratio, it stops.</summary>
    sealed class BoundedStream(Stream inner, ZipArchiveEntry entry, string name, long remaining) : Stream
    {
        public long Inflated { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int read;
            try
            {
                read = inner.Read(buffer);
            }
            catch (InvalidDataException)
            {
                throw NotWord(name);
            }

            Inflated += read;
            if (Inflated > MaxEntryBytes || Inflated > remaining)
            {
                throw new TemplateException(name,
                    $"phần “{entry.FullName}” giải nén ra hơn {Math.Min(MaxEntryBytes, remaining) / 1024 / 1024} MB, quá lớn cho một mẫu văn bản (có thể là tệp nén độc hại)");
            }

            if (Inflated > RatioFloor && Inflated > Math.Max(entry.CompressedLength, 1) * MaxRatio)
            {
                throw new TemplateException(name,
                    $"phần “{entry.FullName}” nén với tỷ lệ bất thường (hơn {MaxRatio} lần), dấu hiệu của tệp nén độc hại (zip bomb)");
            }

            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Inflated; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
