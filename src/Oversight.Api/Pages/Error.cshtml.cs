using JasperFx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Common;
using Oversight.Web;
using Wolverine.Persistence;

namespace Oversight.Pages;

/// <summary>
/// Where failed requests are re-executed (exceptions and empty error responses). Under /api it answers
/// with ProblemDetails; elsewhere with a Vietnamese page. The original request may use any method.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IProblemDetailsService problems) : PageModel
{
    public int Status { get; private set; }

    public string Title => StatusTexts.TitleFor(Status);

    public string Detail { get; private set; } = "";

    public Task<IActionResult> OnGetAsync(int? code) => Answer(code);

    public Task<IActionResult> OnPostAsync(int? code) => Answer(code);

    public Task<IActionResult> OnPutAsync(int? code) => Answer(code);

    public Task<IActionResult> OnPatchAsync(int? code) => Answer(code);

    public Task<IActionResult> OnDeleteAsync(int? code) => Answer(code);

    async Task<IActionResult> Answer(int? code)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var refusal = failure?.Error as Refusal;
        Status = code ?? failure?.Error switch
        {
            Refusal refused => refused.Status,
            BadHttpRequestException badRequest => badRequest.StatusCode,
            RequiredDataMissingException => StatusCodes.Status404NotFound,
            ConcurrencyException => StatusCodes.Status412PreconditionFailed,
            // The template reads data the programme does not have yet (an outline before the plan): a state problem, told in the template's own words.
            Oversight.Documents.TemplateException => StatusCodes.Status409Conflict,
            { } error when IsDuplicate(error) => StatusCodes.Status409Conflict,
            // The database is down or restarting: nothing was written; the client may try again.
            { } error when Hosting.DatabaseOutage.Is(error) => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        };
        Detail = refusal?.Message ?? (failure?.Error as Oversight.Documents.TemplateException)?.Message
            ?? (Status == StatusCodes.Status409Conflict && failure?.Error is not null
            ? "Dữ liệu trùng với một bản ghi đã có (ví dụ tên đăng nhập đã dùng); không có gì bị thay đổi."
            : StatusTexts.DetailFor(Status));
        Response.StatusCode = Status;
        if (refusal?.RetryAfter is { } retryAfter)
        {
            Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var originalPath = failure?.Path ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? Request.Path;
        if (originalPath.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            var problem = refusal is { Errors.Count: > 0 }
                ? new ValidationProblemDetails(refusal.Errors.ToDictionary(error => error.Key, error => new[] { error.Value }))
                : new ProblemDetails();
            problem.Status = Status;
            problem.Detail = Detail;
            problem.Instance = originalPath;
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = HttpContext, ProblemDetails = problem });
            return new EmptyResult();
        }

        return Page();
    }

    /// <summary>A unique index refused the write (two people creating the same user name at once).</summary>
    static bool IsDuplicate(Exception error)
    {
        for (Exception? current = error; current is not null; current = current.InnerException)
        {
            if (current is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
    }
}
