namespace Oversight.Documents;

/// <summary>
/// A template that cannot be used, told in Vietnamese with the template's name, where the problem is
/// (the part, the table row, the paragraph's text) and how to fix it.
/// </summary>
public sealed partial class TemplateException : Exception
{
    public TemplateException(string template, string problem, string? place = null)
        : base(place is null ? $"Mẫu “{template}”: {problem}." : $"Mẫu “{template}”, {place}: {problem}.")
    {
        Problem = problem;
    }

    /// <summary>The problem without the template's name and place.</summary>
    public string Problem { get; }

    static readonly System.Globalization.CultureInfo vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A count as Vietnamese writes it: 8.000.000.</summary>
    public static string Count(long count) => count.ToString("N0", vietnamese);

    /// <summary>Scriban's own messages as hints a clerk can act on; never the English text itself.</summary>
    public static string Translate(string message, string? code = null)
    {
        var tag = code is null ? "thẻ này" : $"thẻ “{{{{ {(code.Length <= 60 ? code : code[..60] + "…")} }}}}”";
        if (NullMember().Match(message) is { Success: true } member)
        {
            return $"hồ sơ chưa có dữ liệu “{member.Groups[1].Value}” (có thể bước đó chưa làm)";
        }

        if (message.Contains("was not found", StringComparison.Ordinal) && message.Split('`') is [_, var name, ..])
        {
            return $"không có trường “{name}” trong dữ liệu";
        }

        if (message.Contains("iteration limit", StringComparison.Ordinal) || message.Contains("LoopLimit", StringComparison.Ordinal))
        {
            return $"vòng lặp vượt quá {Count(WordTemplate.LoopLimit)} lần; một vòng lặp (kể cả các vòng lồng nhau) chỉ được chạy chừng ấy lượt";
        }

        if (message.Contains("LimitToString", StringComparison.Ordinal))
        {
            return $"{tag} tạo ra một chuỗi dài quá {Count(WordTemplate.StringLimit)} ký tự";
        }

        if (message.Contains("output", StringComparison.OrdinalIgnoreCase) && message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return $"văn bản dựng ra dài quá {Count(WordTemplate.OutputLimit)} ký tự; có lẽ một vòng lặp viết ra quá nhiều";
        }

        if (message.Contains("recursive", StringComparison.OrdinalIgnoreCase))
        {
            return "hàm gọi lồng nhau quá sâu";
        }

        if (message.Contains("Expecting 'in' word", StringComparison.Ordinal))
        {
            return $"{tag}: vòng lặp viết “for tên in danh_sách”, với chữ “in” viết thường";
        }

        if (message.Contains("The <end> statement was not found", StringComparison.Ordinal))
        {
            return $"{tag} thiếu “{{{{ end }}}}” đóng khối";
        }

        if (message.Contains("without a corresponding beginning", StringComparison.Ordinal))
        {
            return "“{{ end }}” không có “{{ for … }}” hay “{{ if … }}” mở trước nó";
        }

        if (message.Contains("dot operator", StringComparison.Ordinal))
        {
            return $"{tag}: sau dấu chấm phải là tên một trường, ví dụ “programme.title”";
        }

        if (message.Contains("Unable to convert", StringComparison.Ordinal) || message.Contains("Cannot convert", StringComparison.Ordinal)
            || message.Contains("not supported for the types", StringComparison.Ordinal))
        {
            return $"{tag} dùng sai kiểu giá trị (ví dụ đem chữ ra làm phép tính, hay đưa chữ vào hàm cần số hoặc ngày)";
        }

        if (message.Contains("Invalid token", StringComparison.Ordinal) || message.Contains("Unexpected", StringComparison.Ordinal)
            || message.Contains("Expecting", StringComparison.Ordinal))
        {
            return $"không đọc được {tag}: kiểm tra lại cách viết (tên trường, dấu ngoặc, dấu nháy, dấu phép tính)";
        }

        if (message.Contains("function", StringComparison.OrdinalIgnoreCase) && message.Contains("argument", StringComparison.OrdinalIgnoreCase))
        {
            return $"{tag} gọi hàm với số đối số không đúng";
        }

        return $"không dựng được {tag}: kiểm tra lại cách viết và tên trường";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"member (\S+) for a null", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NullMember();
}
