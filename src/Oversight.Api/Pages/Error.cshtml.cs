using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Web;

namespace Oversight.Pages;

/// <summary>
/// Where failed requests are re-executed (exceptions and empty error responses). Under /api it answers
/// with ProblemDetails; elsewhere with a Vietnamese page. The original request may use any method.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IProblemDetailsService problems) : PageModel
{
    public int Status { get; private set; }

    public string Title => StatusTexts.TitleFor(Status);

    public string Detail => StatusTexts.DetailFor(Status);

    public Task<IActionResult> OnGetAsync(int? code) => Answer(code);

    public Task<IActionResult> OnPostAsync(int? code) => Answer(code);

    public Task<IActionResult> OnPutAsync(int? code) => Answer(code);

    public Task<IActionResult> OnPatchAsync(int? code) => Answer(code);

    public Task<IActionResult> OnDeleteAsync(int? code) => Answer(code);

    async Task<IActionResult> Answer(int? code)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        Status = code
            ?? (failure?.Error is BadHttpRequestException badRequest ? badRequest.StatusCode : StatusCodes.Status500InternalServerError);
        Response.StatusCode = Status;
        var originalPath = failure?.Path ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? Request.Path;
        if (originalPath.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = HttpContext,
                ProblemDetails = { Status = Status, Instance = originalPath },
            });
            return new EmptyResult();
        }

        return Page();
    }
}
