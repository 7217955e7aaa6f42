using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Oversight.Documents;

/// <summary>Where a part sits in the document, as a clerk names it.</summary>
public enum PartKind
{
    Body,
    Header,
    Footer,
}

/// <summary>
/// Turns one part of a Word document (its XML) into a Scriban template whose raw text is the part's
/// XML. Tracked changes are accepted first (as Word's "Accept All" would); the tags Word split over
/// several runs are joined again, with typographic quotes read as straight ones; what a clerk may have
/// brought from another tool (docxtemplater's <c>{x}</c>, mail-merge fields, a tag broken by Enter) is
/// refused with how to write it here; then each block tag (<c>for</c>, <c>if</c>, <c>else</c>,
/// <c>end</c>) whose block spans paragraphs or table rows is lifted out of its paragraph, so that the
/// block repeats or keeps whole paragraphs or rows; finally every expression is wrapped so that its
/// value is written as escaped text.
/// </summary>
public static partial class PartCompiler
{
    /// <summary>The function that writes a value as Word text (see <see cref="WordText.Escape"/>).</summary>
    public const string ValueFunction = "word_text__";

    /// <summary>A tag longer than this is no tag a clerk wrote.</summary>
    public const int MaxTagLength = 2000;

    static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static readonly XName Paragraph = W + "p";
    static readonly XName Text = W + "t";
    static readonly XName Row = W + "tr";
    static readonly XName Cell = W + "tc";
    static readonly XName Table = W + "tbl";
    const string Marker = "oversight-block";
    const string MarkerStart = "<" + Marker + " code=\"";

    /// <summary>Where a paragraph is, for messages: "thân văn bản, đoạn 3 (“…”)" or "thân văn bản, bảng 1, hàng 2 (“…”)".</summary>
    public sealed record Place(int Offset, string Description);

    /// <summary>An expression or block tag in the template text, with the code the clerk wrote.</summary>
    public sealed record TagSpan(int Start, int End, string Code);

    public sealed record Compiled(string Text, IReadOnlyList<Place> Places, IReadOnlyList<TagSpan> Tags, string Name)
    {
        /// <summary>Where an offset of the template text is, by the paragraph it falls in (or the first one).</summary>
        public string? PlaceOf(int offset) =>
            (Places.LastOrDefault(candidate => candidate.Offset <= offset) ?? Places.FirstOrDefault())?.Description;

        /// <summary>The tag holding an offset of the template text.</summary>
        public TagSpan? TagAt(int offset) => Tags.FirstOrDefault(tag => tag.Start <= offset && offset < tag.End);

        /// <summary>A problem Scriban reports at an offset, in Vietnamese, at its place.</summary>
        public TemplateException ProblemAt(int offset, string message) =>
            new(Name, TemplateException.Translate(message, TagAt(offset)?.Code), PlaceOf(offset));

        public TemplateException ProblemAt(int offset, string problem, bool translated) =>
            translated ? new(Name, problem, PlaceOf(offset)) : ProblemAt(offset, problem);
    }

    enum TagKind
    {
        Expression,
        Open,
        Middle,
        End,
        Statement,
    }

    sealed record Tag(XElement Text, XElement Paragraph, string Code, TagKind Kind, string Place);

    /// <summary>The template for a part, or null when the part has neither a tag nor a tracked change.</summary>
    public static Compiled? Compile(XDocument part, string name, PartKind kind, CancellationToken cancellation = default)
    {
        var revised = TrackedChanges.Accept(part);
        RefuseTagsOutsideText(part, name, kind);
        var paragraphs = part.Descendants(Paragraph).ToList();
        var places = new Dictionary<XElement, string>();
        for (var index = 0; index < paragraphs.Count; index++)
        {
            cancellation.ThrowIfCancellationRequested();
            var paragraph = paragraphs[index];
            places[paragraph] = Describe(paragraph, index + 1, kind, part);
            ClerkMistakes.RefuseForeignFields(paragraph, name, places[paragraph]);
            JoinSplitTags(paragraph);
            ClerkMistakes.Refuse(string.Concat(OwnTexts(paragraph).Select(text => text.Value)), name, places[paragraph]);
        }

        var tags = paragraphs.SelectMany(paragraph => TagsOf(paragraph, places[paragraph])).ToList();
        if (tags.Count == 0 && !revised)
        {
            return null;
        }

        foreach (var tag in tags)
        {
            ClerkMistakes.RefuseTag(tag.Code, name, tag.Place);
        }

        var anchors = new HashSet<XElement>();
        // Outer blocks first: markers of blocks sharing a row or paragraph then nest the right way round.
        foreach (var block in Blocks(tags, name).OrderBy(block => tags.IndexOf(block[0])))
        {
            Lift(block, name, anchors);
        }

        foreach (var anchor in anchors.Where(IsEmpty))
        {
            RemoveEmpty(anchor);
        }

        var text = part.Declaration + part.ToString(SaveOptions.DisableFormatting);
        var (template, spans) = ToTemplate(text);
        var offsets = ParagraphStart().Matches(template).Select(match => match.Index).ToList();
        var located = paragraphs.Where(paragraph => paragraph.Document is not null)
            .Zip(offsets, (paragraph, offset) => new Place(offset, places[paragraph]))
            .ToList();
        return new Compiled(template, located, spans, name);
    }

    /// <summary>Tags belong in the text of paragraphs; in a picture's description or a field code they would be written unescaped.</summary>
    static void RefuseTagsOutsideText(XDocument part, string name, PartKind kind)
    {
        var misplaced = part.DescendantNodes().OfType<XText>().FirstOrDefault(text => text.Parent?.Name != Text && HasTag(text.Value))?.Parent
            ?? part.Descendants().FirstOrDefault(element => element.Attributes().Any(attribute => HasTag(attribute.Value)));
        if (misplaced is not null)
        {
            var paragraph = misplaced.AncestorsAndSelf(Paragraph).FirstOrDefault();
            throw new TemplateException(name,
                "thẻ {{ … }} chỉ được viết trong chữ của văn bản, không đặt trong mã trường (field), mô tả ảnh, tên dấu trang hay thuộc tính khác",
                paragraph is null ? Label(kind) : $"{Label(kind)}, đoạn “{Excerpt(paragraph)}”");
        }
    }

    /// <summary>"{{" opens a tag and "{%" a Scriban escape: neither may reach the template text outside a paragraph's text.</summary>
    static bool HasTag(string text) => text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal);

    static string Label(PartKind kind) => kind switch
    {
        PartKind.Header => "đầu trang",
        PartKind.Footer => "chân trang",
        _ => "thân văn bản",
    };

    static string Describe(XElement paragraph, int number, PartKind kind, XDocument part)
    {
        var excerpt = Excerpt(paragraph);
        var quoted = excerpt.Length == 0 ? "đoạn trống" : $"“{excerpt}”";
        if (paragraph.Ancestors(Row).FirstOrDefault() is { } row && row.Parent is { } table)
        {
            var tableNumber = part.Descendants(Table).TakeWhile(candidate => candidate != table).Count() + 1;
            var rowNumber = table.Elements(Row).TakeWhile(candidate => candidate != row).Count() + 1;
            return $"{Label(kind)}, bảng {tableNumber}, hàng {rowNumber} ({quoted})";
        }

        return $"{Label(kind)}, đoạn {number} ({quoted})";
    }

    /// <summary>Word splits text into runs at will; a tag's text is gathered into the run where it starts, its quotes made straight.</summary>
    static void JoinSplitTags(XElement paragraph)
    {
        var texts = OwnTexts(paragraph).ToList();
        if (texts.Count == 0)
        {
            return;
        }

        var whole = string.Concat(texts.Select(text => text.Value));
        var owner = new int[whole.Length];
        var start = new int[texts.Count];
        for (int index = 0, offset = 0; index < texts.Count; offset += texts[index].Value.Length, index++)
        {
            start[index] = offset;
            Array.Fill(owner, index, offset, texts[index].Value.Length);
        }

        foreach (var match in Find(whole).Reverse())
        {
            var first = owner[match.Index];
            var last = owner[match.Index + match.Length - 1];
            var tag = "{{" + Straighten(match.Code) + "}}";
            var head = texts[first].Value[..(match.Index - start[first])];
            var tail = texts[last].Value[(match.Index + match.Length - start[last])..];
            if (first == last)
            {
                SetText(texts[first], head + tag + tail);
                continue;
            }

            SetText(texts[first], head + tag);
            for (var index = first + 1; index < last; index++)
            {
                SetText(texts[index], "");
            }

            SetText(texts[last], tail);
        }
    }

    /// <summary>Word's AutoFormat types curly quotes and non-breaking spaces; inside a tag they mean the plain ones.</summary>
    static string Straighten(string code)
    {
        var builder = new StringBuilder(code.Length);
        foreach (var letter in code)
        {
            builder.Append(letter switch
            {
                '“' or '”' or '„' or '‟' or '″' => '"',
                '‘' or '’' or '‚' or '‛' or '′' => '\'',
                '\u00A0' or '\u2007' or '\u202F' => ' ',
                _ => letter,
            });
        }

        return builder.ToString();
    }

    /// <summary>Every <c>{{ … }}</c> of a text, the nearest <c>}}</c> closing each: in linear time, whatever the text holds.</summary>
    internal static IEnumerable<(int Index, int Length, string Code)> Find(string text)
    {
        var found = new List<(int, int, string)>();
        for (var position = 0; position < text.Length;)
        {
            var open = text.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            found.Add((open, close + 2 - open, text[(open + 2)..close]));
            position = close + 2;
        }

        return found;
    }

    static IEnumerable<Tag> TagsOf(XElement paragraph, string place) =>
        OwnTexts(paragraph).SelectMany(text => Find(text.Value).Select(match =>
        {
            var code = match.Code.Trim();
            return new Tag(text, paragraph, code, KindOf(code), place);
        }));

    static TagKind KindOf(string code) =>
        OpenPattern().IsMatch(code) ? TagKind.Open
        : MiddlePattern().IsMatch(code) ? TagKind.Middle
        : code == "end" ? TagKind.End
        : StatementPattern().IsMatch(code) ? TagKind.Statement
        : TagKind.Expression;

    /// <summary>Pairs each open tag with its middles and its end; a stray or missing end is an error.</summary>
    static IEnumerable<List<Tag>> Blocks(IEnumerable<Tag> tags, string name)
    {
        var open = new Stack<List<Tag>>();
        var blocks = new List<List<Tag>>();
        foreach (var tag in tags)
        {
            switch (tag.Kind)
            {
                case TagKind.Open:
                    open.Push([tag]);
                    break;
                case TagKind.Middle when open.Count > 0:
                    open.Peek().Add(tag);
                    break;
                case TagKind.End when open.Count > 0:
                    var block = open.Pop();
                    block.Add(tag);
                    blocks.Add(block);
                    break;
                case TagKind.Middle or TagKind.End:
                    throw new TemplateException(name,
                        $"“{{{{ {tag.Code} }}}}” không có “{{{{ for … }}}}” hay “{{{{ if … }}}}” mở trước nó: hãy xoá nó, hoặc thêm thẻ mở khối ở trên",
                        tag.Place);
            }
        }

        if (open.Count > 0)
        {
            var unclosed = open.Peek()[0];
            throw new TemplateException(name,
                $"“{{{{ {unclosed.Code} }}}}” thiếu “{{{{ end }}}}” đóng khối: mỗi “{{{{ for … }}}}” và “{{{{ if … }}}}” cần một “{{{{ end }}}}” ở chỗ khối kết thúc",
                unclosed.Place);
        }

        return blocks;
    }

    /// <summary>
    /// A block within one paragraph stays inline. A block over several rows (or cells) of a table repeats
    /// whole rows; otherwise it repeats whole paragraphs. Its tags become markers beside those rows or paragraphs.
    /// </summary>
    static void Lift(List<Tag> block, string name, HashSet<XElement> anchors)
    {
        if (block.All(tag => tag.Paragraph == block[0].Paragraph))
        {
            return;
        }

        var firstRow = block[0].Paragraph.Ancestors(Row).FirstOrDefault();
        var lastRow = block[^1].Paragraph.Ancestors(Row).FirstOrDefault();
        // Rows repeat when the block spans rows of one table, or cells of one row.
        var byRow = firstRow is not null && lastRow is not null && firstRow.Parent == lastRow.Parent
            && (firstRow != lastRow || block[0].Paragraph.Ancestors(Cell).First() != block[^1].Paragraph.Ancestors(Cell).First());
        var anchorsOfBlock = block.Select(tag => byRow ? tag.Paragraph.Ancestors(Row).FirstOrDefault() : tag.Paragraph).ToList();
        if (anchorsOfBlock.Any(anchor => anchor?.Parent != anchorsOfBlock[0]?.Parent))
        {
            throw new TemplateException(name,
                $"khối “{{{{ {block[0].Code} }}}}” … “{{{{ end }}}}” phải mở và đóng trong cùng một ô bảng, cùng một bảng hoặc cùng cấp đoạn văn",
                block[0].Place);
        }

        foreach (var (tag, anchor) in block.Zip(anchorsOfBlock, (tag, anchor) => (tag, anchor!)))
        {
            SetText(tag.Text, WithoutFirst(tag.Text.Value, tag.Code));
            var marker = new XElement(Marker, new XAttribute("code", tag.Code));
            if (tag.Kind == TagKind.End)
            {
                anchor.AddAfterSelf(marker);
            }
            else
            {
                anchor.AddBeforeSelf(marker);
            }

            anchors.Add(anchor);
        }
    }

    /// <summary>The text without its first tag of this code (a text may hold the same tag twice: "{{ end }}{{ end }}").</summary>
    static string WithoutFirst(string text, string code)
    {
        var tag = Find(text).First(match => match.Code.Trim() == code);
        return text.Remove(tag.Index, tag.Length);
    }

    static bool IsEmpty(XElement anchor) =>
        anchor.Descendants(Text).All(text => string.IsNullOrWhiteSpace(text.Value))
        && !anchor.Descendants().Any(element => element.Name.LocalName is "drawing" or "pict" or "object" or "br" or "tab" or "sym");

    /// <summary>Removes a paragraph or row left empty by its lifted tags; a table cell keeps its one required paragraph.</summary>
    static void RemoveEmpty(XElement anchor)
    {
        if (anchor.Name == Paragraph && anchor.Parent?.Name == Cell && anchor.Parent.Elements(Paragraph).Count() == 1)
        {
            return;
        }

        anchor.Remove();
    }

    /// <summary>The part's XML as a template: markers become block tags, expressions write escaped text.</summary>
    static (string Template, List<TagSpan> Tags) ToTemplate(string xml)
    {
        var template = new StringBuilder(xml.Length + 1024);
        var spans = new List<TagSpan>();
        var position = 0;
        while (position < xml.Length)
        {
            var marker = xml.IndexOf(MarkerStart, position, StringComparison.Ordinal);
            var tag = xml.IndexOf("{{", position, StringComparison.Ordinal);
            var close = tag < 0 ? -1 : xml.IndexOf("}}", tag + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                tag = -1;
            }

            if (marker < 0 && tag < 0)
            {
                break;
            }

            if (marker >= 0 && (tag < 0 || marker < tag))
            {
                var end = xml.IndexOf("\"", marker + MarkerStart.Length, StringComparison.Ordinal);
                var finish = xml.IndexOf("/>", end, StringComparison.Ordinal);
                template.Append(xml, position, marker - position);
                var code = Unescape(xml[(marker + MarkerStart.Length)..end]);
                spans.Add(new TagSpan(template.Length, template.Length + code.Length + 6, code));
                template.Append("{{ ").Append(code).Append(" }}");
                position = finish + 2;
                continue;
            }

            template.Append(xml, position, tag - position);
            var written = Unescape(xml[(tag + 2)..close]).Trim();
            var wrapped = KindOf(written) == TagKind.Expression ? $"{{{{ {ValueFunction}(({written})) }}}}" : $"{{{{ {written} }}}}";
            spans.Add(new TagSpan(template.Length, template.Length + wrapped.Length, written));
            template.Append(wrapped);
            position = close + 2;
        }

        template.Append(xml, position, xml.Length - position);
        return (template.ToString(), spans);
    }

    static string Unescape(string text) => System.Net.WebUtility.HtmlDecode(text);

    internal static IEnumerable<XElement> OwnTexts(XElement paragraph) =>
        paragraph.Descendants(Text).Where(text => text.Ancestors(Paragraph).First() == paragraph);

    static void SetText(XElement text, string value)
    {
        text.Value = value;
        text.SetAttributeValue(XNamespace.Xml + "space", "preserve");
    }

    static string Excerpt(XElement paragraph)
    {
        var text = string.Concat(OwnTexts(paragraph).Select(t => t.Value)).Trim();
        return text.Length <= 80 ? text : text[..80] + "…";
    }

    [GeneratedRegex(@"^(for|if|while|with|capture|case)\s")]
    private static partial Regex OpenPattern();

    [GeneratedRegex(@"^(else|when)(\s|$)")]
    private static partial Regex MiddlePattern();

    /// <summary>Statements write nothing (an assignment, a comment): they are not wrapped. Anything that could write stays an expression.</summary>
    [GeneratedRegex(@"^(#|[a-z_][a-z0-9_.]*(\[[a-z0-9_.]*\])*\s*=[^=])", RegexOptions.IgnoreCase)]
    private static partial Regex StatementPattern();

    [GeneratedRegex(@"<w:p[ >]")]
    private static partial Regex ParagraphStart();
}
