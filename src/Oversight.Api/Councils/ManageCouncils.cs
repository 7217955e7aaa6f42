using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Programmes.Deadlines;
using Wolverine.Http;

namespace Oversight.Councils;

public sealed record NewCouncil(string? Id, string? Name, string? Place, CouncilLevel? Level, string? ProvinceId, IReadOnlyList<string>? Committees);

/// <summary>What a council's own administrator may change: committees, document symbols, deadlines.</summary>
public sealed record CouncilSettingsChange(IReadOnlyList<string>? Committees, Dictionary<string, string>? Symbols, DeadlineSettings? Deadlines, string? Place);

public static class ManageCouncilsHandler
{
    public const string Tag = "Hội đồng nhân dân";

    public static Council Decide(NewCouncil request, bool idTaken, Council? province, DateTimeOffset now)
    {
        new Checks()
            .Text(request.Id, "id", "mã HĐND (ví dụ: ha-nam, tan-bien)", 60)
            .Require(request.Id is null || IsSlug(request.Id), "id", "Mã HĐND chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.")
            .Text(request.Name, "name", "tên HĐND (ví dụ: Hội đồng nhân dân tỉnh Hà Nam)", 200)
            .Text(request.Place, "place", "địa danh ghi trên văn bản", 100)
            .Require(request.Level is not null, "level", "Hãy chọn cấp của HĐND.")
            .Require(request.Level != CouncilLevel.Commune || !string.IsNullOrWhiteSpace(request.ProvinceId), "provinceId", "HĐND cấp xã phải thuộc một HĐND cấp tỉnh.")
            .ThrowIfAny();
        if (idTaken)
        {
            throw Refusal.Conflict($"Mã HĐND “{request.Id}” đã được dùng.");
        }

        if (request.Level == CouncilLevel.Commune && province is not { Level: CouncilLevel.Province })
        {
            throw Refusal.Invalid("provinceId", "Không có HĐND cấp tỉnh với mã này.");
        }

        return new Council
        {
            Id = request.Id!,
            Name = request.Name!,
            Place = request.Place!,
            Level = request.Level!.Value,
            ProvinceId = request.Level == CouncilLevel.Commune ? province!.Id : null,
            Committees = Clean(request.Committees),
            CreatedAt = now,
        };
    }

    public static void Decide(Council council, CouncilSettingsChange change)
    {
        var checks = new Checks()
            .Text(change.Place, "place", "địa danh ghi trên văn bản", 100, required: false)
            .Require((change.Committees ?? []).All(name => name.Length <= 200), "committees", "Tên Ban dài quá 200 ký tự.")
            .Require((change.Symbols ?? []).All(pair => Oversight.Documents.ProgrammeDocuments.Find(pair.Key + ".docx") is not null), "symbols",
                "Chỉ đặt ký hiệu cho các mẫu văn bản có trong phần mềm (tên mẫu không có đuôi .docx).")
            .Require((change.Symbols ?? []).All(pair => string.IsNullOrWhiteSpace(pair.Value) || pair.Value.Length <= 30), "symbols",
                "Ký hiệu văn bản dài quá 30 ký tự.")
            .Require((change.Symbols ?? []).All(pair => string.IsNullOrWhiteSpace(pair.Value) || pair.Value.Trim().Length == pair.Value.Length), "symbols",
                "Ký hiệu văn bản không được bắt đầu hoặc kết thúc bằng khoảng trắng.");
        if (change.Deadlines is { } deadlines)
        {
            checks.Require(new[] { deadlines.PlanDaysAfterDecision, deadlines.ScheduleNoticeDays, deadlines.ResultsReportDaysAfterFieldwork, deadlines.AtRiskDays }
                .All(days => days is >= 0 and <= 365), "deadlines", "Số ngày của mỗi thời hạn từ 0 đến 365.");
        }

        checks.ThrowIfAny();
        if (change.Committees is not null)
        {
            council.Committees = Clean(change.Committees);
        }

        if (change.Symbols is not null)
        {
            council.Symbols = change.Symbols.Where(pair => !string.IsNullOrWhiteSpace(pair.Value)).ToDictionary(pair => pair.Key, pair => pair.Value);
        }

        if (change.Deadlines is not null)
        {
            council.Deadlines = change.Deadlines;
        }

        if (!string.IsNullOrWhiteSpace(change.Place))
        {
            council.Place = change.Place;
        }
    }

    public static async Task<Council> Add(NewCouncil request, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var id = request.Id ?? "";
        var taken = id.Length > 0 && await session.LoadAsync<Council>(id, cancellation) is not null;
        var province = string.IsNullOrWhiteSpace(request.ProvinceId) ? null : await session.LoadAsync<Council>(request.ProvinceId.Trim(), cancellation);
        var council = Decide(request, taken, province, clock.GetUtcNow());
        session.Insert(council);
        return council;
    }

    [Allow(Capability.ManageCouncils)]
    [WolverinePost("/api/councils")]
    [Tags(Tag)]
    [EndpointSummary("Thêm một HĐND dùng phần mềm (quản trị hệ thống)")]
    public static async Task<Created<Council>> Post(NewCouncil request, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var council = await Add(request, session, clock, cancellation);
        return TypedResults.Created($"/api/councils/{council.Id}", council);
    }

    [Allow(Capability.ManageCouncils)]
    [WolverineGet("/api/councils")]
    [Tags(Tag)]
    [EndpointSummary("Các HĐND dùng phần mềm")]
    public static async Task<IReadOnlyList<Council>> Get(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<Council>().OrderBy(council => council.Level).ThenBy(council => council.Id).ToListAsync(cancellation);

    [Allow(Capability.ManageCouncils)]
    [WolverineGet("/api/councils/{councilId}")]
    [Tags(Tag)]
    [EndpointSummary("Một HĐND dùng phần mềm")]
    public static async Task<Results<Ok<Council>, ProblemHttpResult>> GetOne(string councilId, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<Council>(councilId, cancellation) is { } council
            ? TypedResults.Ok(council)
            : Web.Problems.NotFound("Không có HĐND này.");

    [Allow(Capability.ManageCouncilSettings)]
    [WolverineGet("/api/council")]
    [Tags(Tag)]
    [EndpointSummary("HĐND của người đang đăng nhập và các thiết lập của nó")]
    public static async Task<Council> GetOwn(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation) =>
        await session.LoadAsync<Council>(Actor.Of(user).CouncilId ?? "", cancellation) ?? throw Refusal.NotFound("Tài khoản này không thuộc HĐND nào.");

    [Allow(Capability.ManageCouncilSettings)]
    [WolverinePut("/api/council")]
    [Tags(Tag)]
    [EndpointSummary("Sửa thiết lập của HĐND mình: các Ban, ký hiệu văn bản, thời hạn, địa danh")]
    public static async Task<Council> PutOwn(CouncilSettingsChange change, IDocumentSession session, ClaimsPrincipal user, CancellationToken cancellation)
    {
        var council = await session.LoadAsync<Council>(Actor.Of(user).CouncilId ?? "", cancellation)
            ?? throw Refusal.NotFound("Tài khoản này không thuộc HĐND nào.");
        Decide(council, change);
        session.Update(council);
        return council;
    }

    static bool IsSlug(string id) => id.Length is >= 2 and <= 60 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !id.StartsWith('-') && !id.EndsWith('-');

    static List<string> Clean(IReadOnlyList<string>? names) =>
        [.. (names ?? []).Where(name => !string.IsNullOrWhiteSpace(name)).Distinct()];
}
