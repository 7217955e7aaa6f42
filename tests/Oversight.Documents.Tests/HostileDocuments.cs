using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Oversight.Documents.Tests;

/// <summary>Templates an attacker (or an unlucky clerk) would upload, built in code.</summary>
public static class HostileDocuments
{
    const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const string ImageRelationship = Relationships + "/image";

    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>A picture as Word writes it, either embedded in the file or linked to an address ("Link to File").</summary>
    static string Picture(string relationship, bool linked) => $"""
        <w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0">
        <wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="Ảnh 1"/>
        <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">
        <pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="anh.png"/><pic:cNvPicPr/></pic:nvPicPr>
        <pic:blipFill><a:blip xmlns:r="{Relationships}" {(linked ? "r:link" : "r:embed")}="{relationship}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>
        <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>
        </a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
        """;

    public static byte[] ExternalImage(string url) => TestDocument.Create(doc => doc
        .Paragraph("Ảnh: ")
        .RawParagraph(Picture("rIdLinked", linked: true))
        .WithMainPart(main => main.AddExternalRelationship(ImageRelationship, new Uri(url), "rIdLinked")));

    public static byte[] InternalImage(string text = "{{ title }}") => TestDocument.Create(doc => doc
        .Paragraph(text)
        .RawParagraph(Picture("rIdEmbedded", linked: false))
        .WithMainPart(main =>
        {
            var image = main.AddImagePart(ImagePartType.Png, "rIdEmbedded");
            using var stream = new MemoryStream(Png);
            image.FeedData(stream);
        }));

    /// <summary>A field whose code Word split over two runs, as it does.</summary>
    static string Field(string firstHalf, string secondHalf) => $"""
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{firstHalf}</w:instrText></w:r>
        <w:r><w:instrText xml:space="preserve">{secondHalf}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>
        <w:r><w:t>kết quả</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
        """;

    public static byte[] IncludePicture(string url) => TestDocument.Create(doc => doc
        .Paragraph("{{ title }}")
        .RawParagraph(Field(" INCLUDE", $"PICTURE \"{url}\" \\d ")));

    public static byte[] Dde() => TestDocument.Create(doc => doc
        .Paragraph("{{ title }}")
        .RawParagraph("""<w:fldSimple w:instr=" DDEAUTO c:\\windows\\system32\\cmd.exe &quot;/k calc.exe&quot; "><w:r><w:t>x</w:t></w:r></w:fldSimple>"""));

    public static byte[] AttachedTemplate(string url) => TestDocument.Create(doc => doc
        .Paragraph("{{ title }}")
        .WithMainPart(main =>
        {
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.AddExternalRelationship(Relationships + "/attachedTemplate", new Uri(url), "rIdTemplate");
            settings.Settings = new Settings(new AttachedTemplate { Id = "rIdTemplate" });
        }));

    public static byte[] Doctype() => TestDocument.EditZip(TestDocument.Create(doc => doc.Paragraph("{{ title }}")), zip =>
    {
        var xml = TestDocument.ReadEntry(zip, "word/document.xml");
        var body = xml[xml.IndexOf("<w:document", StringComparison.Ordinal)..];
        TestDocument.WriteEntry(zip, "word/document.xml",
            $"""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE w:document [<!ENTITY ngoai SYSTEM "http://127.0.0.1:9/x">]>{body}""");
    });

    public static byte[] Macro() => TestDocument.EditZip(TestDocument.Create(doc => doc.Paragraph("{{ title }}")), zip =>
    {
        using (var macro = zip.CreateEntry("word/vbaProject.bin").Open())
        {
            macro.Write("Attribute VB_Name = \"ThisDocument\"\nSub AutoOpen()\nShell \"calc.exe\"\nEnd Sub"u8);
        }

        var types = TestDocument.ReadEntry(zip, "[Content_Types].xml");
        TestDocument.WriteEntry(zip, "[Content_Types].xml",
            types.Replace("</Types>", """<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>""", StringComparison.Ordinal));
    });

    /// <summary>A small .docx holding a part that inflates to <paramref name="megabytes"/> MB (of XML when the part's name says so).</summary>
    public static byte[] ZipBomb(int megabytes, string part = "word/media/bom.bin") => TestDocument.EditZip(TestDocument.Create(doc => doc.Paragraph("{{ title }}")), zip =>
    {
        var chunk = new byte[1024 * 1024];
        Array.Fill(chunk, (byte)'a');
        using var stream = zip.CreateEntry(part, CompressionLevel.SmallestSize).Open();
        stream.Write("<a>"u8);
        for (var index = 0; index < megabytes; index++)
        {
            stream.Write(chunk);
        }

        stream.Write("</a>"u8);
    });

    public const string PathologicalRegex = "{{ regex.match 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' '(a+)+$' }}";

    public const string EndlessOutput = "{{ while true }}Lặp mãi. {{ end }}";
}
