using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Hearings;

/// <summary>Shows the conclusion notice, and what became of its commitments, on the council's public page.</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record PublishHearing([SetByServer] Guid HearingId) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã công khai thông báo kết luận phiên giải trình.";
}

public static class PublishHearingHandler
{
    public static HearingPublished Decide(Hearing hearing, DateOnly today)
    {
        hearing.Ensure("công khai (chưa có thông báo kết luận)", HearingStatus.Concluded);
        return hearing.PublishedOn is null ? new HearingPublished(hearing.Id, today) : throw Refusal.Conflict("Thông báo kết luận này đã được công khai.");
    }

    public static HearingPublished Handle(PublishHearing command, [WriteTarget] Hearing hearing, TimeProvider clock) =>
        Decide(hearing, VietnamTime.Today(clock));
}

public static class PublishHearingEndpoint
{
    [Sends<PublishHearing>]
    [WolverinePost("/api/hearings/{hearingId}/publication")]
    [Tags(HearingsEndpoint.Tag)]
    [EndpointSummary("Công khai thông báo kết luận phiên giải trình trên trang công khai của HĐND")]
    public static Task<NoContent> Publish(Guid hearingId, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, new PublishHearing(hearingId));
}
