using Marten;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Programmes.AgencyReports;
using Oversight.Recommendations;
using Oversight.Recommendations.FollowUp;
using Oversight.Recommendations.Register;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.Recommendations;

/// <summary>The register for the council; for an agency user, its own recommendations to answer.</summary>
[Allow(Capability.ViewAddressedWork, OwnRecordsOnly = true)]
public sealed class IndexModel(IQuerySession session, IMessageBus bus, TimeProvider clock, WorkingCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true)] public RecommendationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public OverseeingBody? Body { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    /// <summary>A province keeps well over a thousand recommendations: the page shows them a hundred at a time.</summary>
    [BindProperty(SupportsGet = true, Name = "trang")] public int PageNumber { get; set; } = 1;

    public const int PageSize = 100;

    /// <summary>Every recommendation the filters select (the counts and the export cover them all).</summary>
    public IReadOnlyList<RegisterRow> Rows { get; private set; } = [];

    public IEnumerable<RegisterRow> Shown => Rows.Skip((PageNumber - 1) * PageSize).Take(PageSize);

    public int PageCount => Math.Max(1, (Rows.Count + PageSize - 1) / PageSize);

    /// <summary>For an agency user: the reports its oversight programmes still wait for.</summary>
    public IReadOnlyList<OutstandingReport> Reports { get; private set; } = [];

    /// <summary>For an agency user: its agency in the directory, and the documents issued to it.</summary>
    public string? AgencyName { get; private set; }

    public IReadOnlyList<Addressed.AddressedDocument> Documents { get; private set; } = [];

    public bool Manages => Actor.Of(User).Can(Capability.ManageProgrammes);

    /// <summary>The filters as a query string, without the page number.</summary>
    public string Filters => QueryString.Create(QueryHelpers.ParseQuery(Request.QueryString.Value).Where(pair => pair.Key != "trang")
        .SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value)))).Value ?? "";

    public string PageLink(int number) => Filters.Length == 0 ? $"?trang={number}" : $"{Filters}&trang={number}";

    /// <summary>Re-oversight of the ticked recommendations: a new programme, then its page.</summary>
    public async Task<IActionResult> OnPostReOversightAsync(string? title, int? year, List<Guid> recommendationIds)
    {
        var programmeId = Guid.CreateVersion7();
        if (await this.TrySendAsync(bus, new StartReOversight(programmeId, title, year, recommendationIds), null))
        {
            this.Flash(new Flash($"Đã tạo cuộc giám sát lại {recommendationIds.Count} kiến nghị."));
            return Redirect($"/cuoc-giam-sat/{programmeId}");
        }

        await OnGetAsync();
        return Page();
    }

    public async Task OnGetAsync()
    {
        if (ModelState.IsValid)
        {
            if (Actor.Of(User).Role == Role.AgencyUser)
            {
                Reports = await OutstandingReportsEndpoint.Query(session, Actor.Of(User), VietnamTime.Today(clock), null, HttpContext.RequestAborted);
                AgencyName = await CouncilDirectory.DirectoryQueries.AgencyName(session, Actor.Of(User).AgencyId, HttpContext.RequestAborted);
                Documents = await Addressed.AddressedWork.Documents(session, Actor.Of(User), HttpContext.RequestAborted);
            }

            Rows = await RecommendationRegister.Query(session, Actor.Of(User), new RegisterFilter(Year, null, Agency, Status, Overdue, Body, Q),
                VietnamTime.Today(clock), calendar, HttpContext.RequestAborted);
            PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        }
    }
}
