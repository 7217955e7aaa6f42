using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Recommendations;
using Oversight.Recommendations.FollowUp;
using Oversight.Recommendations.Reminders;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.Recommendations;

/// <summary>One recommendation: its history, and the answers or decisions this person may give now.</summary>
[Allow(Capability.ViewAddressedWork)]
public sealed class DetailModel(IQuerySession session, IMessageBus bus, TimeProvider clock, WorkingCalendar calendar, IOptions<ReminderSettings> reminders)
    : PageModel
{
    /// <summary>Only ever the route's (named as in the API, so that access checks find it), never a form field.</summary>
    [FromRoute(Name = "recommendationId")] public Guid Id { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Figures { get; set; }
    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    [BindProperty] public bool OutsideCompetence { get; set; }
    [BindProperty] public DateOnly? ProposedDueDate { get; set; }
    [BindProperty] public Verdict? Verdict { get; set; }
    [BindProperty] public EscalationStep? Step { get; set; }

    public Recommendation Recommendation { get; private set; } = null!;
    public Programme? Programme { get; private set; }
    public bool Overdue { get; private set; }
    public EscalationStep? Proposed { get; private set; }

    public IReadOnlyList<FollowUpEntry> History { get; private set; } = [];
    public DuePlan Due { get; private set; } = null!;

    public bool MayAnswer => Actor.Of(User).Can(Capability.RespondToRecommendations) && Recommendation.AwaitsAgency;
    public bool MayDecide => Actor.Of(User).Can(Capability.ManageProgrammes);

    public Task<IActionResult> OnGetAsync() => Show();

    public Task<IActionResult> OnPostAcknowledgeAsync() =>
        Run(new AcknowledgeRecommendation(Id, Text, null));

    public async Task<IActionResult> OnPostProgressAsync() =>
        await Run(new ReportProgress(Id, Text, Figures, null, await Uploads()));

    public async Task<IActionResult> OnPostCompletionAsync() =>
        await Run(new ReportCompletion(Id, Text, null, await Uploads()));

    public Task<IActionResult> OnPostExplanationAsync() =>
        Run(new SubmitExplanation(Id, Text, OutsideCompetence, null));

    public Task<IActionResult> OnPostExtensionAsync() =>
        Run(new RequestExtension(Id, ProposedDueDate, Text));

    public Task<IActionResult> OnPostVerifyAsync() => Run(new VerifyCompletion(Id, Verdict, Text));

    public Task<IActionResult> OnPostJudgeAsync(bool accepted) => Run(new JudgeExplanation(Id, accepted, Text));

    public Task<IActionResult> OnPostDecideExtensionAsync(bool approve) =>
        Run(new DecideExtension(Id, approve, ProposedDueDate, Text));

    public async Task<IActionResult> OnPostCloseAsync()
    {
        if (this.Confirmed() || !ModelState.IsValid)
        {
            return await Run(new CloseRecommendation(Id, Text));
        }

        var shown = await Show();
        try
        {
            CloseRecommendationHandler.Decide(Recommendation, new CloseRecommendation(Id, Text), VietnamTime.Today(clock));
        }
        catch (Refusal refusal) when (refusal.Status != StatusCodes.Status403Forbidden)
        {
            this.Show(refusal);
            return shown;
        }

        this.AskToConfirm(new Confirmation($"Đóng theo dõi kiến nghị {Recommendation.Code}?",
        [
            $"Kiến nghị {Recommendation.Code} thôi được theo dõi: {Recommendation.AgencyName} không còn được nhắc hạn và không trả lời được nữa.",
            "Việc đóng không mở lại được.",
        ], "Xác nhận đóng theo dõi", Danger: true));
        return shown;
    }

    public Task<IActionResult> OnPostEscalateAsync() => Run(new DecideEscalation(Id, Step, Text));

    async Task<IReadOnlyList<EvidenceUpload>> Uploads()
    {
        var uploads = new List<EvidenceUpload>();
        foreach (var file in Files.Take(FollowUpRules.MaxFiles + 1))
        {
            if (file.Length > FollowUpRules.MaxFileBytes)
            {
                ModelState.AddModelError(nameof(Files), $"Tệp “{file.FileName}” lớn quá {FollowUpRules.MaxFileBytes / 1024 / 1024} MB.");
                continue;
            }

            using var content = new MemoryStream();
            await file.CopyToAsync(content, HttpContext.RequestAborted);
            uploads.Add(new EvidenceUpload(file.FileName, content.ToArray()));
        }

        return uploads;
    }

    async Task<IActionResult> Run(IDoneMessage command)
    {
        if (!await this.TrySendAsync(bus, command, Id))
        {
            return await Show();
        }

        this.Flash(new Flash(command.DoneMessage));
        return Redirect(Request.Path);
    }

    async Task<IActionResult> Show()
    {
        if (await session.LoadAsync<Recommendation>(Id, HttpContext.RequestAborted) is not { } recommendation)
        {
            return NotFound();
        }

        Recommendation = recommendation;
        Programme = await session.LoadAsync<Programme>(recommendation.ProgrammeId, HttpContext.RequestAborted);
        Overdue = recommendation.IsOverdue(VietnamTime.Today(clock), calendar);
        Proposed = recommendation.ProposedEscalation(VietnamTime.Today(clock), calendar);
        History = await FollowUpHistory.Load(session, recommendation, HttpContext.RequestAborted);
        Due = ReminderSchedule.Plan(recommendation, clock.GetUtcNow(), calendar, reminders.Value);
        return Page();
    }
}
