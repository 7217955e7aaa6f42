using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Oversight.TemplateWriter;

/// <summary>
/// The frame Nghị định 30/2020 (Phụ lục I) gives every administrative document: A4, margins 20/20/30/15 mm,
/// Times New Roman, the two-column heading (issuing body | national title and motto), number and symbol,
/// place and date, type and summary, the body, the signature block beside "Nơi nhận", and page numbers
/// centred in the top margin from page 2.
/// </summary>
public sealed class OfficialLayout
{
    const int Twips = 1440;
    static int Mm(double millimetres) => (int)Math.Round(millimetres / 25.4 * Twips);

    readonly Body body = new();

    public static void Write(string path, Action<OfficialLayout> content)
    {
        var layout = new OfficialLayout();
        content(layout);
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        var firstPage = main.AddNewPart<HeaderPart>();
        firstPage.Header = new Header(new Paragraph());
        var otherPages = main.AddNewPart<HeaderPart>();
        otherPages.Header = new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("2")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
        layout.body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(otherPages) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstPage) },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = Mm(20), Bottom = Mm(20), Left = (uint)Mm(30), Right = (uint)Mm(15), Header = (uint)Mm(10), Footer = (uint)Mm(10), Gutter = 0 },
            new TitlePage()));
        main.Document = new Document(layout.body);
    }

    /// <summary>
    /// Heading: issuing body (parent above, issuer bold), number and, for an official letter, its "V/v"
    /// subject on the left; national title, motto, place and date on the right.
    /// </summary>
    public OfficialLayout Heading(string parent, string issuer, string number, string placeAndDate, string? subject = null)
    {
        var table = new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = "4000" }, new GridColumn { Width = "5350" }),
            new TableRow(
                Cell(4000,
                    Line(parent, 13, bold: false, center: true),
                    Line(issuer, 13, bold: true, center: true),
                    Rule(1300),
                    Line(number, 13, bold: false, center: true),
                    Line(subject ?? "", 12, bold: false, center: true)),
                Cell(5350,
                    Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold: true, center: true),
                    Line("Độc lập - Tự do - Hạnh phúc", 13, bold: true, center: true),
                    Rule(1150),
                    Line(placeAndDate, 13, bold: false, center: true, italic: true))));
        body.Append(table);
        return this;
    }

    /// <summary>Document type (bold capitals) and its summary line (bold), centred.</summary>
    public OfficialLayout Title(string type, string summary)
    {
        body.Append(Spacer());
        body.Append(Line(type, 14, bold: true, center: true));
        body.Append(Line(summary, 14, bold: true, center: true));
        body.Append(Rule(3600));
        return this;
    }

    /// <summary>A body paragraph: justified, first line indented 1.27 cm.</summary>
    public OfficialLayout Text(params string[] runs) => Add(BodyParagraph(runs, bold: false, indent: true));

    /// <summary>Each line of a multi-line value as its own body paragraph (a line break inside a justified paragraph would stretch it).</summary>
    public OfficialLayout Lines(string expression) =>
        Tag($"{{{{ for line in (lines {expression}) }}}}").Text("{{ line }}").Tag("{{ end }}");

    public OfficialLayout Heading1(string text) => Add(BodyParagraph([text], bold: true, indent: true));

    /// <summary>A bold, centred line of the body, such as the issuing authority or "QUYẾT ĐỊNH:" before the articles.</summary>
    public OfficialLayout Centered(string text) => Add(Line(text, 14, bold: true, center: true));

    /// <summary>A paragraph that only carries block tags ({{ for … }}, {{ end }}); it disappears from the output.</summary>
    public OfficialLayout Tag(string tag) => Add(new Paragraph(new Run(new Text(tag) { Space = SpaceProcessingModeValues.Preserve })));

    /// <summary>A bordered table: a bold header row, then rows of cells (tags allowed, one paragraph each).</summary>
    public OfficialLayout Table(int[] widths, string[] header, params string[][] rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, border),
            new TableGrid(widths.Select(width => new GridColumn { Width = width.ToString() })));
        table.Append(new TableRow(header.Select((text, index) => Cell(widths[index], Line(text, 13, bold: true, center: true)))));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select((text, index) => Cell(widths[index], Line(text, 13, bold: false, center: false)))));
        }

        body.Append(table);
        return Add(Spacer());
    }

    /// <summary>Signature block: "Nơi nhận" and its list on the left; authority, title and name on the right.</summary>
    public OfficialLayout Signature(string[] recipients, string authority, string title, string name)
    {
        body.Append(Spacer());
        var left = new List<Paragraph> { Line("Nơi nhận:", 12, bold: true, center: false, italic: true) };
        left.AddRange(recipients.Select(recipient => Line(recipient, 11, bold: false, center: false)));
        var table = new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = "4600" }, new GridColumn { Width = "4700" }),
            new TableRow(
                Cell(4600, [.. left]),
                Cell(4700,
                    Line(authority, 14, bold: true, center: true),
                    Line(title, 14, bold: true, center: true),
                    Spacer(), Spacer(), Spacer(),
                    Line(name, 14, bold: true, center: true))));
        return Add(table);
    }

    OfficialLayout Add(OpenXmlElement element)
    {
        body.Append(element);
        return this;
    }

    static Paragraph Spacer() => new(new ParagraphProperties(new SpacingBetweenLines { After = "0" }));

    static Paragraph BodyParagraph(IEnumerable<string> runs, bool bold, bool indent)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "120", Line = "288", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { FirstLine = indent ? "720" : "0" },
            new Justification { Val = JustificationValues.Both }));
        foreach (var text in runs)
        {
            paragraph.Append(new Run(bold ? new RunProperties(new Bold()) : new RunProperties(), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    /// <summary>A short horizontal rule: an empty, tiny paragraph with a bottom border, narrowed by its indents.</summary>
    static Paragraph Rule(int indent) => new(new ParagraphProperties(
        new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1 }),
        new SpacingBetweenLines { Before = "0", After = "60", Line = "120", LineRule = LineSpacingRuleValues.Exact },
        new Indentation { Left = indent.ToString(), Right = indent.ToString() }),
        new Run(new RunProperties(new FontSize { Val = "4" })));

    static Paragraph Line(string text, int points, bool bold, bool center, bool italic = false)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0" },
            new Justification { Val = center ? JustificationValues.Center : JustificationValues.Left });
        var run = new RunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (italic)
        {
            run.Append(new Italic());
        }

        run.Append(new FontSize { Val = (points * 2).ToString() });
        return new Paragraph(properties, new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    static TableCell Cell(int width, params Paragraph[] paragraphs) =>
        new([new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }), .. paragraphs]);

    static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                    new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }, new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
    }
}
