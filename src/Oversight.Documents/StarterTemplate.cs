using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Oversight.Documents;

/// <summary>
/// A starting point for a clerk writing a template from scratch: a Word document holding every field
/// the template receives as a tag, generated from the data's shape, lists as loops. It passes the
/// checks as it is; the clerk keeps what the document needs and lays it out.
/// </summary>
public static class StarterTemplate
{
    public static byte[] Create(string title, DataShape shape)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                new FontSize { Val = "28" }))));
            var body = new Body(
                Paragraph(title.ToUpperInvariant(), bold: true),
                Paragraph("Mẫu khởi đầu: mỗi dòng dưới đây đọc một trường dữ liệu. Giữ những dòng văn bản cần, sắp xếp lại, xoá phần còn lại; "
                    + "mỗi thẻ nằm liền trên một dòng, và mỗi thẻ “for” đi với một thẻ “end” đóng vòng lặp.", italic: true));
            Add(body, shape, written: "", path: "");
            body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 850U }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    static void Add(Body body, DataShape shape, string written, string path)
    {
        foreach (var (name, member) in shape.Members)
        {
            var expression = written.Length == 0 ? name : $"{written}.{name}";
            var label = path.Length == 0 ? name : $"{path}.{name}";
            switch (member.Kind)
            {
                case FieldKind.Group:
                    body.Append(Paragraph($"{label}:", bold: true));
                    Add(body, member, expression, label);
                    break;
                case FieldKind.List:
                    var item = FieldGuide.ItemName(name);
                    body.Append(Paragraph($"{{{{ for {item} in {expression} }}}}"));
                    if (member.Element is { Kind: FieldKind.Group } element)
                    {
                        Add(body, element, item, item);
                    }
                    else
                    {
                        body.Append(Paragraph($"– {{{{ {Value(item, member.Element?.Kind ?? FieldKind.Unknown)} }}}}"));
                    }

                    body.Append(Paragraph("{{ end }}"));
                    break;
                default:
                    body.Append(Paragraph($"{label}: {{{{ {Value(expression, member.Kind)} }}}}"));
                    break;
            }
        }
    }

    static string Value(string expression, FieldKind kind) => kind == FieldKind.Date ? $"date_short {expression}" : expression;

    static Paragraph Paragraph(string text, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        return new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
