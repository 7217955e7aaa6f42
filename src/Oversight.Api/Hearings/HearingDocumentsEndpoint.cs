using System.Text.Json;
using Marten;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Councils;
using Oversight.Documents;
using Oversight.Recommendations;
using Wolverine.Http;

namespace Oversight.Hearings;

/// <summary>
/// What the hearing's notices read, in snake_case (<c>hearing.subject</c>, <c>summoned</c>, <c>commitment_groups</c>): the notice
/// convening the hearing and the conclusion notice (templates/thong-bao-moi-giai-trinh.docx, thong-bao-ket-luan-giai-trinh.docx,
/// each checked with its own .sample.json).
/// </summary>
public sealed record HearingDocumentData(IssuerData Issuer, string DocumentNumber, string Place, DateOnly Date, HearingData Hearing,
    IReadOnlyList<SummonsData> Summoned, IReadOnlyList<string> Attended, HearingConclusionData Conclusion, IReadOnlyList<CommitmentGroup> CommitmentGroups,
    IReadOnlyList<string> Recipients);

public sealed record HearingData(string Code, string Subject, string Body, DateOnly ScheduledOn, DateOnly? HeldOn, string? Place, string? Chair);

public sealed record SummonsData(string Agency, string Representative, IReadOnlyList<string> Questions, DateOnly ReportBy);

public sealed record HearingConclusionData(string Number, DateOnly IssuedOn, string Summary);

public sealed record CommitmentItem(string Code, string Text, DateOnly DueDate);

public sealed record CommitmentGroup(string Agency, IReadOnlyList<CommitmentItem> Items);

public static class HearingDocumentsEndpoint
{
    public const string Convening = "thong-bao-moi-giai-trinh.docx";
    public const string ConclusionNotice = "thong-bao-ket-luan-giai-trinh.docx";

    /// <summary>The hearing as its notices show it; the conclusion and its commitments with their codes once issued, the draft's before.</summary>
    public static HearingDocumentData Data(string template, Hearing hearing, IReadOnlyList<Recommendation> issued, DocumentSettings settings, DateOnly today)
    {
        var commitments = issued.Count > 0
            ? issued.Select(recommendation => (Agency: recommendation.AgencyName, Item: new CommitmentItem(recommendation.Code, recommendation.Text, recommendation.DueDate)))
            : hearing.Commitments.Select((commitment, index) =>
                (Agency: hearing.AgencyName(commitment.AgencyId), Item: new CommitmentItem($"{hearing.Code}-{index + 1:00}", commitment.Text, commitment.DueDate)));
        var conclusion = template == ConclusionNotice ? hearing.Conclusion : null;
        return new HearingDocumentData(
            Issuers.Of(hearing.Body, hearing.BodyName, Issuers.CouncilNames.Of(settings.CouncilName)),
            conclusion?.Number ?? "……/TB-HĐND",
            settings.Place,
            conclusion?.IssuedOn ?? (template == Convening ? hearing.DecidedOn : today),
            new HearingData(hearing.Code, hearing.Subject, hearing.BodyName, hearing.ScheduledOn, hearing.HeldOn, hearing.Place, hearing.Chair),
            [.. hearing.Summoned.Select(summons => new SummonsData(summons.AgencyName, summons.Representative, summons.Questions, summons.ReportBy))],
            [.. hearing.Attendance.Where(person => person.Present).Select(person => $"{person.AttendedBy} ({hearing.AgencyName(person.AgencyId)})")],
            hearing.Conclusion is { } issuedConclusion
                ? new HearingConclusionData(issuedConclusion.Number, issuedConclusion.IssuedOn, issuedConclusion.Summary)
                : new HearingConclusionData("……/TB-HĐND", today, "……"),
            [.. commitments.GroupBy(pair => pair.Agency).Select(group => new CommitmentGroup(group.Key, [.. group.Select(pair => pair.Item)]))],
            [.. hearing.Summoned.Select(summons => summons.AgencyName)]);
    }

    [Allow(Capability.ViewAddressedWork)]
    [WolverineGet("/api/hearings/{hearingId}/documents/{notice}")]
    [ProducesFile(DocumentPreparation.WordType, "application/json")]
    [Tags(HearingsEndpoint.Tag)]
    [EndpointSummary("Tải bản Word thông báo mời giải trình (thong-bao-moi-giai-trinh.docx) hoặc thông báo kết luận phiên giải trình (thong-bao-ket-luan-giai-trinh.docx), theo Nghị định 30/2020; ?data=json để xem dữ liệu mẫu văn bản đọc")]
    public static async Task<IResult> Get(Guid hearingId, string notice, string? data, IQuerySession session, IOptions<DocumentSettings> settings,
        TimeProvider clock, CancellationToken cancellation)
    {
        var template = notice;
        if (template is not (Convening or ConclusionNotice))
        {
            return Web.Problems.NotFound($"Không có mẫu văn bản “{template}” của phiên giải trình; các mẫu hiện có: {Convening}, {ConclusionNotice}.");
        }

        if (await session.LoadAsync<Hearing>(hearingId, cancellation) is not { } hearing)
        {
            return Web.Problems.NotFound("Không tìm thấy phiên giải trình này.");
        }

        if (template == ConclusionNotice && hearing.Status == HearingStatus.Decided)
        {
            throw Common.Refusal.Conflict("Phiên giải trình chưa diễn ra: chưa có nội dung để lập thông báo kết luận.");
        }

        var council = await CouncilSettings.Documents(session, settings, cancellation);
        var model = Data(template, hearing, await HearingsEndpoint.Issued(session, hearing.Id, cancellation), council, Common.VietnamTime.Today(clock));
        if (data == "json")
        {
            return Results.Text(JsonSerializer.Serialize(model, DocumentPreparation.SnakeCase), "application/json; charset=utf-8");
        }

        var document = WordTemplate.Render(await Templates.Load(session, council, template, cancellation), template, model, cancellation);
        return Results.File(document, DocumentPreparation.WordType, $"{Path.GetFileNameWithoutExtension(template)}-{hearing.Code}.docx");
    }
}
