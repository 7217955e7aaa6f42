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

/// <summary>Records what a summoned agency committed to do, and by when: a line of the draft conclusion notice.</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record RecordCommitment([SetByServer] Guid HearingId, [SetByServer] Guid CommitmentId, Guid? AgencyId, string? Text, DateOnly? DueDate) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã ghi cam kết.";
}

public static class RecordCommitmentHandler
{
    public const int MaxCommitments = 99;

    public static CommitmentRecorded Decide(Hearing hearing, RecordCommitment command)
    {
        hearing.Ensure("ghi cam kết (phiên chưa diễn ra hoặc đã kết luận)", HearingStatus.Held);
        hearing.EnsureSummoned(command.AgencyId);
        new Checks()
            .Text(command.Text, "text", "nội dung cam kết", 5000)
            .Require(command.DueDate is not null, "dueDate", "Hãy nhập hạn thực hiện cam kết.")
            .Require(command.DueDate is null || command.DueDate > hearing.HeldOn, "dueDate", "Hạn thực hiện phải sau ngày tổ chức phiên giải trình.")
            .Require(hearing.Commitments.Count < MaxCommitments, "text", $"Một phiên giải trình ghi tối đa {MaxCommitments} cam kết.")
            .ThrowIfAny();
        return new CommitmentRecorded(hearing.Id, command.CommitmentId, command.AgencyId!.Value, command.Text!.Trim(), command.DueDate!.Value);
    }

    public static CommitmentRecorded Handle(RecordCommitment command, [WriteTarget] Hearing hearing) => Decide(hearing, command);
}

public static class RecordCommitmentEndpoint
{
    [Sends<RecordCommitment>]
    [WolverinePost("/api/hearings/{hearingId}/commitments")]
    [Tags(HearingsEndpoint.Tag)]
    [EndpointSummary("Ghi một cam kết của cơ quan (nội dung, hạn thực hiện); khi ban hành thông báo kết luận, cam kết thành kiến nghị được theo dõi")]
    public static async Task<CreationResponse<Guid>> Post(Guid hearingId, RecordCommitment command, ClaimsPrincipal user, IMessageBus bus)
    {
        var id = Guid.CreateVersion7();
        await bus.SendAsync(user, command with { HearingId = hearingId, CommitmentId = id });
        return new CreationResponse<Guid>($"/api/hearings/{hearingId}", id);
    }
}
