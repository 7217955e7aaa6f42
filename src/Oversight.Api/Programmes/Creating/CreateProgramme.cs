using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http;
using Oversight.Accounts;
using Oversight.Common;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Programmes.Creating;

/// <summary>
/// Creates a programme: from an entry of the annual oversight programme (<see cref="Origin"/>) or ad hoc.
/// It gets the next number of its year, which its recommendations' codes carry.
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
    IReadOnlyList<Guid>? Revisits = null);

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

    public static ProgrammeCreated Decide(CreateProgramme command, int number)
    {
        var agencies = (command.Agencies ?? []).Where(name => !string.IsNullOrWhiteSpace(name)).Distinct(StringComparer.CurrentCultureIgnoreCase).ToList();
        var bases = (command.LegalBases ?? []).Where(text => !string.IsNullOrWhiteSpace(text)).ToList();
        var checks = new Checks()
            .Text(command.Title, "title", "tên cuộc giám sát", MaxTitleLength)
            .Require(command.Year is >= 2000 and <= 2100, "year", "Năm giám sát phải là một năm từ 2000 đến 2100.")
            .Text(command.Scope, "scope", "phạm vi giám sát", MaxScope, required: false)
            .Require(bases.Count <= 30 && bases.All(text => text.Length <= 1000), "legalBases", "Có tối đa 30 căn cứ, mỗi căn cứ tối đa 1000 ký tự.")
            .Require(Enum.IsDefined(command.Body), "body", "Hãy chọn chủ thể giám sát.")
            .Require(command.Body is not (OverseeingBody.Committee or OverseeingBody.DeputyGroup) || !string.IsNullOrWhiteSpace(command.BodyUnit), "bodyUnit",
                "Hãy ghi tên Ban hoặc Tổ đại biểu tiến hành giám sát.")
            .Text(command.BodyUnit, "bodyUnit", "tên Ban hoặc Tổ đại biểu", 200, required: false)
            .Text(command.PeriodUnderReview, "periodUnderReview", "thời kỳ giám sát", 100, required: false)
            .Require(agencies.Count > 0, "agencies", "Hãy nêu ít nhất một cơ quan chịu giám sát.")
            .Require(agencies.Count <= 200 && agencies.All(name => name.Length <= 300), "agencies", "Có tối đa 200 cơ quan, mỗi tên tối đa 300 ký tự.")
            .Require(agencies.All(name => !Bidi.Has(name) && !name.Contains('\n')), "agencies",
                "Tên cơ quan phải nằm trên một dòng và không chứa ký tự điều khiển hướng chữ.")
            .Require(agencies.All(name => name.Trim().Length == name.Length), "agencies", "Tên cơ quan không được bắt đầu hoặc kết thúc bằng khoảng trắng.");
        if (command.Origin is { } origin)
        {
            checks.Require(origin.Year is >= 2000 and <= 2100, "origin.year", "Năm của chương trình giám sát không hợp lệ.")
                .Identifier(origin.ResolutionNumber, "origin.resolutionNumber", "số nghị quyết ban hành chương trình giám sát", 100);
        }

        checks.ThrowIfAny();
        return new ProgrammeCreated(command.ProgrammeId, number, command.Title!, command.Year!.Value,
            string.IsNullOrWhiteSpace(command.Scope) ? null : command.Scope, bases, command.Body,
            string.IsNullOrWhiteSpace(command.BodyUnit) ? null : command.BodyUnit,
            string.IsNullOrWhiteSpace(command.PeriodUnderReview) ? null : command.PeriodUnderReview,
            [.. agencies.Select(name => new AgencyRef(Guid.CreateVersion7(), name))],
            command.Origin,
            command.Revisits is { Count: > 0 } revisits ? [.. revisits.Distinct()] : null);
    }

    [Untargeted]
    public static async Task<IStartStream> Handle(CreateProgramme command, IDocumentSession session, CancellationToken cancellation) =>
        await NumberedStream(command, session, cancellation);

    /// <summary>The programme's stream with the next number of its year (a re-oversight starts one the same way).</summary>
    public static async Task<IStartStream> NumberedStream(CreateProgramme command, IDocumentSession session, CancellationToken cancellation)
    {
        // A refused programme stores nothing, its number included.
        var year = command.Year ?? 0;
        var number = Numbering.Next(session, await session.LoadAsync<ProgrammeNumbering>(year, cancellation), () => new ProgrammeNumbering { Id = year });
        return MartenOps.StartStream<Programme>(command.ProgrammeId, Decide(command, number));
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
