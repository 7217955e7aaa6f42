using Marten;
using Microsoft.AspNetCore.Mvc;
using Oversight.Accounts;
using Oversight.Programmes;
using Oversight.Programmes.Planning;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.Programmes;

public sealed class PlanModel(IQuerySession session, IMessageBus bus) : ProgrammePage(session, bus)
{
    public sealed class DeadlineInput
    {
        public Guid AgencyId { get; set; }
        public DateOnly? Deadline { get; set; }
    }

    [BindProperty] public int PlanVersion { get; set; }
    [BindProperty] public string? Purpose { get; set; }
    [BindProperty] public string? Contents { get; set; }
    [BindProperty] public bool WrittenReports { get; set; } = true;
    [BindProperty] public bool WorkingSessions { get; set; } = true;
    [BindProperty] public bool FieldSurveys { get; set; }
    [BindProperty] public string? Outline { get; set; }
    [BindProperty] public List<DeadlineInput> Deadlines { get; set; } = [];
    [BindProperty] public DateOnly? AdoptedOn { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public Task<IActionResult> OnPostAsync()
    {
        var methods = (WrittenReports ? PlanMethods.WrittenReports : 0) | (WorkingSessions ? PlanMethods.WorkingSessions : 0)
            | (FieldSurveys ? PlanMethods.FieldSurveys : 0);
        var deadlines = Deadlines.Where(input => input.Deadline is not null).Select(input => new ReportDeadline(input.AgencyId, input.Deadline!.Value)).ToList();
        return Run(new SavePlan(Id, PlanVersion, Purpose, Contents, methods, Forms.Lines(Outline), deadlines, Reason, AdoptedOn, DateReason));
    }

    /// <summary>A fresh page shows the current plan; after a refusal the user's own text stays in the form.</summary>
    protected override Task<bool> PrepareAsync()
    {
        if (HttpMethods.IsGet(Request.Method) && Programme.Plan is { } plan)
        {
            PlanVersion = Programme.PlanVersion;
            Purpose = plan.Purpose;
            Contents = plan.Contents;
            WrittenReports = plan.Methods.HasFlag(PlanMethods.WrittenReports);
            WorkingSessions = plan.Methods.HasFlag(PlanMethods.WorkingSessions);
            FieldSurveys = plan.Methods.HasFlag(PlanMethods.FieldSurveys);
            Outline = string.Join('\n', plan.OutlineSections);
            AdoptedOn = Programme.PlanAdoptedOn;
        }

        if (Deadlines.Count == 0)
        {
            Deadlines = [.. Programme.Agencies.Select(agency => new DeadlineInput
            {
                AgencyId = agency.Id,
                Deadline = Programme.Plan?.ReportDeadlines.FirstOrDefault(deadline => deadline.AgencyId == agency.Id)?.Deadline,
            })];
        }

        return Task.FromResult(true);
    }
}
