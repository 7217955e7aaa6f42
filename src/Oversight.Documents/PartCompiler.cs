using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Oversight.Documents;

/// <summary>
/// Turns one part of a Word document (its XML) into a Scriban template whose raw text is the part's
/// XML. First the tags Word split over several runs are joined again; then each block tag
/// (<c>for</c>, <c>if</c>, <c>else</c>, <c>end</c>) whose block spans paragraphs or table rows is lifted
/// out of its paragraph, so that the block repeats or keeps whole paragraphs or rows; finally every
/// expression is wrapped so that its value is written as escaped text.
/// </summary>
public static partial class PartCompiler
{
    /// <summary>The function that writes a value as Word text (see <see cref="WordText.Escape"/>).</summary>
    public const string ValueFunction = "word_text__";

    static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static readonly XName Paragraph = W + "p";
    static readonly XName Text = W + "t";
    static readonly XName Row = W + "tr";
    static readonly XName Cell = W + "tc";
    const string Marker = "oversight-block";

    public sealed record Compiled(string Text, IReadOnlyList<(int Offset, int Number, string Excerpt)> Paragraphs, string Name)
    {
        /// <summary>A problem at an offset of the template text, located at the paragraph it falls in (or the next one).</summary>
        public TemplateException ProblemAt(int offset, string message)
        {
            var paragraph = Paragraphs.LastOrDefault(candidate => candidate.Offset <= offset);
            if (paragraph == default)
            {
                paragraph = Paragraphs.FirstOrDefault();
            }

            return new TemplateException(Name, TemplateException.Translate(message), paragraph.Number, paragraph.Excerpt);
        }
    }

    enum TagKind
    {
        Expression,
        Open,
        Middle,
        End,
        Statement,
    }

    sealed record Tag(XElement Text, XElement Paragraph, string Code, TagKind Kind, int ParagraphNumber);

    /// <summary>The template for a part, or null when the part has no tag at all.</summary>
    public static Compiled? Compile(XDocument part, string name)
    {
        var paragraphs = part.Descendants(Paragraph).ToList();
        foreach (var paragraph in paragraphs)
        {
            JoinSplitTags(paragraph);
        }

        var excerpts = paragraphs.Select(Excerpt).ToList();
        var tags = paragraphs.SelectMany((paragraph, index) => TagsOf(paragraph, index + 1)).ToList();
        if (tags.Count == 0)
        {
            return null;
        }

        var anchors = new HashSet<XElement>();
        // Outer blocks first: markers of blocks sharing a row or paragraph then nest the right way round.
        foreach (var block in Blocks(tags, name, excerpts).OrderBy(block => tags.IndexOf(block[0])))
        {
            Lift(block, name, excerpts, anchors);
        }

        foreach (var anchor in anchors.Where(IsEmpty))
        {
            RemoveEmpty(anchor);
        }

        var text = part.Declaration + part.ToString(SaveOptions.DisableFormatting);
        var template = ToTemplate(text);
        var offsets = ParagraphStart().Matches(template).Select(match => match.Index).ToList();
        var located = paragraphs.Select((paragraph, index) => (paragraph, index))
            .Where(entry => entry.paragraph.Parent is not null)
            .Select(entry => (Number: entry.index + 1, Excerpt: excerpts[entry.index]))
            .Zip(offsets, (paragraph, offset) => (offset, paragraph.Number, paragraph.Excerpt))
            .ToList();
        return new Compiled(template, located, name);
    }

    /// <summary>Word splits text into runs at will; a tag's text is gathered into the run where it starts.</summary>
    static void JoinSplitTags(XElement paragraph)
    {
        var texts = OwnTexts(paragraph).ToList();
        if (texts.Count < 2)
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

        foreach (var match in TagPattern().Matches(whole).Reverse())
        {
            var first = owner[match.Index];
            var last = owner[match.Index + match.Length - 1];
            if (first == last)
            {
                continue;
            }

            var head = texts[first].Value[..(match.Index - start[first])];
            var tail = texts[last].Value[(match.Index + match.Length - start[last])..];
            SetText(texts[first], head + match.Value);
            for (var index = first + 1; index < last; index++)
            {
                SetText(texts[index], "");
            }

            SetText(texts[last], tail);
        }
    }

    static IEnumerable<Tag> TagsOf(XElement paragraph, int number) =>
        OwnTexts(paragraph).SelectMany(text => TagPattern().Matches(text.Value).Select(match =>
        {
            var code = match.Groups[1].Value.Trim();
            return new Tag(text, paragraph, code, KindOf(code), number);
        }));

    static TagKind KindOf(string code) =>
        OpenPattern().IsMatch(code) ? TagKind.Open
        : MiddlePattern().IsMatch(code) ? TagKind.Middle
        : code == "end" ? TagKind.End
        : StatementPattern().IsMatch(code) ? TagKind.Statement
        : TagKind.Expression;

    /// <summary>Pairs each open tag with its middles and its end; a stray or missing end is an error.</summary>
    static IEnumerable<List<Tag>> Blocks(IEnumerable<Tag> tags, string name, IReadOnlyList<string> excerpts)
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
                    throw new TemplateException(name, $"“{{{{ {tag.Code} }}}}” không có “{{{{ for … }}}}” hay “{{{{ if … }}}}” mở trước nó",
                        tag.ParagraphNumber, excerpts[tag.ParagraphNumber - 1]);
            }
        }

        if (open.Count > 0)
        {
            var unclosed = open.Peek()[0];
            throw new TemplateException(name, $"“{{{{ {unclosed.Code} }}}}” thiếu “{{{{ end }}}}” đóng khối",
                unclosed.ParagraphNumber, excerpts[unclosed.ParagraphNumber - 1]);
        }

        return blocks;
    }

    /// <summary>
    /// A block within one paragraph stays inline. A block over several rows (or cells) of a table repeats
    /// whole rows; otherwise it repeats whole paragraphs. Its tags become markers beside those rows or paragraphs.
    /// </summary>
    static void Lift(List<Tag> block, string name, IReadOnlyList<string> excerpts, HashSet<XElement> anchors)
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
                block[0].ParagraphNumber, excerpts[block[0].ParagraphNumber - 1]);
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
        var tag = TagPattern().Matches(text).First(match => match.Groups[1].Value.Trim() == code);
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

    static string ToTemplate(string xml)
    {
        var template = new StringBuilder(xml.Length + 1024);
        var position = 0;
        foreach (Match match in TemplatePiece().Matches(xml))
        {
            template.Append(xml, position, match.Index - position);
            position = match.Index + match.Length;
            if (match.Groups["marker"].Success)
            {
                template.Append("{{ ").Append(Unescape(match.Groups["marker"].Value)).Append(" }}");
                continue;
            }

            var code = Unescape(match.Groups["tag"].Value).Trim();
            template.Append(KindOf(code) == TagKind.Expression ? $"{{{{ {ValueFunction}(({code})) }}}}" : $"{{{{ {code} }}}}");
        }

        return template.Append(xml, position, xml.Length - position).ToString();
    }

    static string Unescape(string text) => System.Net.WebUtility.HtmlDecode(text);

    static IEnumerable<XElement> OwnTexts(XElement paragraph) =>
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

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"^(for|if|while|with|capture|case|tablerow)\s")]
    private static partial Regex OpenPattern();

    [GeneratedRegex(@"^(else|when)(\s|$)")]
    private static partial Regex MiddlePattern();

    [GeneratedRegex(@"^(#|[a-z_][a-z0-9_.]*\s*=[^=]|break\b|continue\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StatementPattern();

    [GeneratedRegex(@"<w:p[ >]")]
    private static partial Regex ParagraphStart();

    [GeneratedRegex("<oversight-block code=\"(?<marker>[^\"]*)\"\\s*/>|\\{\\{(?<tag>.*?)\\}\\}", RegexOptions.Singleline)]
    private static partial Regex TemplatePiece();
}
