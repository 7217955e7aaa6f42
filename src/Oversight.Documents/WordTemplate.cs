using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Scriban;
using Scriban.Runtime;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Oversight.Documents;

/// <summary>
/// A Word document (.docx) with Scriban expressions in its text, rendered into a new document.
/// The data is exposed with Scriban's snake_case names: a C# property <c>DueDate</c> reads as
/// <c>due_date</c>. Values are always written as text: they never become markup or template code.
/// Every template is hostile until proven otherwise: its package is inspected and bounded
/// (<see cref="TemplatePackage"/>) before it is parsed, and every render is bounded in loops, string
/// and output length, memory allocated and time.
/// </summary>
public static class WordTemplate
{
    public const int LoopLimit = 10_000;
    public const int RecursiveLimit = 50;

    /// <summary>Characters of any one value a template makes (a report section is far shorter).</summary>
    public const int StringLimit = 1_048_576;

    /// <summary>Characters a part may render to.</summary>
    public const int OutputLimit = 16_000_000;

    /// <summary>Bytes one render may allocate: a runaway template stops here, whatever it does.</summary>
    public const long AllocationLimit = 256L * 1024 * 1024;

    /// <summary>How long one render (or one check at upload) may take.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(5);

    static readonly OpenSettings openSettings = new() { MaxCharactersInPart = TemplatePackage.MaxCharactersInPart };

    /// <summary>Compiled parts (and the fingerprints of inspected packages), least recently used dropped first.</summary>
    public static TemplateCache Cache { get; } = new(64L * 1024 * 1024);

    /// <summary>Renders <paramref name="template"/> (the .docx bytes) with <paramref name="model"/>; <paramref name="name"/> names it in errors.</summary>
    public static byte[] Render(byte[] template, string name, object model, CancellationToken cancellation = default, TimeSpan? timeLimit = null) =>
        Bounded(name, cancellation, timeLimit, bounded =>
        {
            var hash = Vet(template, name, bounded);
            using var output = new MemoryStream();
            output.Write(template);
            using (var document = OpenForEditing(output, name))
            {
                foreach (var (part, kind) in TextParts(document, name))
                {
                    RenderPart(part, kind, hash, name, model, bounded);
                }
            }

            return output.ToArray();
        });

    /// <summary>
    /// The problems a template has, in Vietnamese; none when it may be used. Every name it reads is
    /// checked against <paramref name="shape"/> (by default the shape of the sample), then it must
    /// render the sample data.
    /// </summary>
    public static IReadOnlyList<string> Check(byte[] template, string name, object sampleData, DataShape? shape = null, CancellationToken cancellation = default,
        TimeSpan? timeLimit = null)
    {
        try
        {
            var problems = Bounded(name, cancellation, timeLimit, bounded =>
            {
                var hash = Vet(template, name, bounded);
                var found = new List<TemplateException>();
                var expected = shape ?? DataShape.Of(sampleData);
                using var document = OpenForReading(template, name);
                foreach (var (part, kind) in TextParts(document, name))
                {
                    if (Prepare(part, kind, hash, name, bounded) is var (compiled, parsed))
                    {
                        MemberChecker.Check(parsed, compiled, expected, CheckingBuiltins, found);
                    }
                }

                return found.Select(problem => problem.Message).ToList();
            });
            if (problems.Count > 0)
            {
                return problems;
            }

            Render(template, name, sampleData, cancellation, timeLimit);
            return [];
        }
        catch (TemplateException problem)
        {
            return [problem.Message];
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> under the time limit. The caller's own cancellation (a client gone)
    /// stays an <see cref="OperationCanceledException"/>; the limit becomes a <see cref="TemplateException"/>;
    /// whatever else a malformed file makes the libraries throw is told as a damaged file, never a crash.
    /// </summary>
    static T Bounded<T>(string name, CancellationToken cancellation, TimeSpan? timeLimit, Func<CancellationToken, T> work)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var allowed = timeLimit ?? TimeLimit;
        limit.CancelAfter(allowed);
        var outer = deadline;
        deadline = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(allowed.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        try
        {
            return work(limit.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or ScriptAbortException or TimeExceeded)
        {
            cancellation.ThrowIfCancellationRequested();
            var duration = allowed.TotalSeconds >= 1
                ? allowed.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " giây"
                : $"{allowed.TotalMilliseconds:0} mili giây";
            throw new TemplateException(name, $"dựng mẫu mất hơn {duration} nên đã bị dừng: có lẽ một vòng lặp hay phép tính quá lớn; hãy rút gọn phần đó");
        }
        catch (Exception exception) when (exception is XmlException or OpenXmlPackageException or InvalidDataException or FileFormatException or IOException
            or InvalidOperationException or NotSupportedException or ArgumentException or UriFormatException)
        {
            throw new TemplateException(name, "tệp Word bị hỏng hoặc có cấu trúc không đọc được: hãy mở trong Word, lưu lại thành tệp .docx mới rồi tải lên");
        }
        finally
        {
            deadline = outer;
        }
    }

    /// <summary>
    /// When the render on this thread must stop. The timer behind <see cref="CancellationTokenSource.CancelAfter(TimeSpan)"/>
    /// fires on the thread pool, which a busy server can hold back; the clock read at every node cannot be.
    /// </summary>
    [ThreadStatic]
    static long deadline;

    /// <summary>Inspects a package once per version (its SHA-256); the fingerprint is what caches its parts.</summary>
    static string Vet(byte[] template, string name, CancellationToken cancellation)
    {
        var hash = Convert.ToHexString(SHA256.HashData(template));
        if (!Cache.Contains((hash, null)))
        {
            TemplatePackage.Inspect(template, name, cancellation);
            Cache.Add((hash, null), null, 256);
        }

        return hash;
    }

    static WordprocessingDocument OpenForEditing(Stream stream, string name)
    {
        try
        {
            return WordprocessingDocument.Open(stream, isEditable: true, openSettings);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new TemplateException(name, "tệp không phải là văn bản Word (.docx) hợp lệ");
        }
    }

    static WordprocessingDocument OpenForReading(byte[] template, string name)
    {
        try
        {
            return WordprocessingDocument.Open(new MemoryStream(template, writable: false), isEditable: false, openSettings);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new TemplateException(name, "tệp không phải là văn bản Word (.docx) hợp lệ");
        }
    }

    static IEnumerable<(OpenXmlPart Part, PartKind Kind)> TextParts(WordprocessingDocument document, string name)
    {
        var main = document.MainDocumentPart ?? throw new TemplateException(name, "văn bản không có phần nội dung chính");
        return [(main, PartKind.Body), .. main.HeaderParts.Select(part => ((OpenXmlPart)part, PartKind.Header)),
            .. main.FooterParts.Select(part => ((OpenXmlPart)part, PartKind.Footer))];
    }

    /// <summary>A part turned into a parsed Scriban template; null for a part without tags.</summary>
    sealed record PreparedPart(PartCompiler.Compiled Compiled, Template Parsed);

    /// <summary>Templates are few and rendered often: each version's parts are compiled once, keyed by the template's SHA-256 and the part's address.</summary>
    static PreparedPart? Prepare(OpenXmlPart part, PartKind kind, string hash, string name, CancellationToken cancellation)
    {
        if (Cache.TryGet((hash, part.Uri), out var cached))
        {
            return (PreparedPart?)cached;
        }

        XDocument xml;
        using (var stream = part.GetStream(FileMode.Open, FileAccess.Read))
        using (var reader = XmlReader.Create(stream, Reading))
        {
            xml = XDocument.Load(reader);
        }

        var compiled = PartCompiler.Compile(xml, name, kind, cancellation);
        PreparedPart? prepared = null;
        if (compiled is not null)
        {
            var parsed = Template.Parse(compiled.Text);
            if (parsed.HasErrors)
            {
                var first = parsed.Messages.First(message => message.Type == Scriban.Parsing.ParserMessageType.Error);
                throw compiled.ProblemAt(first.Span.Start.Offset, first.Message);
            }

            prepared = new PreparedPart(compiled, parsed);
        }

        // Its text in UTF-16 and the parsed nodes, a few times the text's size: a fair estimate of its weight.
        Cache.Add((hash, part.Uri), prepared, 256 + 8L * (compiled?.Text.Length ?? 0));
        return prepared;
    }

    static readonly XmlReaderSettings Reading = WithoutInsignificantWhitespace(TemplatePackage.XmlSettings);

    static XmlReaderSettings WithoutInsignificantWhitespace(XmlReaderSettings settings)
    {
        settings.IgnoreWhitespace = true;
        return settings;
    }

    static void RenderPart(OpenXmlPart part, PartKind kind, string hash, string name, object model, CancellationToken cancellation)
    {
        if (Prepare(part, kind, hash, name, cancellation) is not var (compiled, parsed))
        {
            return;
        }

        string rendered;
        try
        {
            rendered = parsed.Render(NewContext(model, cancellation));
        }
        catch (ScriptRuntimeException problem) when (problem is not ScriptAbortException)
        {
            if (problem is TimeExceeded || problem.InnerException is TimeExceeded)
            {
                throw new TimeExceeded(problem.Span);
            }

            if (problem is AllocationExceeded || problem.InnerException is AllocationExceeded)
            {
                throw compiled.ProblemAt(problem.Span.Start.Offset,
                    $"dựng mẫu cần quá {AllocationLimit / 1024 / 1024} MB bộ nhớ nên đã bị dừng: có lẽ một vòng lặp tạo ra quá nhiều chữ; hãy rút gọn phần đó", translated: true);
            }

            // A name missing at render: the checker says which one and what was probably meant.
            var found = new List<TemplateException>();
            if (problem.OriginalMessage.Contains("was not found", StringComparison.Ordinal))
            {
                MemberChecker.Check(parsed, compiled, DataShape.Of(model), CheckingBuiltins, found);
            }

            throw found.FirstOrDefault() ?? compiled.ProblemAt(problem.Span.Start.Offset, problem.OriginalMessage);
        }

        // Written as is: block tags sit at element boundaries or inside text, and values are escaped,
        // so the rendered text is well-formed XML by construction.
        using var write = new StreamWriter(part.GetStream(FileMode.Create, FileAccess.Write), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        write.Write(rendered);
    }

    /// <summary>
    /// The context of one render. Scriban's built-ins stay, less those that reach outside or run away
    /// (regular expressions, include, eval); the Vietnamese helpers sit with them under the data, so a
    /// data field never hides behind a helper of the same name (the helpers are also under <c>vn.</c>).
    /// </summary>
    static TemplateContext NewContext(object model, CancellationToken cancellation)
    {
        var data = new ScriptObject();
        if (model is IScriptObject scriptObject)
        {
            data.Import(scriptObject);
        }
        else
        {
            data.Import(model);
        }

        var context = new BoundedContext
        {
            StrictVariables = true,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            LimitToString = StringLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromMilliseconds(100),
            CancellationToken = cancellation,
        };
        Restrict(context.BuiltinObject);
        context.PushGlobal(data);
        var own = new ScriptObject();
        own.Import(PartCompiler.ValueFunction, new Func<object?, string>(WordText.Escape));
        own.SetReadOnly(PartCompiler.ValueFunction, true);
        context.PushGlobal(own);
        return context;
    }

    /// <summary>Built-ins and helpers as a template sees them (for checking names without rendering).</summary>
    internal static ScriptObject CheckingBuiltins { get; } = Restrict(new TemplateContext().BuiltinObject);

    /// <summary>The helper names every template may call.</summary>
    public static IReadOnlyList<string> Helpers { get; } = HelperNames();

    static List<string> HelperNames()
    {
        var helpers = new ScriptObject();
        helpers.Import(typeof(VietnameseFunctions));
        return [.. helpers.Keys.Order()];
    }

    /// <summary>Scriban built-ins a template may not use, and why (told to the clerk who tries).</summary>
    internal static readonly IReadOnlyDictionary<string, string> Removed = new Dictionary<string, string>
    {
        ["regex"] = "biểu thức chính quy (regex) có thể chạy rất lâu",
        ["include"] = "mẫu không được đọc tệp khác",
        ["include_join"] = "mẫu không được đọc tệp khác",
        ["html"] = "văn bản Word không dùng HTML",
        ["eval"] = "mẫu không được chạy chữ như mã",
        ["eval_template"] = "mẫu không được chạy chữ như mã",
    };

    static ScriptObject Restrict(ScriptObject builtins)
    {
        foreach (var reaching in new[] { "regex", "include", "include_join", "html" })
        {
            builtins.Remove(reaching);
        }

        if (builtins["object"] is ScriptObject objects)
        {
            objects.Remove("eval");
            objects.Remove("eval_template");
        }

        builtins.Import(typeof(VietnameseFunctions));
        var vn = new ScriptObject();
        vn.Import(typeof(VietnameseFunctions));
        builtins.SetValue("vn", vn, readOnly: true);
        return builtins;
    }

    /// <summary>Thrown when a render allocates more than <see cref="AllocationLimit"/>.</summary>
    sealed class AllocationExceeded(SourceSpan span) : ScriptRuntimeException(span, "allocation limit");

    /// <summary>Thrown when a render runs past the deadline of <see cref="Bounded{T}"/>.</summary>
    sealed class TimeExceeded(SourceSpan span) : ScriptRuntimeException(span, "time limit");

    /// <summary>Counts what this thread allocated since the render began at every node Scriban evaluates.</summary>
    sealed class BoundedContext : TemplateContext
    {
        readonly long start = GC.GetAllocatedBytesForCurrentThread();

        public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
        {
            if (GC.GetAllocatedBytesForCurrentThread() - start > AllocationLimit)
            {
                throw new AllocationExceeded(scriptNode?.Span ?? default);
            }

            if (deadline != 0 && System.Diagnostics.Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeExceeded(scriptNode?.Span ?? default);
            }

            return base.Evaluate(scriptNode, aliasReturnedFunction);
        }
    }
}
