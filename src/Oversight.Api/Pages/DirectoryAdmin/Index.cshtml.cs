using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.CouncilDirectory;
using Oversight.CouncilDirectory.Agencies;
using Oversight.CouncilDirectory.Committees;
using Oversight.CouncilDirectory.Migration;
using Oversight.CouncilDirectory.People;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.DirectoryAdmin;

/// <summary>The council's directory: its agencies (searched without diacritics), its committees, the people without an account.</summary>
[Allow(Capability.ManageDirectory)]
public sealed class IndexModel(IQuerySession session, IMessageBus bus) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? ShortName { get; set; }
    [BindProperty] public string? Aliases { get; set; }
    [BindProperty] public AgencyLevel Level { get; set; } = AgencyLevel.Province;
    [BindProperty] public Guid? ParentId { get; set; }
    [BindProperty] public string? Emails { get; set; }

    public IReadOnlyList<AgencyView> AllAgencies { get; private set; } = [];
    public IReadOnlyList<AgencyView> Agencies { get; private set; } = [];
    public IReadOnlyList<Committee> Committees { get; private set; } = [];
    public IReadOnlyList<PersonView> People { get; private set; } = [];
    public MigrationReport Report { get; private set; } = null!;

    public PickList ParentPicker => new("parent", "ParentId", "Trực thuộc (cơ quan cấp trên, nếu có)",
        DirectoryPicks.Agencies(AllAgencies, ParentId is { } parent ? [parent] : []), Empty: "(không trực thuộc cơ quan nào trong danh bạ)");

    public Task OnGetAsync() => Load();

    public Task<IActionResult> OnPostAddAgencyAsync() =>
        Run(new AddAgency(Guid.CreateVersion7(), new AgencyDetails(Name, ShortName, Forms.Lines(Aliases), Level, ParentId, Forms.Lines(Emails))));

    public Task<IActionResult> OnPostAddCommitteeAsync(string? committeeName, string? committeeShortName) =>
        Run(new AddCommittee(Guid.CreateVersion7(), new CommitteeDetails(committeeName, committeeShortName)));

    public Task<IActionResult> OnPostChangeCommitteeAsync(Guid committeeId, string? committeeName, string? committeeShortName) =>
        Run(new ChangeCommittee(committeeId, new CommitteeDetails(committeeName, committeeShortName)));

    public async Task<IActionResult> OnPostRemoveCommitteeAsync(Guid committeeId)
    {
        await Load();
        var name = Committees.FirstOrDefault(committee => committee.Id == committeeId)?.Name ?? "Ban";
        return await RunConfirmed(new RemoveCommittee(committeeId), new Confirmation($"Xóa {name} khỏi danh bạ?",
            ["Ban không còn để chọn khi tạo cuộc giám sát; nếu cần lại, phải thêm lại."], "Xác nhận xóa", Danger: true));
    }

    public Task<IActionResult> OnPostAddPersonAsync(string? fullName, string? position) =>
        Run(new AddPerson(Guid.CreateVersion7(), new PersonDetails(fullName, position)));

    public Task<IActionResult> OnPostChangePersonAsync(Guid personId, string? fullName, string? position) =>
        Run(new ChangePerson(personId, new PersonDetails(fullName, position)));

    public async Task<IActionResult> OnPostRemovePersonAsync(Guid personId)
    {
        await Load();
        var name = People.FirstOrDefault(person => person.Id == personId)?.FullName ?? "người này";
        return await RunConfirmed(new RemovePerson(personId), new Confirmation($"Xóa {name} khỏi danh bạ?",
            ["Người này không còn để chọn vào Đoàn giám sát; nếu cần lại, phải thêm lại."], "Xác nhận xóa", Danger: true));
    }

    async Task<IActionResult> RunConfirmed(IDoneMessage command, Confirmation confirmation)
    {
        if (this.Confirmed())
        {
            return await Run(command);
        }

        this.AskToConfirm(confirmation);
        return Page();
    }

    async Task<IActionResult> Run(IDoneMessage command)
    {
        if (!await this.TrySendAsync(bus, command, null))
        {
            await Load();
            return Page();
        }

        this.Flash(new Flash(command.DoneMessage));
        return Redirect(Request.Path);
    }

    async Task Load()
    {
        var cancellation = HttpContext.RequestAborted;
        AllAgencies = await DirectoryQueries.Agencies(session, null, cancellation);
        Agencies = string.IsNullOrWhiteSpace(Q) ? AllAgencies : await DirectoryQueries.Agencies(session, Q, cancellation);
        Committees = await DirectoryQueries.Committees(session, cancellation);
        People = await CouncilPeople.Load(session, Actor.Of(User).CouncilId, cancellation);
        Report = await DirectoryMigration.Report(session, Actor.Of(User).CouncilId ?? "", cancellation);
    }
}
