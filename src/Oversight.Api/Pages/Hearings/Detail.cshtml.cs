using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.CouncilDirectory;
using Oversight.Hearings;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.Hearings;

/// <summary>One hearing: who is summoned and on what, the session, the commitments and what became of them; the steps this person may take now.</summary>
[Allow(Capability.ViewAddressedWork)]
public sealed class DetailModel(IQuerySession session, IMessageBus bus) : PageModel
{
    /// <summary>Only ever the route's (named as in the API, so that access checks find it), never a form field.</summary>
    [FromRoute(Name = "hearingId")] public Guid Id { get; set; }
    [BindProperty] public Guid? AgencyId { get; set; }
    [BindProperty] public string? Representative { get; set; }
    [BindProperty] public string? Questions { get; set; }
    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public string? DateReason { get; set; }
    [BindProperty] public string? Chair { get; set; }
    [BindProperty] public List<Guid> PresentIds { get; set; } = [];
    [BindProperty] public List<string?> AttendedBy { get; set; } = [];
    [BindProperty] public string? Speaker { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public string? Number { get; set; }

    public HearingView View { get; private set; } = null!;
    public Hearing Hearing => View.Hearing;
    public IReadOnlyList<PickOption> AgencyOptions { get; private set; } = [];

    public bool MayManage => Actor.Of(User).Can(Capability.ManageProgrammes);
    public bool MayAsk => Actor.Of(User).Can(Capability.RecordFieldwork);

    public Task<IActionResult> OnGetAsync() => Show();

    public Task<IActionResult> OnPostSummonAsync() => Run(new SummonAgency(Id, AgencyId, Representative, Forms.Lines(Questions), Date));

    /// <summary>Each summoned agency's line of the form: its id, and the name of who came (empty: absent).</summary>
    public Task<IActionResult> OnPostHoldAsync() =>
        Run(new HoldHearing(Id, Date, Chair, [.. PresentIds.Zip(AttendedBy, (agency, person) => new AttendanceInput(agency, person))], DateReason));

    public Task<IActionResult> OnPostExplanationAsync() => Run(new RecordExplanation(Id, Guid.CreateVersion7(), AgencyId, Speaker, Text));

    public Task<IActionResult> OnPostQuestionAsync() => Run(new AskFollowUpQuestion(Id, Guid.CreateVersion7(), AgencyId, Speaker, Text, Answer));

    public Task<IActionResult> OnPostCommitmentAsync() => Run(new RecordCommitment(Id, Guid.CreateVersion7(), AgencyId, Text, Date));

    public Task<IActionResult> OnPostWithdrawAsync(Guid commitment) => Run(new WithdrawCommitment(Id, commitment));

    public async Task<IActionResult> OnPostConcludeAsync()
    {
        var command = new IssueHearingConclusion(Id, Number, Date, Text, DateReason);
        if (this.Confirmed() || !ModelState.IsValid)
        {
            return await Run(command);
        }

        var shown = await Show();
        if (shown is not PageResult)
        {
            return shown;
        }

        this.AskToConfirm(new Confirmation($"Ban hành thông báo kết luận số {Number?.Trim()}?",
        [
            $"{Hearing.Commitments.Count} cam kết thành kiến nghị gửi các cơ quan, được nhắc hạn và theo dõi như kiến nghị của cuộc giám sát.",
            "Sau khi ban hành không sửa được nội dung phiên giải trình nữa.",
        ], "Xác nhận ban hành"));
        return shown;
    }

    public Task<IActionResult> OnPostPublishAsync() => Run(new PublishHearing(Id));

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
        if (await session.LoadAsync<Hearing>(Id, HttpContext.RequestAborted) is not { } hearing)
        {
            return NotFound();
        }

        View = await HearingsEndpoint.View(session, hearing, HttpContext.RequestAborted);
        AgencyOptions = MayManage && hearing.Status == HearingStatus.Decided
            ? await DirectoryPicks.Agencies(session, HttpContext.RequestAborted, AgencyId is { } id ? [id] : null)
            : [.. hearing.Summoned.Select(summons => new PickOption(summons.AgencyId.ToString(), summons.AgencyName, Selected: summons.AgencyId == AgencyId))];
        return Page();
    }
}
