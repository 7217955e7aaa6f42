using System.Security.Claims;
using Marten;
using Marten.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory;
using Oversight.Programmes;
using Oversight.Programmes.Creating;
using Oversight.Recommendations;
using Oversight.Recommendations.Register;
using Oversight.Recommendations.Reminders;
using Wolverine;
using Wolverine.Http;

namespace Oversight.Imports;

/// <summary>
/// Imports a file of recommendations and of the programmes they came from, as planned by <see cref="ImportPlanner"/>: either
/// the file itself (the API) or one kept for its preview (<see cref="StagedId"/>, the page). Nothing is written unless every
/// line can be imported; what earlier imports created (the same codes) is left as it is.
/// </summary>
[Requires(Capability.ManageProgrammes)]
public sealed record ImportRecords(string? FileName, byte[]? Content, IReadOnlyList<AgencyChoice>? Choices, Guid? StagedId = null);

/// <summary>A programme the import created (or added recommendations to).</summary>
public sealed record ImportedProgramme(Guid Id, string Code, string SourceCode, string Title, int NewRecommendations, string Url);

public sealed record ImportResult(string FileName, int Programmes, int Recommendations, int AlreadyImported, IReadOnlyList<ImportedProgramme> Created);

/// <summary>The streams an import starts, the programme numbers it takes, and the due dates whose reminders it schedules.</summary>
public sealed record ImportDecision(IReadOnlyList<(Guid Id, bool Programme, IReadOnlyList<object> Events)> Streams, IReadOnlyDictionary<int, int> LastNumbers,
    IReadOnlyList<(Guid Recommendation, DateOnly DueDate)> DueDates, ImportResult Result);

public static class ImportRecordsHandler
{
    public const int MaxErrorsListed = 200;

    /// <summary>
    /// A new programme is created, concluded and followed up, as the sample player's would be but without the steps before the conclusion
    /// (the source has none); each recommendation is issued with a code of its programme, then marked with its source. Dates in the past
    /// are the council staff's to record, with the import as their reason.
    /// </summary>
    public static ImportDecision Decide(ImportTable table, ImportContext context, IReadOnlyList<AgencyChoice>? choices, DateOnly today, Actor actor)
    {
        var plan = ImportPlanner.Plan(table, context, choices, today, actor);
        var preview = plan.Preview;
        if (preview.WithErrors > 0)
        {
            var errors = preview.Rows.Where(row => row.Action == LineAction.Error).Take(MaxErrorsListed)
                .ToDictionary(row => $"dong-{row.Row}", row => $"Dòng {row.Row}: {string.Join(" ", row.Errors)}");
            throw new Refusal(StatusCodes.Status400BadRequest,
                $"Chưa nhập gì: {preview.WithErrors} dòng có lỗi. Hãy xem trước để biết từng lỗi, sửa tệp (hoặc chọn cơ quan trong danh bạ) rồi nhập lại.", errors);
        }

        var reason = ImportPlanner.Reason(table.FileName);
        var numbers = new Dictionary<int, int>();
        var streams = new List<(Guid, bool, IReadOnlyList<object>)>();
        var dueDates = new List<(Guid, DateOnly)>();
        var created = new List<ImportedProgramme>();
        foreach (var planned in plan.Programmes.OrderBy(programme => programme.FirstRow))
        {
            string code;
            var fields = planned.Fields;
            var first = 0;
            if (planned.Existing is { } existing)
            {
                code = existing.Code;
                first = context.RecommendationCounts.GetValueOrDefault(existing.Id);
            }
            else
            {
                var year = fields.Year!.Value;
                var number = numbers[year] = numbers.GetValueOrDefault(year, context.LastNumbers.GetValueOrDefault(year)) + 1;
                code = Programme.CodeOf(year, number);
                var conclusion = fields.ConclusionDate!.Value;
                streams.Add((planned.Id, true, [
                    new ProgrammeCreated(planned.Id, number, fields.Title!, year, null, [], fields.Body!.Value, fields.BodyUnit, null,
                        [.. planned.Agencies.Select(agency => new AgencyRef(agency.Id, agency.Name, agency.Id))], null, null, fields.CommitteeId),
                    new ProgrammeImported(planned.Id, new ImportSource(table.FileName, planned.SourceCode, planned.FirstRow)),
                    new ConclusionIssued(planned.Id, fields.ConclusionNumber!, conclusion, "", conclusion < today ? reason : null),
                    new FollowUpStarted(planned.Id),
                ]));
            }

            foreach (var (recommendation, index) in planned.Recommendations.Select((recommendation, index) => (recommendation, index)))
            {
                streams.Add((recommendation.Id, false, [
                    new RecommendationIssued(recommendation.Id, planned.Id, $"KN-{code}-{first + index + 1:00}", recommendation.Agency.Id, recommendation.Agency.Name,
                        [.. recommendation.CoAgencies.Select(agency => agency.Name)], recommendation.Text, recommendation.DueDate, [], fields.ConclusionNumber!,
                        fields.ConclusionDate!.Value, recommendation.Agency.Id),
                    new RecommendationImported(recommendation.Id, planned.Id, new ImportSource(table.FileName, recommendation.SourceCode, recommendation.Row), today),
                ]));
                dueDates.Add((recommendation.Id, recommendation.DueDate));
            }

            created.Add(new ImportedProgramme(planned.Id, code, planned.SourceCode, planned.Existing?.Title ?? fields.Title!, planned.Recommendations.Count,
                $"/api/programmes/{planned.Id}"));
        }

        return new ImportDecision(streams, numbers, dueDates,
            new ImportResult(table.FileName, preview.NewProgrammes, preview.ToCreate, preview.AlreadyImported, created));
    }

    [Untargeted]
    public static async Task<(ImportResult, OutgoingMessages)> Handle(ImportRecords command, Actor actor, IDocumentSession session, TimeProvider clock,
        WorkingCalendar calendar, IOptions<ReminderSettings> reminders, CancellationToken cancellation)
    {
        var (fileName, content) = command.StagedId is { } staged ? await Staged(session, staged, actor, cancellation) : (command.FileName, command.Content ?? []);
        var table = ImportFile.Read(fileName, content, cancellation);
        var (context, registers) = await ImportContexts.Load(session, actor.CouncilId!, table, cancellation);
        var decision = Decide(table, context, command.Choices, VietnamTime.Today(clock), actor);
        foreach (var (id, programme, events) in decision.Streams)
        {
            if (programme)
            {
                session.Events.StartStream<Programme>(id, [.. events]);
            }
            else
            {
                session.Events.StartStream<Recommendation>(id, [.. events]);
            }
        }

        // The yearly numbering is kept with optimistic concurrency: an import racing a new programme runs again on fresh numbers.
        foreach (var (year, last) in decision.LastNumbers)
        {
            if (registers.FirstOrDefault(register => register.Id == year) is { } register)
            {
                register.Last = last;
                session.Update(register);
            }
            else
            {
                session.Insert(new ProgrammeNumbering { Id = year, Last = last });
            }
        }

        if (command.StagedId is { } done)
        {
            session.Delete<PendingImport>(done);
        }

        var messages = new OutgoingMessages();
        foreach (var (recommendation, dueDate) in decision.DueDates)
        {
            messages.AddRange(ReminderSchedule.For(recommendation, dueDate, clock.GetUtcNow(), calendar, reminders.Value));
        }

        return (decision.Result, messages);
    }

    static async Task<(string, byte[])> Staged(IQuerySession session, Guid id, Actor actor, CancellationToken cancellation) =>
        await session.LoadAsync<PendingImport>(id, cancellation) is { } pending && pending.AccountId == actor.AccountId
            ? (pending.FileName, pending.Content)
            : throw Refusal.NotFound("Không còn tệp đã tải lên để nhập (tệp chỉ được giữ một ngày): hãy tải tệp lên lại.");
}

/// <summary>Loads what a file's lines are checked against: the directory, and the programmes and recommendations earlier imports of its codes created.</summary>
public static class ImportContexts
{
    public static async Task<(ImportContext, IReadOnlyList<ProgrammeNumbering>)> Load(IQuerySession session, string council, ImportTable table,
        CancellationToken cancellation)
    {
        var agencies = await session.Query<Agency>().ToListAsync(cancellation);
        var committees = await session.Query<Committee>().ToListAsync(cancellation);
        var programmeIds = table.Lines.Select(line => line[ImportColumn.ProgrammeCode]).OfType<string>()
            .Select(code => ImportIds.Programme(council, code)).Distinct().ToArray();
        var programmes = (await session.LoadManyAsync<Programme>(cancellation, programmeIds)).ToDictionary(programme => programme.Id);
        var recommendationIds = table.Lines.Select(line => line[ImportColumn.Code]).OfType<string>()
            .Select(code => ImportIds.Recommendation(council, code)).Distinct().ToArray();
        var existing = await session.Query<RegisterEntry>().Where(entry => entry.Id.IsOneOf(recommendationIds)).Select(entry => entry.Id).ToListAsync(cancellation);
        var known = programmes.Keys.ToArray();
        var counts = known.Length == 0 ? new Dictionary<Guid, int>()
            : (await session.Query<RegisterEntry>().Where(entry => entry.ProgrammeId.IsOneOf(known)).Select(entry => entry.ProgrammeId).ToListAsync(cancellation))
                .GroupBy(id => id).ToDictionary(group => group.Key, group => group.Count());
        var years = table.Lines.Select(line => int.TryParse(line[ImportColumn.Year], out var year) ? year : 0).Where(year => year is >= 2000 and <= 2100)
            .Distinct().ToArray();
        var registers = years.Length == 0 ? [] : (await session.LoadManyAsync<ProgrammeNumbering>(cancellation, years)).ToList();
        return (new ImportContext(council, agencies, committees, programmes, existing.ToHashSet(), counts,
            registers.ToDictionary(register => register.Id, register => register.Last)), registers);
    }

    /// <summary>What importing a file would do, without writing anything.</summary>
    public static async Task<ImportPreview> Preview(IQuerySession session, Actor actor, string? fileName, byte[] content, IReadOnlyList<AgencyChoice>? choices,
        DateOnly today, CancellationToken cancellation)
    {
        var table = ImportFile.Read(fileName, content, cancellation);
        var (context, _) = await Load(session, actor.CouncilId!, table, cancellation);
        return ImportPlanner.Plan(table, context, choices, today, actor).Preview;
    }
}

public static class ImportEndpoints
{
    public const string Tag = "Nhập dữ liệu";
    public const string TemplateName = "mau-nhap-kien-nghi.xlsx";

    [Allow(Capability.ManageProgrammes)]
    [WolverineGet("/api/imports/template")]
    [ProducesFile(RegisterExport.XlsxType)]
    [Tags(Tag)]
    [EndpointSummary("Tải tệp mẫu (.xlsx) để nhập kiến nghị và cuộc giám sát đã có: trang “Kiến nghị” với tên các cột, trang “Hướng dẫn” giải thích từng cột")]
    public static IResult Template() => Results.File(ImportColumns.Template(), RegisterExport.XlsxType, TemplateName);

    [Allow(Capability.ManageProgrammes)]
    [WolverinePost("/api/imports/preview")]
    [Tags(Tag)]
    [EndpointSummary("Xem trước một lần nhập (multipart: file = .xlsx hoặc .csv; choiceName, choiceAgencyId = cơ quan chọn cho tên chưa có trong danh bạ): từng dòng sẽ tạo gì và mọi lỗi; không ghi gì")]
    public static async Task<ImportPreview> Preview(HttpRequest request, ClaimsPrincipal user, IQuerySession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        var (fileName, content, choices) = await ReadForm(request, cancellation);
        return await ImportContexts.Preview(session, Actor.Of(user), fileName, content, choices, VietnamTime.Today(clock), cancellation);
    }

    [Sends<ImportRecords>]
    [WolverinePost("/api/imports")]
    [Tags(Tag)]
    [EndpointSummary("Nhập tệp (multipart như khi xem trước): chỉ ghi khi không dòng nào có lỗi; mã đã nhập trước đây được bỏ qua, nên nhập lại cùng tệp không tạo gì mới")]
    public static async Task<ImportResult> Post(HttpRequest request, ClaimsPrincipal user, IMessageBus bus, CancellationToken cancellation)
    {
        var (fileName, content, choices) = await ReadForm(request, cancellation);
        return await Send(bus, Actor.Of(user), new ImportRecords(fileName, content, choices), cancellation);
    }

    /// <summary>Sends an import; one that raced another import of the same codes is told to look again rather than failing.</summary>
    public static async Task<ImportResult> Send(IMessageBus bus, Actor actor, ImportRecords command, CancellationToken cancellation)
    {
        try
        {
            return await bus.SendAsync<ImportResult>(actor, command, null, cancellation);
        }
        catch (ExistingStreamIdCollisionException)
        {
            throw Refusal.Conflict("Một lần nhập khác vừa tạo cùng các mã này; hãy xem trước lại: những dòng đã nhập sẽ được bỏ qua.");
        }
    }

    /// <summary>The file, checked for size before it is read, and the agencies picked for names the directory does not know.</summary>
    public static async Task<(string FileName, byte[] Content, IReadOnlyList<AgencyChoice> Choices)> ReadForm(HttpRequest request, CancellationToken cancellation)
    {
        if (!request.HasFormContentType)
        {
            throw new Refusal(StatusCodes.Status415UnsupportedMediaType, "Hãy gửi dạng multipart/form-data với tệp ở trường “file”.");
        }

        var form = await request.ReadFormAsync(cancellation);
        var file = form.Files.GetFile("file");
        var content = await Content(file, cancellation);
        return (file!.FileName, content, Choices(form["choiceName"], form["choiceAgencyId"]));
    }

    public static async Task<byte[]> Content(IFormFile? file, CancellationToken cancellation)
    {
        if (file is null || file.Length is 0 or > ImportFile.MaxBytes)
        {
            throw ImportFile.Unreadable($"Hãy chọn một {ImportFile.Limits}.");
        }

        using var content = new MemoryStream();
        await file.CopyToAsync(content, cancellation);
        return content.ToArray();
    }

    /// <summary>Names and the agencies picked for them, pairwise; a pick left empty or unreadable is no pick.</summary>
    public static IReadOnlyList<AgencyChoice> Choices(IReadOnlyList<string?> names, IReadOnlyList<string?> agencyIds) =>
        [.. names.Zip(agencyIds).Where(pair => !string.IsNullOrWhiteSpace(pair.First) && Guid.TryParse(pair.Second, out _))
            .Select(pair => new AgencyChoice(pair.First!, Guid.Parse(pair.Second!)))];
}
