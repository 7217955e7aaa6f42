using System.Security.Claims;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;

namespace Oversight.Documents;

/// <summary>
/// Issues a document again as a replacement (văn bản thay thế) of one in force: with a new number of the register, the reason,
/// and a link both ways. The replaced file stays as it was issued.
/// </summary>
[Requires(Capability.ManageProgrammes)]
public sealed record IssueReplacement(Guid ProgrammeId, Guid DocumentId, Guid ReplacesId, DateOnly? IssuedOn, string? Reason, string? DateReason = null) : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã ban hành văn bản thay thế.";
}

public static class IssueReplacementHandler
{
    public const int MaxReason = 2000;

    public static (DocumentKind Kind, Dated Issued, IssuedDocumentRef Replaced) Decide(Programme programme, IssueReplacement command, DateOnly today, Actor actor)
    {
        var replaced = programme.IssuedDocuments.FirstOrDefault(document => document.Id == command.ReplacesId)
            ?? throw Refusal.NotFound("Không tìm thấy văn bản cần thay thế trong hồ sơ cuộc giám sát này.");
        if (programme.IssuedDocuments.FirstOrDefault(document => document.Id == replaced.ReplacedBy) is { } replacement)
        {
            throw Refusal.Conflict($"Văn bản số {replaced.Number} đã được thay thế bằng văn bản số {replacement.Number}; "
                + "nếu cần, hãy thay thế văn bản đang có hiệu lực.");
        }

        var kind = ProgrammeDocuments.Find(replaced.Template)
            ?? throw Refusal.Conflict("Mẫu của văn bản này không còn trong phần mềm nên không ban hành văn bản thay thế được.");
        IssueDocumentHandler.EnsureIssuable(programme, kind);
        var checks = new Checks().Text(command.Reason, "reason", "lý do ban hành văn bản thay thế", MaxReason);
        var issued = checks.Happened("issuedOn", "ngày ban hành văn bản thay thế", command.IssuedOn, command.DateReason, today, actor);
        checks.Require(command.IssuedOn is null || command.IssuedOn >= replaced.IssuedOn, "issuedOn",
            $"Văn bản thay thế không thể ban hành trước văn bản nó thay thế ({VietnamTime.Format(replaced.IssuedOn)}).");
        checks.ThrowIfAny();
        return (kind, issued, replaced);
    }

    public static async Task Handle(
        IssueReplacement command,
        [WriteTarget] IEventStream<Programme> stream,
        Actor actor,
        IDocumentSession session,
        IOptions<DocumentSettings> settings,
        TimeProvider clock,
        CancellationToken cancellation)
    {
        var (kind, issued, replaced) = Decide(stream.Aggregate!, command, VietnamTime.Today(clock), actor);
        await IssueDocumentHandler.Issue(stream, session, settings, kind, command.DocumentId, issued, replaced.ActivityId, replaced.Id,
            command.Reason!, cancellation);
    }
}

public sealed record IssueReplacementBody(DateOnly? IssuedOn, [Example("Văn bản đã ban hành ghi sai tên cơ quan được giám sát")] string? Reason, string? DateReason = null);

public static class IssueReplacementEndpoint
{
    [Sends<IssueReplacement>]
    [WolverinePost("/api/programmes/{id}/issued-documents/{documentId}/replacement")]
    [Tags(Programmes.ProgrammeApi.Tag)]
    [EndpointSummary("Ban hành văn bản thay thế một văn bản đã ban hành: số mới theo sổ văn bản, lý do thay thế, liên kết với văn bản bị thay thế")]
    public static async Task<CreationResponse<Guid>> Post(Guid id, Guid documentId, IssueReplacementBody body, ClaimsPrincipal user, IMessageBus bus)
    {
        var replacementId = Guid.CreateVersion7();
        await bus.SendAsync(user, new IssueReplacement(id, replacementId, documentId, body.IssuedOn, body.Reason, body.DateReason));
        return new CreationResponse<Guid>($"/api/issued-documents/{replacementId}", replacementId);
    }
}
