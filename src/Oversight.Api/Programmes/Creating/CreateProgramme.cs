using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Programmes.Creating;

/// <summary>
/// Creates a programme: from an entry of the annual oversight programme (<see cref="Origin"/>) or ad hoc.
/// It gets the next number of its year, which its recommendations' codes carry. The supervised agencies are the council's
/// directory's: picked by id (<see cref="AgencyIds"/>), or named (<see cref="Agencies"/>) by a name the directory knows them by
/// (name, short name or alias, ignoring case and diacritics). A committee's oversight names its committee, by id
/// (<see cref="CommitteeId"/>) or by name (<see cref="BodyUnit"/>); a deputy group is named as text.
/// </summary>
[Requires(Capability.ManageProgrammes)]
public sealed record CreateProgramme(
    [SetByServer] Guid ProgrammeId,
    [Example("Giám sát việc thực hiện chính sách trợ giúp xã hội trên địa bàn tỉnh giai đoạn 2021-2024")] string? Title,
    int? Year,
    [Example("Việc chi trả trợ cấp xã hội hằng tháng cho đối tượng bảo trợ xã hội tại các xã, phường")] string? Scope,
    IReadOnlyList<string>? LegalBases,
    OverseeingBody Body,
    [Example("Ban Văn hóa - Xã hội")] string? BodyUnit,
    [Example("Từ ngày 01/01/2021 đến ngày 31/12/2024")] string? PeriodUnderReview,
    [Example("Sở Lao động - Thương binh và Xã hội")] IReadOnlyList<string>? Agencies,
    AnnualProgrammeEntry? Origin,
    IReadOnlyList<Guid>? Revisits = null,
    IReadOnlyList<Guid>? AgencyIds = null,
    Guid? CommitteeId = null);

/// <summary>The last programme number given in a year; optimistic concurrency keeps numbers unique and gapless.</summary>
public sealed class ProgrammeNumbering : INumberRegister
{
    public int Id { get; set; }
    public int Last { get; set; }
}

public static class CreateProgrammeHandler
{
    public const int MaxTitleLength = 500;
    public const int MaxScope = 5000;

    public static ProgrammeCreated Decide(CreateProgramme command, int number, IReadOnlyList<Agency> directory, IReadOnlyList<Committee> committees)
    {
        var names = (command.Agencies ?? []).Where(name => !string.IsNullOrWhiteSpace(name)).Distinct(StringComparer.CurrentCultureIgnoreCase).ToList();
        var bases = (command.LegalBases ?? []).Where(text => !string.IsNullOrWhiteSpace(text)).ToList();
        var checks = new Checks()
            .Text(command.Title, "title", "tên cuộc giám sát", MaxTitleLength)
            .Require(command.Year is >= 2000 and <= 2100, "year", "Năm giám sát phải là một năm từ 2000 đến 2100.")
            .Text(command.Scope, "scope", "phạm vi giám sát", MaxScope, required: false)
            .Require(bases.Count <= 30 && bases.All(text => text.Length <= 1000), "legalBases", "Có tối đa 30 căn cứ, mỗi căn cứ tối đa 1000 ký tự.")
            .Require(Enum.IsDefined(command.Body), "body", "Hãy chọn chủ thể giám sát.")
            .Require(command.Body is not OverseeingBody.DeputyGroup || !string.IsNullOrWhiteSpace(command.BodyUnit), "bodyUnit", "Hãy ghi tên Tổ đại biểu tiến hành giám sát.")
            .Require(command.Body is not OverseeingBody.Committee || command.CommitteeId is not null || !string.IsNullOrWhiteSpace(command.BodyUnit), "bodyUnit",
                "Hãy chọn Ban tiến hành giám sát.")
            .Text(command.BodyUnit, "bodyUnit", "tên Ban hoặc Tổ đại biểu", 200, required: false)
            .Text(command.PeriodUnderReview, "periodUnderReview", "thời kỳ giám sát", 100, required: false)
            .Require(names.Count > 0 || command.AgencyIds is { Count: > 0 }, "agencies", "Hãy chọn ít nhất một cơ quan chịu giám sát.")
            .Require(names.Count + (command.AgencyIds?.Count ?? 0) <= 200 && names.All(name => name.Length <= 300), "agencies",
                "Có tối đa 200 cơ quan, mỗi tên tối đa 300 ký tự.")
            .Require(names.All(name => !Bidi.Has(name) && !name.Contains('\n')), "agencies",
                "Tên cơ quan phải nằm trên một dòng và không chứa ký tự điều khiển hướng chữ.")
            .Require(names.All(name => name.Trim().Length == name.Length), "agencies", "Tên cơ quan không được bắt đầu hoặc kết thúc bằng khoảng trắng.")
            .Require((command.AgencyIds ?? []).All(id => directory.Any(agency => agency.Id == id)), "agencyIds",
                "Cơ quan được chọn không có trong danh bạ của HĐND này.");
        if (command.Origin is { } origin)
        {
            checks.Require(origin.Year is >= 2000 and <= 2100, "origin.year", "Năm của chương trình giám sát không hợp lệ.")
                .Identifier(origin.ResolutionNumber, "origin.resolutionNumber", "số nghị quyết ban hành chương trình giám sát", 100);
        }

        checks.ThrowIfAny();
        var agencies = (command.AgencyIds ?? []).Select(id => directory.First(agency => agency.Id == id)).Concat(names.Select(name => Named(name, directory)))
            .DistinctBy(agency => agency.Id).ToList();
        var committee = command.Body == OverseeingBody.Committee ? CommitteeOf(command, committees) : null;
        return new ProgrammeCreated(command.ProgrammeId, number, command.Title!, command.Year!.Value,
            string.IsNullOrWhiteSpace(command.Scope) ? null : command.Scope, bases, command.Body,
            committee?.Name ?? (string.IsNullOrWhiteSpace(command.BodyUnit) ? null : command.BodyUnit),
            string.IsNullOrWhiteSpace(command.PeriodUnderReview) ? null : command.PeriodUnderReview,
            [.. agencies.Select(agency => new AgencyRef(agency.Id, agency.Name, agency.Id))],
            command.Origin,
            command.Revisits is { Count: > 0 } revisits ? [.. revisits.Distinct()] : null, committee?.Id);
    }

    /// <summary>The directory's agency a name written in the command stands for; a name it does not know, or knows for several, is refused.</summary>
    static Agency Named(string name, IReadOnlyList<Agency> directory) => DirectoryNames.Match(name, directory) switch
    {
        { Found: { } agency } => agency,
        { Ambiguous: true, Candidates: var several } => throw Refusal.Invalid("agencies",
            $"“{name}” là tên của nhiều cơ quan trong danh bạ ({string.Join("; ", several.Select(agency => agency.Name))}); hãy chọn đúng cơ quan."),
        _ => throw Refusal.Invalid("agencies",
            $"Danh bạ của HĐND chưa có cơ quan “{name}”: hãy thêm cơ quan vào danh bạ (hoặc ghi tên này là tên gọi khác của cơ quan) rồi chọn lại."),
    };

    static Committee CommitteeOf(CreateProgramme command, IReadOnlyList<Committee> committees) => command.CommitteeId is { } id
        ? committees.FirstOrDefault(committee => committee.Id == id) ?? throw Refusal.Invalid("committeeId", "Ban được chọn không có trong danh bạ của HĐND này.")
        : DirectoryNames.Match(command.BodyUnit!, committees).Found
          ?? throw Refusal.Invalid("bodyUnit", $"Danh bạ của HĐND chưa có Ban “{command.BodyUnit!.Trim()}”: hãy thêm Ban vào danh bạ rồi chọn lại.");

    [Untargeted]
    public static async Task<IStartStream> Handle(CreateProgramme command, IDocumentSession session, CancellationToken cancellation) =>
        await NumberedStream(command, session, cancellation);

    /// <summary>The programme's stream with the next number of its year (a re-oversight starts one the same way).</summary>
    public static async Task<IStartStream> NumberedStream(CreateProgramme command, IDocumentSession session, CancellationToken cancellation)
    {
        // A refused programme stores nothing, its number included.
        var year = command.Year ?? 0;
        var number = Numbering.Next(session, await session.LoadAsync<ProgrammeNumbering>(year, cancellation), () => new ProgrammeNumbering { Id = year });
        var agencies = await session.Query<Agency>().ToListAsync(cancellation);
        var committees = await session.Query<Committee>().ToListAsync(cancellation);
        return MartenOps.StartStream<Programme>(command.ProgrammeId, Decide(command, number, agencies, committees));
    }
}

public static class CreateProgrammeEndpoint
{
    [Sends<CreateProgramme>]
    [WolverinePost("/api/programmes")]
    [Tags(ProgrammeApi.Tag)]
    [EndpointSummary("Tạo một cuộc giám sát (từ chương trình giám sát năm hoặc đột xuất)")]
    public static async Task<CreationResponse<Guid>> Post(CreateProgramme command, ClaimsPrincipal user, IMessageBus bus)
    {
        var id = Guid.CreateVersion7();
        await bus.SendAsync(user, command with { ProgrammeId = id });
        return new CreationResponse<Guid>($"/api/programmes/{id}", id);
    }
}
