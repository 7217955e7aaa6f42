using System.Security.Claims;
using Marten;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Web;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine;

namespace Oversight.Questioning;

/// <summary>Opens a questioning at a council session or a Thường trực meeting, on a day; deputies then register their questions.</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record OpenQuestioning([SetByServer] Guid QuestioningId, string? Title, QuestioningForum? Forum, DateOnly? HeldOn) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã mở phiên chất vấn; đại biểu có thể đăng ký câu hỏi.";
}

/// <summary>The last questioning number given in a year.</summary>
public sealed class QuestioningNumbering : INumberRegister
{
    public int Id { get; set; }
    public int Last { get; set; }
}

public static class OpenQuestioningHandler
{
    public static QuestioningOpened Decide(OpenQuestioning command, int number)
    {
        new Checks()
            .Text(command.Title, "title", "tên phiên chất vấn (kỳ họp, phiên họp)", 500)
            .Require(command.Forum is not null && Enum.IsDefined(command.Forum.Value), "forum", "Hãy chọn chất vấn tại kỳ họp HĐND hay phiên họp Thường trực.")
            .Require(command.HeldOn is not null, "heldOn", "Hãy nhập ngày chất vấn.")
            .ThrowIfAny();
        return new QuestioningOpened(command.QuestioningId, number, command.HeldOn!.Value.Year, command.Title!.Trim(), command.Forum!.Value, command.HeldOn.Value);
    }

    [Untargeted]
    public static async Task<IStartStream> Handle(OpenQuestioning command, IDocumentSession session, CancellationToken cancellation)
    {
        var year = command.HeldOn?.Year ?? 0;
        // A refused questioning stores nothing, its number included.
        var number = Numbering.Next(session, await session.LoadAsync<QuestioningNumbering>(year, cancellation), () => new QuestioningNumbering { Id = year });
        return MartenOps.StartStream<Questioning>(command.QuestioningId, Decide(command, number));
    }
}

public static class OpenQuestioningEndpoint
{
    [Sends<OpenQuestioning>]
    [WolverinePost("/api/questioning")]
    [Tags(QuestioningEndpoint.Tag)]
    [EndpointSummary("Mở chất vấn tại kỳ họp HĐND hoặc phiên họp Thường trực HĐND")]
    public static async Task<CreationResponse<Guid>> Post(OpenQuestioning command, ClaimsPrincipal user, IMessageBus bus)
    {
        var id = Guid.CreateVersion7();
        await bus.SendAsync(user, command with { QuestioningId = id });
        return new CreationResponse<Guid>($"/api/questioning/{id}", id);
    }
}
