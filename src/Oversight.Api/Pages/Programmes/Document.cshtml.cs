using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Oversight.Common;
using Oversight.Documents;
using Wolverine;

namespace Oversight.Pages.Programmes;

/// <summary>
/// A draft document of the programme for people (the links of its overview): the Word file, or its PDF preview; when it cannot be
/// made, a page saying why in Vietnamese instead of a failed download or a JSON answer.
/// </summary>
public sealed class DocumentModel(IQuerySession session, IMessageBus bus, IOptions<DocumentSettings> settings, TimeProvider clock, PdfPreviews previews) : ProgrammePage(session, bus)
{
    [FromRoute] public string Template { get; set; } = "";
    [FromQuery] public string? Format { get; set; }
    [FromQuery] public Guid? Activity { get; set; }

    public string Problem { get; private set; } = "";

    public override async Task<IActionResult> OnGetAsync()
    {
        var shown = await Show();
        if (shown is not PageResult)
        {
            return shown;
        }

        if (ProgrammeDocuments.Find(Template) is not { } kind)
        {
            return NotFound();
        }

        try
        {
            var draft = await GenerateDocument.Draft(kind, Programme, Activity, Format == "pdf" ? previews : null, Session, settings, clock, HttpContext.RequestAborted);
            return File(draft.Content, draft.ContentType, draft.FileName);
        }
        catch (Exception problem) when (problem is Refusal or TemplateException)
        {
            Problem = problem.Message;
            Response.StatusCode = problem is Refusal refusal ? refusal.Status : StatusCodes.Status409Conflict;
            if (problem is Refusal { RetryAfter: { } retryAfter })
            {
                Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Page();
        }
    }
}
