using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory;
using Oversight.Questioning;
using Oversight.Recommendations.Register;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.Questioning;

/// <summary>One questioning: its questions grouped by official and topic, the answers and commitments; the steps this person may take now.</summary>
[Allow(Capability.ViewAddressedWork)]
public sealed class DetailModel(IQuerySession session, IMessageBus bus, TimeProvider clock, WorkingCalendar calendar) : PageModel
{
    /// <summary>Only ever the route's (named as in the API, so that access checks find it), never a form field.</summary>
    [FromRoute(Name = "questioningId")] public Guid Id { get; set; }
    [BindProperty] public string? Deputy { get; set; }
    [BindProperty] public Guid? OfficialId { get; set; }
    [BindProperty] public Guid? AgencyId { get; set; }
    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Commitment { get; set; }
    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public string? Number { get; set; }
    [BindProperty] public string? DateReason { get; set; }
    [BindProperty(SupportsGet = true, Name = "kienNghi")] public Guid? RecommendationId { get; set; }

    public QuestioningView View { get; private set; } = null!;
    public Oversight.Questioning.Questioning Questioning => View.Questioning;
    public IReadOnlyList<PickOption> Officials { get; private set; } = [];
    public IReadOnlyList<PickOption> AgencyOptions { get; private set; } = [];
    public IReadOnlyList<PickOption> Overdue { get; private set; } = [];

    public bool MayManage => Actor.Of(User).Can(Capability.ManageProgrammes);
    public bool MayAsk => Actor.Of(User).Can(Capability.RecordFieldwork);

    public Task<IActionResult> OnGetAsync() => Show();

    public Task<IActionResult> OnPostQuestionAsync() => Run(new RegisterQuestion(Id, Guid.CreateVersion7(), Deputy, OfficialId, AgencyId, Topic, Text));

    public Task<IActionResult> OnPostAnswerAsync(Guid question) => Run(new AnswerQuestion(Id, question, Text, Commitment, Date));

    public Task<IActionResult> OnPostTakeUpAsync() => Run(new TakeUpRecommendation(Id, RecommendationId));

    public Task<IActionResult> OnPostConcludeAsync() => Run(new ConcludeQuestioning(Id, Number, Date, Text, DateReason));

    public Task<IActionResult> OnPostPublishAsync() => Run(new PublishQuestioning(Id));

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
        var cancellation = HttpContext.RequestAborted;
        if (await session.LoadAsync<Oversight.Questioning.Questioning>(Id, cancellation) is not { } questioning)
        {
            return NotFound();
        }

        View = await QuestioningEndpoint.View(session, questioning, cancellation);
        if (questioning.Status == QuestioningStatus.Open && MayAsk)
        {
            Officials = [.. (await session.Query<DirectoryPerson>().OrderBy(person => person.FullName).ToListAsync(cancellation))
                .Select(person => new PickOption(person.Id.ToString(), person.Position is { } position ? $"{person.FullName}, {position}" : person.FullName,
                    Selected: person.Id == OfficialId))];
            AgencyOptions = await DirectoryPicks.Agencies(session, cancellation, AgencyId is { } agency ? [agency] : null);
        }

        if (questioning.Status == QuestioningStatus.Open && MayManage)
        {
            var actor = Actor.Of(User);
            Overdue = [.. (await RecommendationRegister.Query(session, actor, new RegisterFilter(null, null, null, null, true, null, null), VietnamTime.Today(clock),
                    calendar, cancellation))
                .Where(row => !questioning.RecommendationIds.Contains(row.Id))
                .Select(row => new PickOption(row.Id.ToString(), $"{row.Code} · {row.AgencyName} · {row.Text}", Selected: row.Id == RecommendationId))];
        }

        return Page();
    }
}
