using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Programmes.Reporting;

/// <summary>Publishes the conclusion and the follow-up of its recommendations on the council's public page, without login.</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record PublishConclusion(Guid ProgrammeId) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã công khai kết luận và tình hình thực hiện kiến nghị.";
}

public static class PublishConclusionHandler
{
    public static ConclusionPublished Decide(Programme programme, DateOnly today)
    {
        if (programme.Conclusion is null || programme.Status == ProgrammeStatus.Cancelled)
        {
            throw Refusal.Conflict("Chưa có kết luận để công khai; hãy ban hành kết luận trước.");
        }

        if (programme.PublishedOn is { } published)
        {
            throw Refusal.Conflict($"Kết luận đã được công khai từ ngày {VietnamTime.Format(published)}.");
        }

        return new ConclusionPublished(programme.Id, today);
    }

    public static ConclusionPublished Handle(PublishConclusion command, [WriteTarget] Programme programme,
        TimeProvider clock) => Decide(programme, VietnamTime.Today(clock));
}

public static class PublishConclusionEndpoint
{
    [Sends<PublishConclusion>]
    [WolverinePost("/api/programmes/{id}/publication")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Công khai kết luận và tình hình thực hiện kiến nghị trên trang công khai (theo quy định về công khai hoạt động giám sát; căn cứ ghi trên trang công khai theo luật có hiệu lực)")]
    public static Task<NoContent> Post(Guid id, ClaimsPrincipal user, IMessageBus bus) => ProgrammeApi.Send(bus, user, new PublishConclusion(id));
}
