using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Documents;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages;

[Allow(Capability.ManageTemplates)]
public sealed class TemplatesModel(IQuerySession session, IMessageBus bus) : PageModel
{
    public IReadOnlyList<TemplateInfo> Templates { get; private set; } = [];

    [TempData]
    public string? Uploaded { get; set; }

    public async Task OnGetAsync() => Templates = await TemplateEndpoints.List(session, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(string template, IFormFile? file)
    {
        try
        {
            var content = await TemplateEndpoints.Read(file, HttpContext.RequestAborted);
            if (await this.TrySendAsync(bus, new UploadTemplate(template, content), null))
            {
                Uploaded = template;
                return RedirectToPage();
            }
        }
        catch (Refusal refusal)
        {
            ModelState.AddModelError("", refusal.Message);
        }

        await OnGetAsync();
        return Page();
    }
}
