using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Recommendations.FollowUp;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Questioning;

/// <summary>Records the official's answer to a question and what they committed to, by when (the conclusion makes it a recommendation).</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record AnswerQuestion([SetByServer] Guid QuestioningId, [SetByServer] Guid QuestionId, string? Answer, string? Commitment, DateOnly? DueDate) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã ghi trả lời chất vấn.";
}

public static class AnswerQuestionHandler
{
    public static QuestionAnswered Decide(Questioning questioning, AnswerQuestion command)
    {
        questioning.Ensure("ghi trả lời (đã có kết luận)", QuestioningStatus.Open);
        if (questioning.Questions.All(question => question.Id != command.QuestionId))
        {
            throw Refusal.NotFound("Không tìm thấy câu hỏi này trong phiên chất vấn.");
        }

        var commitment = FollowUpRules.Blank(command.Commitment);
        new Checks()
            .Text(command.Answer, "answer", "nội dung trả lời", 50_000)
            .Text(command.Commitment, "commitment", "cam kết", 5000, required: false)
            .Require(commitment is null || command.DueDate is not null, "dueDate", "Hãy nhập hạn thực hiện cam kết.")
            .Require(commitment is null || command.DueDate > questioning.HeldOn, "dueDate", "Hạn thực hiện phải sau ngày chất vấn.")
            .ThrowIfAny();
        return new QuestionAnswered(questioning.Id, command.QuestionId, command.Answer!.Trim(), commitment, commitment is null ? null : command.DueDate);
    }

    public static QuestionAnswered Handle(AnswerQuestion command, [WriteTarget] Questioning questioning) => Decide(questioning, command);
}

public static class AnswerQuestionEndpoint
{
    [Sends<AnswerQuestion>]
    [WolverinePost("/api/questioning/{questioningId}/questions/{questionId}/answer")]
    [Tags(QuestioningEndpoint.Tag)]
    [EndpointSummary("Ghi trả lời chất vấn và cam kết (nếu có, kèm hạn thực hiện)")]
    public static Task<NoContent> Post(Guid questioningId, Guid questionId, AnswerQuestion command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { QuestioningId = questioningId, QuestionId = questionId });
}
