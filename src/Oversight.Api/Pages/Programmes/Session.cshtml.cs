using Marten;
using Microsoft.AspNetCore.Mvc;
using Oversight.Accounts;
using Oversight.Findings;
using Oversight.Programmes;
using Oversight.Programmes.Activities;
using Wolverine;

namespace Oversight.Pages.Programmes;

/// <summary>The page members keep open on their phones during a session: log findings quickly, then the minutes.</summary>
public sealed class SessionModel(IQuerySession session, IMessageBus bus) : ProgrammePage(session, bus)
{
    /// <summary>Remembers who logs on this device, so a member picks their own name once.</summary>
    const string AuthorCookie = "oversight-member";

    [FromRoute] public Guid ActivityId { get; set; }
    [BindProperty] public Guid AuthorId { get; set; }
    [BindProperty] public FindingKind Kind { get; set; }
    [BindProperty] public Guid AgencyId { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Figures { get; set; }
    [BindProperty] public string? ReportPresented { get; set; }
    [BindProperty] public string? Questions { get; set; }
    [BindProperty] public string? Explanations { get; set; }
    [BindProperty] public string? Acceptances { get; set; }
    [BindProperty] public string? ConcludingRemarks { get; set; }
    [BindProperty] public TimeOnly? EndTime { get; set; }
    [BindProperty] public string? AgencyRepresentative { get; set; }

    public Activity? Activity { get; private set; }

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public Task<IActionResult> OnPostLogAsync()
    {
        Response.Cookies.Append(AuthorCookie, AuthorId.ToString(), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(180),
        });
        return Run(new LogFinding(Id, Guid.CreateVersion7(), ActivityId, Actor.Of(User).AuthorFor(AuthorId), Kind, AgencyId, Text, Figures), "#ghi-y-kien");
    }

    public Task<IActionResult> OnPostMinutesAsync() =>
        Run(new RecordMinutes(Id, ActivityId, ReportPresented, Questions, Explanations, Acceptances, ConcludingRemarks, EndTime, AgencyRepresentative));

    protected override async Task<bool> PrepareAsync()
    {
        Activity = Programme.Activity(ActivityId);
        if (Activity is null)
        {
            return false;
        }

        Findings = await Session.Query<Finding>()
            .Where(finding => finding.ProgrammeId == Id && finding.ActivityId == ActivityId && finding.MergedInto == null)
            .OrderByDescending(finding => finding.LoggedAt)
            .ToListAsync(HttpContext.RequestAborted);
        if (!HttpMethods.IsGet(Request.Method))
        {
            return true;
        }

        AgencyId = Activity.AgencyId;
        if (Guid.TryParse(Request.Cookies[AuthorCookie], out var author))
        {
            AuthorId = author;
        }

        AuthorId = Actor.Of(User).AuthorFor(AuthorId);

        if (Activity.Minutes is { } minutes)
        {
            (ReportPresented, Questions, Explanations, Acceptances, ConcludingRemarks, EndTime, AgencyRepresentative) =
                (minutes.ReportPresented, minutes.Questions, minutes.Explanations, minutes.Acceptances, minutes.ConcludingRemarks, minutes.EndTime,
                    minutes.AgencyRepresentative);
        }

        return true;
    }
}
