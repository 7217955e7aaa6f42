using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;

namespace Oversight.Programmes.Reporting;

/// <summary>Takes a published conclusion off the council's public page, with the reason; it may be published again later.</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record WithdrawPublication([SetByServer] Guid ProgrammeId, string? Reason) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã rút kết luận khỏi trang công khai; trang công khai không còn hiện cuộc giám sát này.";
}

public static class WithdrawPublicationHandler
{
    public const int MaxReason = 2000;

    public static PublicationWithdrawn Decide(Programme programme, WithdrawPublication command, DateOnly today)
    {
        if (programme.PublishedOn is null)
        {
            throw Refusal.Conflict("Kết luận của cuộc giám sát này không có trên trang công khai nên không có gì để rút.");
        }

        new Checks().Text(command.Reason, "reason", "lý do rút khỏi trang công khai", MaxReason).ThrowIfAny();
        return new PublicationWithdrawn(programme.Id, today, command.Reason!);
    }

    public static PublicationWithdrawn Handle(WithdrawPublication command, [WriteTarget] Programme programme, TimeProvider clock) =>
        Decide(programme, command, VietnamTime.Today(clock));
}

public static class WithdrawPublicationEndpoint
{
    [Sends<WithdrawPublication>]
    [WolverinePost("/api/programmes/{id}/publication/withdrawal")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Rút kết luận khỏi trang công khai, ghi lý do (có thể công khai lại sau)")]
    public static Task<NoContent> Post(Guid id, WithdrawPublication command, ClaimsPrincipal user, IMessageBus bus) =>
        ProgrammeApi.Send(bus, user, command with { ProgrammeId = id });
}
