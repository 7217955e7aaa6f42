using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Oversight.Web;

/// <summary>
/// Frameworks (ASP.NET Core, Wolverine) write their own ProblemDetails in English, some with internals
/// in them. Every ProblemDetails passes through here on its way out: English titles and details are
/// replaced with Vietnamese ones; our own texts, which are Vietnamese, are left alone.
/// </summary>
public static partial class VietnameseProblemDetails
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        if (problem.Title == "Invalid JSON format")
        {
            var field = JsonPath().Match(problem.Detail ?? "") is { Success: true } match ? $" ở trường {match.Groups[1].Value}" : "";
            problem.Title = "Nội dung JSON không hợp lệ";
            problem.Detail = $"Không đọc được dữ liệu JSON gửi lên{field}: hãy kiểm tra cú pháp và kiểu dữ liệu của từng trường.";
            problem.Extensions.Remove("lineNumber");
            problem.Extensions.Remove("bytePositionInLine");
        }

        if (IsEnglish(problem.Title))
        {
            problem.Title = StatusTexts.TitleFor(status);
        }

        if (IsEnglish(problem.Detail))
        {
            problem.Detail = StatusTexts.DetailFor(status);
        }

        problem.Type ??= $"https://httpstatuses.io/{status}";
        problem.Instance ??= context.HttpContext.Request.Path;
    }

    /// <summary>Our texts always carry Vietnamese letters; plain ASCII (or nothing) came from a framework.</summary>
    static bool IsEnglish(string? text) => string.IsNullOrWhiteSpace(text) || text.All(char.IsAscii);

    [GeneratedRegex(@"Path: \$\.?([\w\.\[\]]+)")]
    private static partial Regex JsonPath();
}
