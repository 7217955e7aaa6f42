using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;
using Wolverine.Persistence;

namespace Oversight.Findings;

/// <summary>The delegation's secretary merges duplicate findings into one, with the merged wording.</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record MergeFindings([SetByServer] Guid ProgrammeId, Guid SecretaryId, Guid TargetId, IReadOnlyList<Guid>? DuplicateIds, string? Text) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã gộp các ý kiến trùng.";
}

public static class MergeFindingsHandler
{
    public static IEnumerable<IMartenOp> Decide(Programme programme, IReadOnlyList<Finding> findings, MergeFindings command)
    {
        FindingRules.EnsureOpen(programme);
        if (programme.ActiveMember(command.SecretaryId) is not { Role: DelegationRole.Secretary })
        {
            throw Refusal.Forbidden("Chỉ thư ký Đoàn mới gộp được các ý kiến trùng nhau.");
        }

        var duplicates = (command.DuplicateIds ?? []).Distinct().Where(id => id != command.TargetId).ToList();
        var byId = findings.Where(finding => finding.ProgrammeId == programme.Id && finding.MergedInto is null).ToDictionary(finding => finding.Id);
        new Checks()
            .Require(byId.ContainsKey(command.TargetId), "targetId", "Không tìm thấy ý kiến được giữ lại trong cuộc giám sát này.")
            .Require(duplicates.Count > 0, "duplicateIds", "Hãy chọn ít nhất một ý kiến trùng để gộp.")
            .Require(duplicates.All(byId.ContainsKey), "duplicateIds", "Có ý kiến không thuộc cuộc giám sát này hoặc đã được gộp trước đó.")
            .Text(command.Text, "text", "nội dung sau khi gộp", FindingRules.MaxText)
            .ThrowIfAny();
        return
        [
            new AppendToStream(command.TargetId, new DuplicatesMerged(command.TargetId, duplicates, command.Text!)),
            .. duplicates.Select(id => new AppendToStream(id, new FindingMergedInto(id, command.TargetId))),
        ];
    }

    public static async Task<IEnumerable<IMartenOp>> Handle(
        MergeFindings command,
        [ReadTarget] Programme programme,
        IQuerySession session,
        CancellationToken cancellation)
    {
        var ids = (command.DuplicateIds ?? []).Append(command.TargetId).Distinct().ToList();
        var findings = await session.LoadManyAsync<Finding>(cancellation, ids);
        return Decide(programme, findings, command);
    }
}

public static class MergeFindingsEndpoint
{
    [Sends<MergeFindings>]
    [WolverinePost("/api/programmes/{id}/findings/merge")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Thư ký gộp các ý kiến trùng nhau")]
    public static Task<NoContent> Post(Guid id, MergeFindings command, ClaimsPrincipal user, IMessageBus bus) => ProgrammeApi.Send(bus, user, command with { ProgrammeId = id });
}
