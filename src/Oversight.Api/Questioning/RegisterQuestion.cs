using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Questioning;

/// <summary>
/// A deputy registers a question to an official of the directory (a person), who answers for an agency of the directory, on a topic.
/// A deputy registers in their own name; the secretariat registers any deputy's.
/// </summary>
[Requires(Capability.RecordFieldwork)]
public sealed record RegisterQuestion([SetByServer] Guid QuestioningId, [SetByServer] Guid QuestionId, string? Deputy, Guid? OfficialId, Guid? AgencyId, string? Topic, string? Text) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã đăng ký câu hỏi chất vấn.";
}

public static class RegisterQuestionHandler
{
    public const int MaxQuestions = 500;

    public static QuestionRegistered Decide(Questioning questioning, RegisterQuestion command, DirectoryPerson? official, Agency? agency, Actor actor)
    {
        questioning.Ensure("đăng ký câu hỏi (đã có kết luận)", QuestioningStatus.Open);
        var deputy = actor.Role == Role.DelegationMember ? actor.FullName : command.Deputy;
        new Checks()
            .Identifier(deputy, "deputy", "đại biểu chất vấn", 300)
            .Require(official is not null, "officialId", "Hãy chọn người bị chất vấn trong danh bạ.")
            .Require(agency is not null, "agencyId", "Hãy chọn cơ quan người bị chất vấn trả lời thay mặt (trong danh bạ).")
            .Identifier(command.Topic, "topic", "nhóm vấn đề", 300)
            .Text(command.Text, "text", "câu hỏi", 10_000)
            .Require(questioning.Questions.Count < MaxQuestions, "text", $"Một phiên chất vấn nhận tối đa {MaxQuestions} câu hỏi.")
            .ThrowIfAny();
        var officialName = official!.Position is { Length: > 0 } position ? $"{official.FullName}, {position}" : official.FullName;
        return new QuestionRegistered(questioning.Id, command.QuestionId, actor.Role == Role.DelegationMember ? actor.AccountId : null, deputy!.Trim(),
            official.Id, officialName, agency!.Id, agency.Name, command.Topic!.Trim(), command.Text!.Trim());
    }

    public static async Task<QuestionRegistered> Handle(RegisterQuestion command, [WriteTarget] Questioning questioning, Actor actor, IQuerySession session,
        CancellationToken cancellation) =>
        Decide(questioning, command, command.OfficialId is { } official ? await session.LoadAsync<DirectoryPerson>(official, cancellation) : null,
            command.AgencyId is { } agency ? await session.LoadAsync<Agency>(agency, cancellation) : null, actor);
}

public static class RegisterQuestionEndpoint
{
    [Sends<RegisterQuestion>]
    [WolverinePost("/api/questioning/{questioningId}/questions")]
    [Tags(QuestioningEndpoint.Tag)]
    [EndpointSummary("Đại biểu đăng ký câu hỏi chất vấn một người trong danh bạ (kèm cơ quan người đó trả lời thay mặt và nhóm vấn đề)")]
    public static async Task<CreationResponse<Guid>> Post(Guid questioningId, RegisterQuestion command, ClaimsPrincipal user, IMessageBus bus)
    {
        var id = Guid.CreateVersion7();
        await bus.SendAsync(user, command with { QuestioningId = questioningId, QuestionId = id });
        return new CreationResponse<Guid>($"/api/questioning/{questioningId}", id);
    }
}
