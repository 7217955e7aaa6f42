using Oversight.Web;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Councils;
using Oversight.Programmes.Deadlines;
using Wolverine;

namespace Oversight.Pages.Admin;

/// <summary>Accounts of the council (a system administrator also sees and adds councils).</summary>
[Allow(Capability.ManageAccounts)]
public sealed class IndexModel(IQuerySession session, IMessageBus bus, IOptions<DeadlineSettings> deadlines,
    Oversight.Documents.LegalBases law) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? FullName { get; set; }
    [BindProperty] public Role? Role { get; set; }
    [BindProperty] public string? CouncilId { get; set; }
    [BindProperty] public string? AgencyName { get; set; }
    [BindProperty] public Guid? AgencyId { get; set; }
    [BindProperty] public string? Password { get; set; }

    [BindProperty] public string? NewCouncilId { get; set; }
    [BindProperty] public string? CouncilName { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public CouncilLevel? Level { get; set; }
    [BindProperty] public string? ProvinceId { get; set; }

    [BindProperty] public string? CouncilPlace { get; set; }
    [BindProperty] public Dictionary<string, string> Symbols { get; set; } = [];
    [BindProperty] public DeadlineSettings Deadlines { get; set; } = new();
    [BindProperty] public string? Officials { get; set; }
    [BindProperty] public int? Term { get; set; }
    [BindProperty] public int? Session { get; set; }
    [BindProperty] public Dictionary<string, string> LegalNumbers { get; set; } = [];

    /// <summary>The legal bases whose number the council enters.</summary>
    public IEnumerable<Oversight.Documents.LegalBasis> CouncilNumbered => law.CouncilNumbered;

    public Actor Actor { get; private set; } = null!;

    /// <summary>The administrator's own council, whose settings the page edits.</summary>
    public Council? Own { get; private set; }
    public IReadOnlyList<AccountView> Accounts { get; private set; } = [];
    public IReadOnlyList<Council> Councils { get; private set; } = [];

    /// <summary>The agencies of the administrator's council's directory, which an agency user's account is bound to.</summary>
    public IReadOnlyList<CouncilDirectory.Agencies.AgencyView> Agencies { get; private set; } = [];

    public PickList AgencyPicker(string id, string name, Guid? selected) =>
        new(id, name, "Cơ quan (với tài khoản của cơ quan chịu giám sát)", CouncilDirectory.DirectoryPicks.Agencies(Agencies, selected is { } one ? [one] : []),
            Empty: "(không phải tài khoản của cơ quan)");
    public string? Done { get; private set; }

    /// <summary>The roles this administrator may give.</summary>
    public IEnumerable<Role> Roles => Enum.GetValues<Role>().Where(role => Actor.Role == Oversight.Accounts.Role.SystemAdministrator || role != Oversight.Accounts.Role.SystemAdministrator);

    public Task OnGetAsync() => Load();

    public Task<IActionResult> OnPostCreateAsync() => Run(async () =>
    {
        var account = await bus.SendAsync<AccountView>(Actor.Of(User),
            new CreateAccount(Guid.CreateVersion7(), new NewAccount(UserName, FullName, Role, CouncilId, AgencyName, Password, null, AgencyId)));
        UserName = FullName = AgencyName = Password = null;
        AgencyId = null;
        return $"Đã tạo tài khoản {account.UserName}.";
    });

    public Task<IActionResult> OnPostChangeAsync(Guid accountId, Role? newRole, string? newAgency, Guid? newAgencyId, string? action, string? newPassword) =>
        Run(async () =>
    {
        var change = action switch
        {
            "disable" => new AccountChange(null, null, null, true, null, null),
            "enable" => new AccountChange(null, null, null, false, null, null),
            "unlock" => new AccountChange(null, null, null, null, true, null),
            "password" => new AccountChange(null, null, null, null, true, newPassword ?? ""),
            _ => new AccountChange(null, newRole, newAgency, null, null, null, AgencyId: newAgencyId),
        };
        var account = await bus.SendAsync<AccountView>(Actor.Of(User), new UpdateAccount(accountId, change));
        AccountCache.Forget(account.Id);
        return $"Đã cập nhật tài khoản {account.UserName}.";
    });

    public async Task<IActionResult> OnPostSettingsAsync()
    {
        if (!Actor.Of(User).Can(Capability.ManageCouncilSettings))
        {
            return Forbid();
        }

        return await Run(async () =>
        {
            var lines = Web.Forms.Lines(Officials);
            var officials = lines.Select(Official.Parse).ToList();
            if (officials.IndexOf(null) is var wrong and >= 0)
            {
                throw Refusal.Invalid("officials",
                    $"Dòng “{lines[wrong]}” không ghi một chức vụ: viết “Chủ tịch: họ tên”, “Phó Chủ tịch: …”, “Ủy viên Thường trực: …”, “Trưởng Ban Pháp chế: …” hoặc “Phó Trưởng Ban …: …”.");
            }

            await bus.SendAsync<Council>(Actor.Of(User), new ChangeCouncilSettings(new CouncilSettingsChange(Symbols, Deadlines, CouncilPlace,
                [.. officials.OfType<Official>()], Term, Session, LegalNumbers)));
            return "Đã lưu thiết lập của HĐND.";
        });
    }

    public async Task<IActionResult> OnPostCouncilAsync()
    {
        if (!Actor.Of(User).Can(Capability.ManageCouncils))
        {
            return Forbid();
        }

        return await Run(async () =>
        {
            var council = await bus.SendAsync<Council>(Actor.Of(User), new AddCouncil(NewCouncilId, CouncilName, Place, Level, ProvinceId, null));
            NewCouncilId = CouncilName = Place = ProvinceId = null;
            return $"Đã thêm {council.Name}.";
        });
    }

    async Task<IActionResult> Run(Func<Task<string>> action)
    {
        try
        {
            Done = await action();
            ModelState.Clear();
        }
        catch (Refusal refusal)
        {
            ModelState.AddModelError("", refusal.Message);
            foreach (var (field, message) in refusal.Errors)
            {
                ModelState.AddModelError(field, message);
            }
        }

        Password = null;
        await Load();
        return Page();
    }

    async Task Load()
    {
        Actor = Actor.Of(User);
        Accounts = await ListAccountsEndpoint.Query(session, Actor, null, HttpContext.RequestAborted);
        Own = Actor.CouncilId is { } own ? await session.LoadAsync<Council>(own, HttpContext.RequestAborted) : null;
        if (Own is not null && ModelState.IsValid)
        {
            CouncilPlace = Own.Place;
            Symbols = new Dictionary<string, string>(Own.Symbols);
            Deadlines = Own.Deadlines ?? deadlines.Value;
            Officials = string.Join("\n", Own.Officials.Select(official => official.Line));
            Term = Own.Term;
            Session = Own.Session;
            LegalNumbers = new Dictionary<string, string>(Own.LegalNumbers);
        }

        Agencies = Actor.CouncilId is null ? [] : await CouncilDirectory.DirectoryQueries.Agencies(session, null, HttpContext.RequestAborted);
        Councils = Actor.Can(Capability.ManageCouncils)
            ? await session.Query<Council>().OrderBy(council => council.Id).ToListAsync(HttpContext.RequestAborted)
            : [];
    }
}
