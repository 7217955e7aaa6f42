using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Questioning;

/// <summary>Shows the conclusion on the questioning, and what became of its commitments, on the council's public page.</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record PublishQuestioning([SetByServer] Guid QuestioningId) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã công khai kết luận chất vấn.";
}

public static class PublishQuestioningHandler
{
    public static QuestioningPublished Decide(Questioning questioning, DateOnly today)
    {
        questioning.Ensure("công khai (chưa có kết luận)", QuestioningStatus.Concluded);
        return questioning.PublishedOn is null ? new QuestioningPublished(questioning.Id, today) : throw Refusal.Conflict("Kết luận chất vấn này đã được công khai.");
    }

    public static QuestioningPublished Handle(PublishQuestioning command, [WriteTarget] Questioning questioning, TimeProvider clock) =>
        Decide(questioning, VietnamTime.Today(clock));
}

public static class PublishQuestioningEndpoint
{
    [Sends<PublishQuestioning>]
    [WolverinePost("/api/questioning/{questioningId}/publication")]
    [Tags(QuestioningEndpoint.Tag)]
    [EndpointSummary("Công khai kết luận chất vấn trên trang công khai của HĐND")]
    public static Task<NoContent> Post(Guid questioningId, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, new PublishQuestioning(questioningId));
}
