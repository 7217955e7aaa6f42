using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory;
using Oversight.CouncilDirectory.Agencies;
using Oversight.Imports;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.Imports;

/// <summary>
/// Importing programmes and recommendations a council already has: download the template, upload a file, read the preview
/// line by line (picking from the directory the agencies it does not know), then confirm. Nothing is written before that.
/// </summary>
[Allow(Capability.ManageProgrammes)]
public sealed class IndexModel(IQuerySession session, IMessageBus bus, TimeProvider clock) : PageModel
{
    /// <summary>The uploaded file being previewed (<see cref="PendingImport"/>).</summary>
    [BindProperty(SupportsGet = true, Name = "tep")] public Guid? Upload { get; set; }
    [BindProperty(SupportsGet = true)] public string[] ChoiceName { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string[] ChoiceAgencyId { get; set; } = [];

    public ImportPreview? Preview { get; private set; }
    public IReadOnlyList<AgencyView> Agencies { get; private set; } = [];
    public IReadOnlyList<AgencyChoice> Choices => ImportEndpoints.Choices(ChoiceName, ChoiceAgencyId);

    public Task<IActionResult> OnGetAsync() => Show();

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file)
    {
        var id = Guid.CreateVersion7();
        try
        {
            var content = await ImportEndpoints.Content(file, HttpContext.RequestAborted);
            await bus.SendAsync(Actor.Of(User), new StageImport(id, file!.FileName, content), null, HttpContext.RequestAborted);
        }
        catch (Refusal refusal) when (refusal.Status != StatusCodes.Status403Forbidden)
        {
            this.Show(refusal);
            Upload = null;
            return await Show();
        }

        return Redirect($"{Request.Path}?tep={id}");
    }

    public async Task<IActionResult> OnPostImportAsync()
    {
        try
        {
            var result = await ImportEndpoints.Send(bus, Actor.Of(User), new ImportRecords(null, null, Choices, Upload), HttpContext.RequestAborted);
            this.Flash(new Flash(Imported(result), "/kien-nghi", "Xem sổ theo dõi kiến nghị"));
            return Redirect(Request.Path);
        }
        catch (Refusal refusal) when (refusal.Status != StatusCodes.Status403Forbidden)
        {
            ModelState.AddModelError("", refusal.Message);
            return await Show();
        }
    }

    async Task<IActionResult> Show()
    {
        var cancellation = HttpContext.RequestAborted;
        Agencies = await DirectoryQueries.Agencies(session, null, cancellation);
        if (Upload is { } id)
        {
            if (await session.LoadAsync<PendingImport>(id, cancellation) is not { } pending || pending.AccountId != Actor.Of(User).AccountId)
            {
                ModelState.AddModelError("", "Không còn tệp đã tải lên này (tệp chỉ được giữ một ngày, và đã nhập thì thôi giữ): hãy tải tệp lên lại.");
                Upload = null;
                return Page();
            }

            try
            {
                Preview = await ImportContexts.Preview(session, Actor.Of(User), pending.FileName, pending.Content, Choices, VietnamTime.Today(clock), cancellation);
            }
            catch (Refusal refusal) when (refusal.Status != StatusCodes.Status403Forbidden)
            {
                this.Show(refusal);
            }
        }

        return Page();
    }

    /// <summary>The pick list for a name the directory does not know: the agencies it could be, or the whole directory.</summary>
    public PickList Picker(UnknownAgency name, int index)
    {
        var candidates = name.Candidates.Count > 0 ? Agencies.Where(agency => name.Candidates.Contains(agency.Id)) : Agencies;
        var picked = Choices.FirstOrDefault(choice => DirectoryNames.Key(choice.Name) == DirectoryNames.Key(name.Name))?.AgencyId;
        return new PickList($"chon-co-quan-{index}", "ChoiceAgencyId", $"Cơ quan trong danh bạ cho “{name.Name}”",
            DirectoryPicks.Agencies(candidates, picked is { } agency ? [agency] : []), Empty: "(chưa chọn)");
    }

    /// <summary>What an import did: it depends on what the file held, not only on the command.</summary>
    static string Imported(ImportResult result) =>
        $"Đã nhập từ tệp “{result.FileName}”: {result.Programmes} cuộc giám sát mới, {result.Recommendations} kiến nghị mới; "
        + $"{result.AlreadyImported} kiến nghị đã nhập trước đây được bỏ qua.";
}
