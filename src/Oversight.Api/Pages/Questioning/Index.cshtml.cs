using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Questioning;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.Questioning;

/// <summary>The questionings this person may see; a deputy's own questions and what became of them; opening one, for the secretariat.</summary>
[Allow(Capability.ViewAddressedWork, OwnRecordsOnly = true)]
public sealed class IndexModel(IQuerySession session, IMessageBus bus) : PageModel
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public QuestioningForum Forum { get; set; } = QuestioningForum.CouncilSession;
    [BindProperty] public DateOnly? HeldOn { get; set; }
    /// <summary>An overdue recommendation to take to a questioning (the link from its page).</summary>
    [FromQuery(Name = "kienNghi")] public Guid? RecommendationId { get; set; }

    public IReadOnlyList<QuestioningSummary> Questionings { get; private set; } = [];
    public IReadOnlyList<MyQuestion> Mine { get; private set; } = [];

    public Task OnGetAsync() => Load();

    public async Task<IActionResult> OnPostAsync()
    {
        var id = Guid.CreateVersion7();
        var command = new OpenQuestioning(id, Title, Forum, HeldOn);
        if (!await this.TrySendAsync(bus, command, null))
        {
            await Load();
            return Page();
        }

        this.Flash(new Flash(((IDoneMessage)command).DoneMessage));
        return Redirect($"/chat-van/{id}");
    }

    async Task Load()
    {
        var actor = Actor.Of(User);
        Questionings = [.. (await QuestioningEndpoint.Visible(session, actor, HttpContext.RequestAborted)).Select(QuestioningEndpoint.Summary)];
        Mine = actor.Role == Role.DelegationMember ? await QuestioningEndpoint.Mine(session, actor, HttpContext.RequestAborted) : [];
    }
}
