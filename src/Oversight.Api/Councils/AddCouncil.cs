using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Wolverine;
using Wolverine.Http;

namespace Oversight.Councils;

/// <summary>A system administrator adds a council that will use the deployment (a province, or a commune of one).</summary>
[Requires(Capability.ManageCouncils)]
public sealed record AddCouncil(string? Id, [Example("Hội đồng nhân dân tỉnh Hà Nam")] string? Name, [Example("Hà Nam")] string? Place, CouncilLevel? Level, string? ProvinceId, IReadOnlyList<string>? Committees);

public static class AddCouncilHandler
{
    public static Council Decide(AddCouncil command, bool idTaken, Council? province, DateTimeOffset now)
    {
        new Checks()
            .Text(command.Id, "id", "mã HĐND (ví dụ: ha-nam, tan-bien)", 60)
            .Require(command.Id is null || IsSlug(command.Id), "id", "Mã HĐND chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.")
            .Text(command.Name, "name", "tên HĐND (ví dụ: Hội đồng nhân dân tỉnh Hà Nam)", 200)
            .Text(command.Place, "place", "địa danh ghi trên văn bản", 100)
            .Require(Council.Unpadded(command.Committees), "committees", Council.PaddedCommittee)
            .Require(command.Level is not null, "level", "Hãy chọn cấp của HĐND.")
            .Require(command.Level != CouncilLevel.Commune || !string.IsNullOrWhiteSpace(command.ProvinceId), "provinceId", "HĐND cấp xã phải thuộc một HĐND cấp tỉnh.")
            .ThrowIfAny();
        if (idTaken)
        {
            throw Refusal.Conflict($"Mã HĐND “{command.Id}” đã được dùng.");
        }

        if (command.Level == CouncilLevel.Commune && province is not { Level: CouncilLevel.Province })
        {
            throw Refusal.Invalid("provinceId", "Không có HĐND cấp tỉnh với mã này.");
        }

        return new Council
        {
            Id = command.Id!,
            Name = command.Name!,
            Place = command.Place!,
            Level = command.Level!.Value,
            ProvinceId = command.Level == CouncilLevel.Commune ? province!.Id : null,
            Committees = Council.Clean(command.Committees),
            CreatedAt = now,
        };
    }

    /// <summary>
    /// Loads what the decision needs and stores the council: the handler's work, shared with the operator's own tools that run
    /// without a signed-in person (the <c>councils</c> command line, the samples).
    /// </summary>
    public static async Task<Council> Add(AddCouncil command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var id = command.Id ?? "";
        var taken = id.Length > 0 && await session.LoadAsync<Council>(id, cancellation) is not null;
        var province = string.IsNullOrWhiteSpace(command.ProvinceId) ? null : await session.LoadAsync<Council>(command.ProvinceId.Trim(), cancellation);
        var council = Decide(command, taken, province, clock.GetUtcNow());
        session.Insert(council);
        return council;
    }

    [Untargeted]
    public static Task<Council> Handle(AddCouncil command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation) =>
        Add(command, session, clock, cancellation);

    static bool IsSlug(string id) => id.Length is >= 2 and <= 60 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !id.StartsWith('-') && !id.EndsWith('-');
}

public static class AddCouncilEndpoint
{
    [Sends<AddCouncil>]
    [WolverinePost("/api/councils")]
    [Tags(CouncilsFeature.Tag)]
    [EndpointSummary("Thêm một HĐND dùng phần mềm (quản trị hệ thống)")]
    public static async Task<Created<Council>> Post(AddCouncil command, ClaimsPrincipal user, IMessageBus bus)
    {
        var council = await bus.SendAsync<Council>(Actor.Of(user), command);
        return TypedResults.Created($"/api/councils/{council.Id}", council);
    }
}
