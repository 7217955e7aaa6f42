using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.CouncilDirectory;
using Oversight.CouncilDirectory.Agencies;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.DirectoryAdmin;

/// <summary>One agency of the directory: its names, level, parent and e-mails; removed only if nothing names it.</summary>
[Allow(Capability.ManageDirectory)]
public sealed class AgencyModel(IQuerySession session, IMessageBus bus) : PageModel
{
    [FromRoute] public Guid AgencyId { get; set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? ShortName { get; set; }
    [BindProperty] public string? Aliases { get; set; }
    [BindProperty] public AgencyLevel Level { get; set; }
    [BindProperty] public Guid? ParentId { get; set; }
    [BindProperty] public string? Emails { get; set; }

    public AgencyView Agency { get; private set; } = null!;
    public IReadOnlyList<AgencyView> Others { get; private set; } = [];

    public PickList ParentPicker => new("parent", "ParentId", "Trực thuộc (cơ quan cấp trên, nếu có)",
        DirectoryPicks.Agencies(Others, ParentId is { } parent ? [parent] : []), Empty: "(không trực thuộc cơ quan nào trong danh bạ)");

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await Load())
        {
            return NotFound();
        }

        (Name, ShortName, Aliases, Level, ParentId, Emails) =
            (Agency.Name, Agency.ShortName, string.Join("\n", Agency.Aliases), Agency.Level, Agency.ParentId, string.Join("\n", Agency.Emails));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await Load())
        {
            return NotFound();
        }

        if (!await this.TrySendAsync(bus, new ChangeAgency(AgencyId, new AgencyDetails(Name, ShortName, Forms.Lines(Aliases), Level, ParentId, Forms.Lines(Emails))), null))
        {
            return Page();
        }

        this.Flash(new Flash(((IDoneMessage)new ChangeAgency(AgencyId, new AgencyDetails(Name, null, null, null, null, null))).DoneMessage));
        return Redirect(Request.Path);
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        if (!await Load())
        {
            return NotFound();
        }

        if (!this.Confirmed())
        {
            this.AskToConfirm(new Confirmation($"Xóa {Agency.Name} khỏi danh bạ?",
                ["Chỉ xóa được cơ quan nhập nhầm, chưa được cuộc giám sát hay tài khoản nào dùng; nếu cần lại, phải thêm lại."], "Xác nhận xóa", Danger: true));
            return Page();
        }

        if (!await this.TrySendAsync(bus, new RemoveAgency(AgencyId), null))
        {
            return Page();
        }

        this.Flash(new Flash(((IDoneMessage)new RemoveAgency(AgencyId)).DoneMessage));
        return Redirect("/danh-ba");
    }

    async Task<bool> Load()
    {
        var all = await DirectoryQueries.Agencies(session, null, HttpContext.RequestAborted);
        if (all.FirstOrDefault(agency => agency.Id == AgencyId) is not { } agency)
        {
            return false;
        }

        Agency = agency;
        Others = [.. all.Where(other => other.Id != AgencyId)];
        return true;
    }
}
