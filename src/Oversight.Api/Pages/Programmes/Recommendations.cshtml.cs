using Marten;
using Oversight.Recommendations;
using Wolverine;

namespace Oversight.Pages.Programmes;

public sealed class RecommendationsModel(IQuerySession session, IMessageBus bus) : ProgrammePage(session, bus)
{
    public IReadOnlyList<Recommendation> Issued { get; private set; } = [];

    protected override async Task<bool> PrepareAsync()
    {
        Issued = await ProgrammeRecommendations.Load(Session, Id, HttpContext.RequestAborted);
        return true;
    }
}
