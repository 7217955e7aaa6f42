using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Oversight.Documents.Tests;

/// <summary>Builds small .docx templates in code (runs split where a test wants them) and reads results back.</summary>
public sealed class TestDocument
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    readonly Body body = new();
    readonly Header header = new();
    readonly List<Action<MainDocumentPart>> parts = [];

    public static byte[] Create(Action<TestDocument> build)
    {
        var document = new TestDocument();
        build(document);
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(document.body);
            if (document.header.HasChildren)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = document.header;
                document.body.Append(new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) }));
            }

            foreach (var part in document.parts)
            {
                part(main);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph whose text is split into the given runs; a run written "**…**" is bold, "~" inserts a proofing mark.</summary>
    public TestDocument Paragraph(params string[] runs)
    {
        body.Append(NewParagraph(runs));
        return this;
    }

    public TestDocument HeaderParagraph(params string[] runs)
    {
        header.Append(NewParagraph(runs));
        return this;
    }

    /// <summary>A paragraph written as WordprocessingML (the w: prefix is declared): tracked changes, fields and the like.</summary>
    public TestDocument RawParagraph(string innerXml)
    {
        body.Append(new Paragraph($"<w:p xmlns:w=\"{WordNamespace}\">{innerXml}</w:p>"));
        return this;
    }

    /// <summary>Runs code against the main part once it exists (relationships, extra parts).</summary>
    public TestDocument WithMainPart(Action<MainDocumentPart> change)
    {
        parts.Add(change);
        return this;
    }

    public TestDocument StyledParagraph(string style, params string[] runs)
    {
        var paragraph = NewParagraph(runs);
        paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        body.Append(paragraph);
        return this;
    }

    /// <summary>A table; each row is its cells' texts (each cell one paragraph, runs split as for <see cref="Paragraph"/> by '|').</summary>
    public TestDocument Table(params string[][] rows)
    {
        var table = new Table(
            new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(rows[0].Select(_ => new GridColumn { Width = "2000" })));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(NewParagraph(cell.Split('|'))))));
        }

        body.Append(table);
        return this;
    }

    static Paragraph NewParagraph(IEnumerable<string> runs)
    {
        var paragraph = new Paragraph();
        foreach (var text in runs)
        {
            if (text == "~")
            {
                paragraph.Append(new ProofError { Type = ProofingErrorValues.SpellStart });
                continue;
            }

            var bold = text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal) && text.Length >= 4;
            var run = new Run(new Text(bold ? text[2..^2] : text) { Space = SpaceProcessingModeValues.Preserve });
            if (bold)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            paragraph.Append(run);
        }

        return paragraph;
    }

    /// <summary>A copy of a .docx with its zip changed: entries added, replaced or removed.</summary>
    public static byte[] EditZip(byte[] document, Action<ZipArchive> change)
    {
        using var stream = new MemoryStream();
        stream.Write(document);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            change(zip);
        }

        return stream.ToArray();
    }

    public static void WriteEntry(ZipArchive zip, string path, string content, CompressionLevel level = CompressionLevel.Optimal)
    {
        zip.GetEntry(path)?.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(path, level).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    public static string ReadEntry(ZipArchive zip, string path)
    {
        using var reader = new StreamReader(zip.GetEntry(path)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Each body paragraph's text (line breaks as \n, tabs as \t, non-breaking hyphens as U+2011), in order; table cells included.</summary>
    public static List<string> Paragraphs(byte[] document)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(document), false);
        return [.. word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(paragraph => string.Concat(paragraph.Descendants().Select(element => element switch
        {
            Text text => text.Text,
            Break => "\n",
            TabChar => "\t",
            NoBreakHyphen => "\u2011",
            _ => "",
        })))];
    }

    public static List<List<string>> TableRows(byte[] document)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(document), false);
        return [.. word.MainDocumentPart!.Document!.Body!.Descendants<TableRow>()
            .Select(row => row.Elements<TableCell>().Select(cell => string.Concat(cell.Descendants<Text>().Select(text => text.Text))).ToList())];
    }

    public static T Read<T>(byte[] document, Func<Body, T> read)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(document), false);
        return read(word.MainDocumentPart!.Document!.Body!);
    }

    public static IReadOnlyList<string> ValidationErrors(byte[] document)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(document), false);
        return [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).Select(error => $"{error.Path?.XPath}: {error.Description}")];
    }
}
