namespace Oversight.Documents;

/// <summary>A template that cannot be rendered, told in Vietnamese with the template's name and where the problem is.</summary>
public sealed partial class TemplateException : Exception
{
    public TemplateException(string template, string problem, int? paragraph = null, string? excerpt = null)
        : base(paragraph is null
            ? $"Mẫu “{template}”: {problem}."
            : $"Mẫu “{template}”, đoạn {paragraph} (“{excerpt}”): {problem}.")
    {
    }

    /// <summary>
    /// Scriban's own messages in Vietnamese: those we know by their meaning, every other one as a plain "invalid expression"
    /// (the paragraph and its excerpt say where), never Scriban's English.
    /// </summary>
    public static string Translate(string message)
    {
        if (NullMember().Match(message) is { Success: true } member)
        {
            return $"hồ sơ chưa có dữ liệu “{member.Groups[1].Value}” (có thể bước đó chưa làm)";
        }

        if (message.Contains("was not found", StringComparison.Ordinal) && message.Split('`') is [_, var name, ..])
        {
            return $"không có trường “{name}” trong dữ liệu";
        }

        if (message.Contains("exceed", StringComparison.OrdinalIgnoreCase) || message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return $"vòng lặp vượt quá {WordTemplate.LoopLimit} lần";
        }

        return "biểu thức không hợp lệ; hãy kiểm tra cú pháp trong {{ … }}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"member (\S+) for a null", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NullMember();
}
