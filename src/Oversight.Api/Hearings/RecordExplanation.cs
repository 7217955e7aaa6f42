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

/// <summary>Records what a summoned agency's representative explained at the hearing.</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record RecordExplanation([SetByServer] Guid HearingId, Guid ExplanationId, Guid? AgencyId, string? Speaker, string? Text) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã ghi nội dung giải trình.";
}

public static class RecordExplanationHandler
{
    public static ExplanationHeard Decide(Hearing hearing, RecordExplanation command)
    {
        hearing.Ensure("ghi nội dung giải trình (phiên chưa diễn ra hoặc đã kết luận)", HearingStatus.Held);
        hearing.EnsureSummoned(command.AgencyId);
        new Checks()
            .Identifier(command.Speaker, "speaker", "người giải trình", 300)
            .Text(command.Text, "text", "nội dung giải trình", 50_000)
            .ThrowIfAny();
        return new ExplanationHeard(hearing.Id, command.ExplanationId, command.AgencyId!.Value, command.Speaker!.Trim(), command.Text!.Trim());
    }

    public static ExplanationHeard Handle(RecordExplanation command, [WriteTarget] Hearing hearing) => Decide(hearing, command);
}

public static class RecordExplanationEndpoint
{
    [Sends<RecordExplanation>]
    [WolverinePost("/api/hearings/{hearingId}/explanations")]
    [Tags(HearingsEndpoint.Tag)]
    [EndpointSummary("Ghi nội dung giải trình của một cơ quan tại phiên")]
    public static Task<NoContent> Post(Guid hearingId, RecordExplanation command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { HearingId = hearingId, ExplanationId = Guid.CreateVersion7() });
}
