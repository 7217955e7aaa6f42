using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Marten;
using Microsoft.Extensions.Options;
using Oversight.Common;
using Oversight.Councils;
using Oversight.Programmes;
using Oversight.Recommendations;

namespace Oversight.Documents;

/// <summary>A document ready to render: what it is, the register its number comes from, the template in force and the data the template reads.</summary>
public sealed record PreparedDocument(DocumentKind Kind, string Symbol, byte[] Template, ProgrammeDocumentData Data);

/// <summary>
/// The one step that drafting and issuing share, so that a draft and the issued file are made of the same data: the programme
/// must have what the document is made of; then the council's settings, the programme's issued recommendations with their
/// agencies' latest answers, the template in force, and the data as the template reads it.
/// </summary>
public static class DocumentPreparation
{
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string NoSession = "Chưa có buổi làm việc nào đã ghi biên bản (hoặc buổi được chọn chưa diễn ra); hãy ghi biên bản buổi làm việc trước.";

    /// <summary>The data as templates read it (snake_case), for <c>?data=json</c> and for reading the sample back.</summary>
    public static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        // Template authors read this file: Vietnamese letters stay letters, not \u escapes.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Refused (409, in Vietnamese) while the programme lacks what the document is made of, or minutes have no session that took place.</summary>
    public static async Task<PreparedDocument> Prepare(IQuerySession session, IOptions<DocumentSettings> settings, DocumentKind kind, Programme programme,
        DateOnly on, Guid? activity, CancellationToken cancellation)
    {
        if (ProgrammeDocuments.Unavailable(kind, programme) is { } reason)
        {
            throw Refusal.Conflict(reason);
        }

        var council = await CouncilSettings.Documents(session, settings, cancellation);
        var recommendations = await ProgrammeRecommendations.Load(session, programme.Id, cancellation);
        var answers = await FollowUpHistory.LatestAnswers(session, recommendations, cancellation);
        var data = ProgrammeDocuments.Data(kind, programme, recommendations, answers, council, on, activity);
        if (kind.NeedsSession && data.Session is null)
        {
            throw Refusal.Conflict(NoSession);
        }

        return new PreparedDocument(kind, ProgrammeDocuments.Symbol(kind, programme, council), await Templates.Load(session, council, kind.Template, cancellation), data);
    }
}
