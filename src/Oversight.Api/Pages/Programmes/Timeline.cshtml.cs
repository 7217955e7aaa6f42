using Marten;
using Oversight.Programmes.Timeline;
using Wolverine;

namespace Oversight.Pages.Programmes;

public sealed class TimelineModel(IQuerySession session, IMessageBus bus) : ProgrammePage(session, bus)
{
    public IReadOnlyList<TimelineEntry> Entries { get; private set; } = [];

    protected override async Task<bool> PrepareAsync()
    {
        Entries = await ProgrammeTimeline.Load(Session, Id, HttpContext.RequestAborted) ?? [];
        return true;
    }
}
