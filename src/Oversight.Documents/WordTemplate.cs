using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Oversight.Documents;

/// <summary>
/// A Word document (.docx) with Scriban expressions in its text, rendered into a new document.
/// The data is exposed with Scriban's snake_case names: a C# property <c>DueDate</c> reads as
/// <c>due_date</c>. Values are always written as text: they never become markup or template code.
/// </summary>
public static class WordTemplate
{
    public const int LoopLimit = 10_000;
    public const int RecursiveLimit = 50;

    /// <summary>Renders <paramref name="template"/> (the .docx bytes) with <paramref name="model"/>; <paramref name="name"/> names it in errors.</summary>
    public static byte[] Render(byte[] template, string name, object model, CancellationToken cancellation = default)
    {
        var hash = Convert.ToHexString(SHA256.HashData(template));
        using var output = new MemoryStream();
        output.Write(template);
        using (var document = OpenForEditing(output, name))
        {
            foreach (var part in TextParts(document, name))
            {
                RenderPart(part, hash, name, model, cancellation);
            }
        }

        return output.ToArray();
    }

    /// <summary>The problems a template has with the given sample data, in Vietnamese; none when it renders.</summary>
    public static IReadOnlyList<string> Check(byte[] template, string name, object sampleData)
    {
        try
        {
            Render(template, name, sampleData);
            return [];
        }
        catch (TemplateException problem)
        {
            return [problem.Message];
        }
    }

    static WordprocessingDocument OpenForEditing(Stream stream, string name)
    {
        try
        {
            return WordprocessingDocument.Open(stream, isEditable: true);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new TemplateException(name, "tệp không phải là văn bản Word (.docx) hợp lệ");
        }
    }

    static IEnumerable<OpenXmlPart> TextParts(WordprocessingDocument document, string name)
    {
        var main = document.MainDocumentPart ?? throw new TemplateException(name, "văn bản không có phần nội dung chính");
        return [main, .. main.HeaderParts, .. main.FooterParts];
    }

    /// <summary>A part turned into a parsed Scriban template; null for a part without tags.</summary>
    sealed record PreparedPart(PartCompiler.Compiled Compiled, Template Parsed);

    /// <summary>
    /// Templates are few and rendered often: each version's parts are compiled once, keyed by the
    /// template's SHA-256 (an edited template is a new key) and the part's address.
    /// </summary>
    static readonly ConcurrentDictionary<(string Template, Uri Part), PreparedPart?> prepared = new();

    static PreparedPart? Prepare(OpenXmlPart part, string name)
    {
        XDocument xml;
        using (var stream = part.GetStream(FileMode.Open, FileAccess.Read))
        {
            xml = XDocument.Load(stream);
        }

        var compiled = PartCompiler.Compile(xml, name);
        if (compiled is null)
        {
            return null;
        }

        var parsed = Template.Parse(compiled.Text);
        if (parsed.HasErrors)
        {
            var first = parsed.Messages.First(message => message.Type == Scriban.Parsing.ParserMessageType.Error);
            throw compiled.ProblemAt(first.Span.Start.Offset, first.Message);
        }

        return new PreparedPart(compiled, parsed);
    }

    static void RenderPart(OpenXmlPart part, string hash, string name, object model, CancellationToken cancellation)
    {
        if (prepared.GetOrAdd((hash, part.Uri), _ => Prepare(part, name)) is not var (compiled, parsed))
        {
            return;
        }

        string rendered;
        try
        {
            rendered = parsed.Render(NewContext(model, cancellation));
        }
        catch (ScriptRuntimeException problem)
        {
            throw compiled.ProblemAt(problem.Span.Start.Offset, problem.OriginalMessage);
        }

        // Written as is: block tags sit at element boundaries or inside text, and values are escaped,
        // so the rendered text is well-formed XML by construction.
        using var write = new StreamWriter(part.GetStream(FileMode.Create, FileAccess.Write), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        write.Write(rendered);
    }

    static TemplateContext NewContext(object model, CancellationToken cancellation)
    {
        var globals = new ScriptObject();
        if (model is IScriptObject data)
        {
            globals.Import(data);
        }
        else
        {
            globals.Import(model);
        }

        globals.Import(typeof(VietnameseFunctions));
        globals.Import(PartCompiler.ValueFunction, new Func<object?, string>(WordText.Escape));
        var context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            CancellationToken = cancellation,
        };
        context.PushGlobal(globals);
        return context;
    }
}
