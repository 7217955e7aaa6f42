using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Oversight.TemplateWriter;

/// <summary>
/// The frame Nghị định 30/2020 (Phụ lục I) gives every administrative document: A4, margins 20/20/30/15 mm,
/// Times New Roman, the two-column heading (issuing body | national title and motto), number and symbol,
/// place and date, type and summary, the body, the signature block beside "Nơi nhận", and page numbers
/// centred in the top margin from page 2. Pages break where a clerk would break them: headings stay with
/// what follows them, the closing sentence with the signature, table rows and the signature block whole.
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
    /// subject on the left; national title, motto, place and date on the right. With <paramref name="parentIf"/>,
    /// the parent's line is only written when that expression holds (a council issuing in its own name has none).
    /// </summary>
    public OfficialLayout Heading(string parent, string issuer, string number, string placeAndDate, string? subject = null, string? parentIf = null)
    {
        var left = new List<Paragraph>();
        if (parentIf is not null)
        {
            left.Add(TagParagraph($"{{{{ if {parentIf} }}}}"));
        }

        left.Add(Line(parent, 13, bold: false, center: true));
        if (parentIf is not null)
        {
            left.Add(TagParagraph("{{ end }}"));
        }

        left.AddRange([Line(issuer, 13, bold: true, center: true), Rule(1300), Line(number, 13, bold: false, center: true)]);
        if (subject is not null)
        {
            left.Add(Line(subject, 12, bold: false, center: true));
        }

        var table = new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = "3900" }, new GridColumn { Width = "5450" }),
            new TableRow(new TableRowProperties(new CantSplit()),
                Cell(3900, [.. left]),
                Cell(5450,
                    Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold: true, center: true),
                    Line("Độc lập - Tự do - Hạnh phúc", 13, bold: true, center: true),
                    Rule(1200),
                    Line(placeAndDate, 13, bold: false, center: true, italic: true))));
        body.Append(table);
        return this;
    }

    /// <summary>A bold line at the right of the page under the heading, such as "DỰ THẢO".</summary>
    public OfficialLayout Mark(string text)
    {
        var paragraph = Line(text, 13, bold: true, center: false);
        paragraph.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Right };
        return Add(paragraph);
    }

    /// <summary>Document type (bold capitals) and its summary line (bold), centred, kept with the text that follows.</summary>
    public OfficialLayout Title(string type, string summary)
    {
        body.Append(Spacer(keepNext: true));
        body.Append(KeepNext(Line(type, 14, bold: true, center: true)));
        body.Append(KeepNext(Line(summary, 14, bold: true, center: true)));
        body.Append(KeepNext(Rule(3600)));
        return this;
    }

    /// <summary>A body paragraph: justified, first line indented 1.27 cm.</summary>
    public OfficialLayout Text(string text) => Add(BodyParagraph([(text, false, false)]));

    /// <summary>An article of a decision or resolution: "Điều 1." in bold, then its text.</summary>
    public OfficialLayout Article(string label, string text) => Add(KeepNext(BodyParagraph([(label + " ", true, false), (text, false, false)])));

    /// <summary>A legal basis ("Căn cứ …;"): italic, as Phụ lục I writes them, each on its own line.</summary>
    public OfficialLayout Basis(string text) => Add(BodyParagraph([(text, false, true)]));

    /// <summary>A sentence that introduces a list or a table ("… như sau:"): kept on the page of what it introduces.</summary>
    public OfficialLayout Intro(string text) => Add(KeepNext(BodyParagraph([(text, false, false)])));

    /// <summary>The closing sentence ("…/."): kept on the page of the signature that follows it.</summary>
    public OfficialLayout Closing(string text) => Add(KeepNext(BodyParagraph([(text, false, false)])));

    /// <summary>Each line of a multi-line value as its own body paragraph (a line break inside a justified paragraph would stretch it).</summary>
    public OfficialLayout Lines(string expression) =>
        Tag($"{{{{ for line in (lines {expression}) }}}}").Text("{{ line }}").Tag("{{ end }}");

    /// <summary>A section heading (bold), never left alone at the foot of a page.</summary>
    public OfficialLayout Heading1(string text) => Add(KeepNext(BodyParagraph([(text, true, false)])));

    /// <summary>A bold, centred line of the body, such as the issuing authority or "QUYẾT ĐỊNH:" before the articles.</summary>
    public OfficialLayout Centered(string text, bool bold = true) => Add(KeepNext(Spaced(Line(text, 14, bold, center: true))));

    /// <summary>An italic, centred line, such as "(Kèm theo Kế hoạch số …)".</summary>
    public OfficialLayout CenteredItalic(string text) => Add(KeepNext(Line(text, 14, bold: false, center: true, italic: true)));

    /// <summary>A paragraph that only carries block tags ({{ for … }}, {{ end }}); it disappears from the output.</summary>
    public OfficialLayout Tag(string tag) => Add(TagParagraph(tag));

    /// <summary>
    /// A bordered table: a bold header row repeated on every page, then rows of cells (tags allowed, one paragraph each).
    /// No row is split over two pages.
    /// </summary>
    public OfficialLayout Table(int[] widths, string[] header, params string[][] rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, border),
            new TableGrid(widths.Select(width => new GridColumn { Width = width.ToString() })));
        table.Append(new TableRow([new TableRowProperties(new CantSplit(), new TableHeader()),
            .. header.Select((text, index) => Cell(widths[index], KeepNext(Line(text, 13, bold: true, center: true))))]));
        foreach (var row in rows)
        {
            table.Append(new TableRow([new TableRowProperties(new CantSplit()), .. row.Select((text, index) => Cell(widths[index], Line(text, 13, bold: false, center: false)))]));
        }

        body.Append(table);
        return Add(Spacer(keepNext: false));
    }

    /// <summary>Signature block: "Nơi nhận" and its list on the left; the signer's authority, title and name (from the data) on the right.</summary>
    public OfficialLayout Signature(string[] recipients) => Signature(recipients,
    [
        TagParagraph("{{ for line in signature.lines }}"),
        Line("{{ line }}", 13, bold: true, center: true),
        TagParagraph("{{ end }}"),
    ], "{{ signature.name }}");

    /// <summary>A signature block whose authority, title and name are written as given (text or tags).</summary>
    public OfficialLayout Signature(string[] recipients, string authority, string title, string name) =>
        Signature(recipients, [Line(authority, 13, bold: true, center: true), Line(title, 13, bold: true, center: true)], name);

    OfficialLayout Signature(string[] recipients, Paragraph[] authority, string name)
    {
        body.Append(Spacer(keepNext: true));
        var left = new List<Paragraph> { Line("Nơi nhận:", 12, bold: true, center: false, italic: true) };
        left.AddRange(recipients.Select(recipient => IsBlockTag(recipient) ? TagParagraph(recipient) : Line(recipient, 11, bold: false, center: false)));
        var table = new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = "4250" }, new GridColumn { Width = "5100" }),
            new TableRow(new TableRowProperties(new CantSplit()),
                Cell(4250, [.. left]),
                Cell(5100, [.. authority, Spacer(keepNext: false), Spacer(keepNext: false), Spacer(keepNext: false), Spacer(keepNext: false),
                    Line(name, 14, bold: true, center: true)])));
        return Add(table);
    }

    /// <summary>
    /// Minutes are signed by the agency's representative, the delegation's secretary and its head, side by side: their titles
    /// in one row and their names in the next, held in a single row that cannot split so that titles and names stay on one page.
    /// </summary>
    public OfficialLayout MinutesSignatures(string agency, string agencySigner, string secretary, string head)
    {
        body.Append(Spacer(keepNext: true));
        int[] widths = [3400, 2600, 3350];
        var signatures = new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(width => new GridColumn { Width = width.ToString() })),
            new TableRow(new TableRowProperties(new CantSplit()),
                Cell(widths[0], Line(agency, 13, bold: true, center: true)),
                Cell(widths[1], Line("THƯ KÝ", 13, bold: true, center: true)),
                Cell(widths[2], Line("TM. ĐOÀN GIÁM SÁT", 13, bold: true, center: true), Line("TRƯỞNG ĐOÀN", 13, bold: true, center: true))),
            new TableRow(new TableRowProperties(new CantSplit()),
                Cell(widths[0], Names(agencySigner)), Cell(widths[1], Names(secretary)), Cell(widths[2], Names(head))));
        var frame = new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = "9350" }),
            new TableRow(new TableRowProperties(new CantSplit()),
                new TableCell(new TableCellProperties(new TableCellWidth { Width = "9350", Type = TableWidthUnitValues.Dxa }), signatures, Spacer(keepNext: false))));
        return Add(frame);

        static Paragraph[] Names(string name) =>
            [Spacer(keepNext: false), Spacer(keepNext: false), Spacer(keepNext: false), Spacer(keepNext: false), Line(name, 14, bold: true, center: true)];
    }

    static bool IsBlockTag(string text) => text is "{{ end }}" || text.StartsWith("{{ for ", StringComparison.Ordinal) || text.StartsWith("{{ if ", StringComparison.Ordinal);

    OfficialLayout Add(OpenXmlElement element)
    {
        body.Append(element);
        return this;
    }

    /// <summary>Six points above a line that would otherwise touch the rule or the text above it.</summary>
    static Paragraph Spaced(Paragraph paragraph)
    {
        paragraph.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "60" };
        return paragraph;
    }

    static Paragraph TagParagraph(string tag) => new(new Run(new Text(tag) { Space = SpaceProcessingModeValues.Preserve }));

    static T KeepNext<T>(T paragraph) where T : Paragraph
    {
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        properties.KeepNext = new KeepNext();
        properties.KeepLines = new KeepLines();
        return paragraph;
    }

    static Paragraph Spacer(bool keepNext)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }));
        return keepNext ? KeepNext(paragraph) : paragraph;
    }

    static Paragraph BodyParagraph(IEnumerable<(string Text, bool Bold, bool Italic)> runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "120", Line = "288", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { FirstLine = "720" },
            new Justification { Val = JustificationValues.Both }));
        foreach (var (text, bold, italic) in runs)
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

            paragraph.Append(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
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
                // Widow and orphan control: a paragraph never leaves a single line at the foot or head of a page.
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new WidowControl(),
                    new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
    }
}
