namespace Oversight.Documents;

/// <summary>A template that cannot be rendered, told in Vietnamese with the template's name and where the problem is.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string template, string problem, int? paragraph = null, string? excerpt = null)
        : base(paragraph is null
            ? $"Mẫu “{template}”: {problem}."
            : $"Mẫu “{template}”, đoạn {paragraph} (“{excerpt}”): {problem}.")
    {
    }

    /// <summary>Scriban's own messages, in Vietnamese where we know them; the original text otherwise.</summary>
    public static string Translate(string message)
    {
        if (message.Contains("was not found", StringComparison.Ordinal) && message.Split('`') is [_, var name, ..])
        {
            return $"không có trường “{name}” trong dữ liệu";
        }

        if (message.Contains("exceed", StringComparison.OrdinalIgnoreCase) || message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return $"vòng lặp vượt quá {WordTemplate.LoopLimit} lần";
        }

        return $"biểu thức không hợp lệ ({message.TrimEnd('.')})";
    }
}
