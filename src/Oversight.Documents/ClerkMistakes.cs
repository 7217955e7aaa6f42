using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Oversight.Documents;

/// <summary>
/// What clerks bring from other tools or what Word does to their typing, recognised and refused with
/// how to write it here: docxtemplater's <c>{x}</c>, mail-merge fields and «…», Liquid's <c>{% … %}</c>,
/// a tag broken by Enter, a keyword AutoCorrect capitalised, <c>endfor</c>.
/// </summary>
public static partial class ClerkMistakes
{
    static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static readonly HashSet<string> keywords =
        ["for", "in", "if", "else", "end", "while", "with", "capture", "case", "when", "break", "continue", "and", "or", "not", "true", "false", "null", "tablerow"];

    /// <summary>A mail-merge field is a Word field, not text: it is found in the paragraph's field codes.</summary>
    public static void RefuseForeignFields(XElement paragraph, string name, string place)
    {
        var codes = string.Concat(paragraph.Descendants(W + "instrText").Where(OwnedBy(paragraph)).Select(code => code.Value))
            + string.Concat(paragraph.Descendants(W + "fldSimple").Where(OwnedBy(paragraph)).Select(field => " " + (string?)field.Attribute(W + "instr")));
        if (MergeField().Match(codes) is { Success: true } merge)
        {
            var field = merge.Groups["name"].Value;
            throw new TemplateException(name,
                $"trường trộn thư MERGEFIELD “{field}” (hiện là «{field}») không dùng được ở đây: hãy xoá trường đó rồi gõ thẻ, ví dụ “{{{{ {Snake(field)} }}}}”, với tên trường lấy trong danh sách trường của mẫu",
                place);
        }
    }

    static Func<XElement, bool> OwnedBy(XElement paragraph) => element => element.Ancestors(W + "p").First() == paragraph;

    /// <summary>Checks a paragraph's text once Word's runs are joined again.</summary>
    public static void Refuse(string text, string name, string place)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        foreach (var tag in PartCompiler.Find(text))
        {
            builder.Append(text, position, tag.Index - position).Append(' ');
            position = tag.Index + tag.Length;
        }

        var outside = builder.Append(text, position, text.Length - position).ToString();

        if (outside.IndexOf("{{", StringComparison.Ordinal) is >= 0 and var open)
        {
            var fragment = Clip(outside[open..]);
            throw new TemplateException(name,
                $"thẻ “{fragment}” không có “}}}}” đóng trong cùng đoạn: có lẽ đã nhấn Enter giữa thẻ; hãy nối lại để cả thẻ, từ “{{{{” đến “}}}}”, nằm liền trên một dòng",
                place);
        }

        if (outside.IndexOf("}}", StringComparison.Ordinal) is >= 0 and var close)
        {
            var fragment = Clip(outside[..(close + 2)], fromEnd: true);
            throw new TemplateException(name,
                $"“{fragment}” đóng một thẻ không có “{{{{” mở trong cùng đoạn: có lẽ đã nhấn Enter giữa thẻ; hãy nối lại để cả thẻ, từ “{{{{” đến “}}}}”, nằm liền trên một dòng",
                place);
        }

        if (outside.Contains("{%", StringComparison.Ordinal) && LiquidTag().Match(outside) is var liquid)
        {
            throw new TemplateException(name,
                $"“{Clip(liquid.Success ? liquid.Value : outside[outside.IndexOf("{%", StringComparison.Ordinal)..])}” là cách viết của Liquid/Jinja; ở đây thẻ viết trong hai dấu ngoặc nhọn: “{{{{ for item in danh_sach }}}}” … “{{{{ end }}}}”, “{{{{ if điều_kiện }}}}” … “{{{{ end }}}}”",
                place);
        }

        if (SingleBrace().Match(outside) is { Success: true } single)
        {
            throw new TemplateException(name, $"“{single.Value}” là cách viết thẻ của docxtemplater; ở đây {Rewrite(single)}", place);
        }

        if (Guillemets().Match(outside) is { Success: true } merge)
        {
            var field = merge.Groups["name"].Value.Trim();
            throw new TemplateException(name,
                $"“«{field}»” là trường trộn thư (mail merge) không dùng được ở đây: hãy xoá nó rồi gõ thẻ, ví dụ “{{{{ {Snake(field)} }}}}”, với tên trường lấy trong danh sách trường của mẫu",
                place);
        }
    }

    /// <summary>Checks one tag's code (quotes already straightened).</summary>
    public static void RefuseTag(string code, string name, string place)
    {
        if (code.Length > PartCompiler.MaxTagLength)
        {
            throw new TemplateException(name, $"thẻ “{{{{ {Clip(code)} }}}}” dài quá {PartCompiler.MaxTagLength} ký tự", place);
        }

        if (code.Length == 0)
        {
            throw new TemplateException(name, "thẻ “{{ }}” trống: hãy viết tên trường vào giữa, ví dụ “{{ programme.title }}”, hoặc xoá nó", place);
        }

        // One statement per tag: a second one after ";" or a line break would be written as it is, markup and all.
        var outsideStrings = StringLiteral().Replace(code, "\"\"");
        if (outsideStrings.IndexOfAny([';', '\n', '\r']) >= 0)
        {
            throw new TemplateException(name, $"thẻ “{{{{ {Clip(code)} }}}}” chứa nhiều câu lệnh: mỗi thẻ {{{{ … }}}} chỉ được có một câu lệnh; hãy tách thành nhiều thẻ", place);
        }

        if (Unusable().Match(code) is { Success: true } unusable)
        {
            var why = unusable.Value switch
            {
                "tablerow" => "nó viết ra mã HTML; bảng trong mẫu là bảng Word, lặp theo hàng bằng “{{ for … }}” … “{{ end }}”",
                "func" => "mẫu văn bản không định nghĩa hàm; hãy dùng các hàm có sẵn",
                _ => "nó cắt ngang văn bản giữa chừng; hãy dùng “{{ if điều_kiện }}” … “{{ end }}” để bỏ qua phần không cần",
            };
            throw new TemplateException(name, $"“{unusable.Value}” trong “{{{{ {Clip(code)} }}}}” không dùng được trong mẫu văn bản Word: {why}", place);
        }

        if (EndWord().Match(code) is { Success: true } end)
        {
            throw new TemplateException(name, $"“{{{{ {code} }}}}”: ở đây mọi khối đều đóng bằng “{{{{ end }}}}” (không viết “{end.Value}”)", place);
        }

        if (ElseIf().IsMatch(code))
        {
            throw new TemplateException(name, $"“{{{{ {code} }}}}”: ở đây viết “{{{{ else if điều_kiện }}}}” (hai từ, chữ thường)", place);
        }

        foreach (Match word in Word().Matches(StringLiteral().Replace(code, "\"\"")))
        {
            var lower = word.Value.ToLowerInvariant();
            if (keywords.Contains(lower) && word.Value != lower)
            {
                throw new TemplateException(name,
                    $"từ khoá “{word.Value}” trong “{{{{ {Clip(code)} }}}}” phải viết thường: “{lower}” (Word tự viết hoa chữ đầu câu; hãy sửa lại, hoặc tắt “Capitalize first letter of sentences” trong AutoCorrect)",
                    place);
            }
        }
    }

    /// <summary>How a docxtemplater tag is written here.</summary>
    static string Rewrite(Match single)
    {
        var sign = single.Groups["sign"].Value;
        var path = single.Groups["path"].Value;
        return sign switch
        {
            "#" => $"vòng lặp viết “{{{{ for item in {Snake(path)} }}}}” … “{{{{ end }}}}” (điều kiện: “{{{{ if {Snake(path)} }}}}” … “{{{{ end }}}}”)",
            "/" => "khối đóng bằng “{{ end }}”",
            "^" => $"viết “{{{{ if {Snake(path)}.size == 0 }}}}” … “{{{{ end }}}}”",
            _ => $"viết hai dấu ngoặc nhọn: “{{{{ {Snake(path)} }}}}”",
        };
    }

    /// <summary>Data fields read in snake_case: "DueDate" → "due_date", "Ten Co Quan" → "ten_co_quan".</summary>
    static string Snake(string name) =>
        SnakeBoundary().Replace(name.Trim(), "$1_$2").Replace(' ', '_').Replace('-', '_').ToLowerInvariant();

    static string Clip(string text, bool fromEnd = false)
    {
        text = text.Trim();
        return text.Length <= 40 ? text : fromEnd ? "…" + text[^40..] : text[..40] + "…";
    }

    [GeneratedRegex(@"\bMERGEFIELD\s+""?(?<name>[^""\\\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MergeField();

    [GeneratedRegex(@"\{%.{0,200}?%\}")]
    private static partial Regex LiquidTag();

    [GeneratedRegex(@"(?<!\{)\{(?<sign>[#/^]?)\s{0,5}(?<path>[\p{L}_][\p{L}\p{N}_.]{0,100})\s{0,5}\}(?!\})")]
    private static partial Regex SingleBrace();

    [GeneratedRegex(@"«(?<name>[^«»\r\n]{1,60})»")]
    private static partial Regex Guillemets();

    [GeneratedRegex(@"^(end\s*(for|if|while|with|capture|case)|endfor|endif|endwhile|endeach|next)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndWord();

    [GeneratedRegex(@"^(break|continue|ret|return|tablerow|func)\b")]
    private static partial Regex Unusable();

    [GeneratedRegex(@"^(elsif|elseif|elif)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ElseIf();

    [GeneratedRegex(@"(?<![.\w])[A-Za-z_]\w{0,50}")]
    private static partial Regex Word();

    [GeneratedRegex(@"""[^""]*""|'[^']*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(\p{Ll})(\p{Lu})")]
    private static partial Regex SnakeBoundary();
}
