using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.CouncilDirectory;
using Oversight.Programmes;
using Oversight.Programmes.Creating;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.Programmes;

[Allow(Capability.ManageProgrammes)]
public sealed class CreateModel(IMessageBus bus, IQuerySession session) : PageModel
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public int? Year { get; set; } = DateTime.Today.Year;
    [BindProperty] public string? PeriodUnderReview { get; set; }
    [BindProperty] public OverseeingBody Body { get; set; } = OverseeingBody.StandingCommittee;
    [BindProperty] public string? BodyUnit { get; set; }
    [BindProperty] public string? Scope { get; set; }
    [BindProperty] public string? LegalBases { get; set; }
    [BindProperty] public string? Agencies { get; set; }
    [BindProperty] public List<Guid> AgencyIds { get; set; } = [];
    [BindProperty] public Guid? CommitteeId { get; set; }
    [BindProperty] public int? OriginYear { get; set; }
    [BindProperty] public string? OriginResolution { get; set; }
    [BindProperty] public DateOnly? OriginDate { get; set; }

    /// <summary>The council's directory: agencies and committees to pick.</summary>
    public IReadOnlyList<PickOption> AgencyOptions { get; private set; } = [];

    public IReadOnlyList<PickOption> CommitteeOptions { get; private set; } = [];

    public Task OnGetAsync() => LoadDirectory();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadDirectory();
        var id = Guid.CreateVersion7();
        var origin = OriginYear is { } year && OriginDate is { } date ? new AnnualProgrammeEntry(year, OriginResolution ?? "", date) : null;
        // A committee is picked from the directory; a deputy group is named.
        var command = new CreateProgramme(id, Title, Year, Scope, Forms.Lines(LegalBases), Body, Body == OverseeingBody.Committee ? null : BodyUnit, PeriodUnderReview,
            Forms.Lines(Agencies), origin, null, AgencyIds, Body == OverseeingBody.Committee ? CommitteeId : null);
        if (!await this.TrySendAsync(bus, command, null))
        {
            return Page();
        }

        this.Flash(new Flash("Đã tạo cuộc giám sát; bước tiếp theo là ghi nhận quyết định thành lập Đoàn."));
        return Redirect($"/cuoc-giam-sat/{id}");
    }

    async Task LoadDirectory()
    {
        AgencyOptions = await DirectoryPicks.Agencies(session, HttpContext.RequestAborted, AgencyIds);
        CommitteeOptions = DirectoryPicks.Committees(await DirectoryQueries.Committees(session, HttpContext.RequestAborted), CommitteeId);
    }
}
