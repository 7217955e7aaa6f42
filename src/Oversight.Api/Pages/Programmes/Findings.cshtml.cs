using Marten;
using Microsoft.AspNetCore.Mvc;
using Oversight.Accounts;
using Oversight.Findings;
using Wolverine;

namespace Oversight.Pages.Programmes;

public sealed class FindingsModel(IQuerySession session, IMessageBus bus) : ProgrammePage(session, bus)
{
    public IReadOnlyList<FindingGroup> Groups { get; private set; } = [];

    public IReadOnlyList<RepeatedFinding> Repeats { get; private set; } = [];

    public Task<IActionResult> OnPostAmendAsync(Guid findingId, Guid authorId, FindingKind kind, Guid? agencyId, string? text, string? figures) =>
        Run(new AmendFinding(findingId, authorId, kind, agencyId, text, figures));

    public Task<IActionResult> OnPostMergeAsync(Guid secretaryId, List<Guid> findingIds, string? text) =>
        Run(new MergeFindings(Id, secretaryId, findingIds.FirstOrDefault(), [.. findingIds.Skip(1)], text));

    protected override async Task<bool> PrepareAsync()
    {
        Groups = await ProgrammeFindings.Load(Session, Id, HttpContext.RequestAborted) ?? [];
        Repeats = await RepeatedFindings.Find(Session, Id, HttpContext.RequestAborted) ?? [];
        return true;
    }
}
