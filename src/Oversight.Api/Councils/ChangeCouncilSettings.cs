using System.Security.Claims;
using Marten;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.CouncilDirectory;
using Oversight.Documents;
using Oversight.Programmes.Deadlines;
using Wolverine;
using Wolverine.Http;

namespace Oversight.Councils;

/// <summary>
/// What a council's own administrator may change: document symbols, deadlines, the place; the officials who sign its
/// documents, its term (khóa) and session (kỳ họp) for its resolutions, and the numbers of legal bases the configuration
/// leaves to it (its committees are in its directory). A field left out (null) is left as it is.
/// </summary>
public sealed record CouncilSettingsChange(
    Dictionary<string, string>? Symbols,
    DeadlineSettings? Deadlines,
    string? Place,
    IReadOnlyList<Official>? Officials = null,
    int? Term = null,
    int? Session = null,
    Dictionary<string, string>? LegalNumbers = null);

/// <summary>A council's administrator changes their own council's settings.</summary>
[Requires(Capability.ManageCouncilSettings)]
public sealed record ChangeCouncilSettings(CouncilSettingsChange Change);

public static class ChangeCouncilSettingsHandler
{
    /// <summary>
    /// The council as the change leaves it (a new object: the one loaded stays as it was). A Trưởng Ban or Phó Trưởng Ban belongs to
    /// one of the council's committees: its directory's (written as the directory names it), or one named when the council was
    /// added that the directory has not taken in yet.
    /// </summary>
    public static Council Decide(Council current, CouncilSettingsChange change, LegalBases law, IReadOnlyList<Committee> directory)
    {
        var council = current.Copy();
        var committees = directory.Concat(current.Committees.Select(name => new Committee { Name = name })).ToList();
        string? CommitteeOf(Official official) =>
            official.Committee is { } name && DirectoryNames.Match(name, committees) is { Candidates: [var found, ..] } ? found.Name : null;
        var checks = new Checks()
            .Text(change.Place, "place", "địa danh ghi trên văn bản", 100, required: false)
            .Require((change.Symbols ?? []).All(pair => ProgrammeDocuments.Find(pair.Key + ".docx") is not null), "symbols",
                "Chỉ đặt ký hiệu cho các mẫu văn bản có trong phần mềm (tên mẫu không có đuôi .docx).")
            .Require((change.Symbols ?? []).All(pair => string.IsNullOrWhiteSpace(pair.Value) || pair.Value.Length <= 30), "symbols",
                "Ký hiệu văn bản dài quá 30 ký tự.")
            .Require((change.Symbols ?? []).All(pair => string.IsNullOrWhiteSpace(pair.Value) || pair.Value.Trim().Length == pair.Value.Length), "symbols",
                "Ký hiệu văn bản không được bắt đầu hoặc kết thúc bằng khoảng trắng.");
        foreach (var (official, index) in (change.Officials ?? []).Select((official, index) => (official, index)))
        {
            checks.Identifier(official.Name, $"officials[{index}].name", "họ tên người giữ chức vụ", 200)
                .Require(Enum.IsDefined(official.Position), $"officials[{index}].position", "Chức vụ không hợp lệ.")
                .Require(official.Position is not (OfficialPosition.CommitteeHead or OfficialPosition.CommitteeDeputyHead) || CommitteeOf(official) is not null,
                    $"officials[{index}].committee", $"“{official.Name}”: Trưởng Ban, Phó Trưởng Ban phải thuộc một Ban có trong danh bạ của HĐND.");
        }

        checks.Require((change.Officials ?? []).Count(official => official.Position == OfficialPosition.Chairman) <= 1, "officials", "HĐND chỉ có một Chủ tịch.")
            .Require((change.Officials ?? []).Count <= 100, "officials", "Có tối đa 100 người giữ chức vụ.")
            .Require(change.Term is null or (>= 1 and <= 99), "term", "Khóa của HĐND là một số từ 1 đến 99 (ví dụ 19 cho khóa XIX).")
            .Require(change.Session is null or (>= 1 and <= 999), "session", "Kỳ họp là một số từ 1 đến 999.")
            .Require((change.LegalNumbers ?? []).All(pair => law.CouncilNumbered.Any(basis => basis.Id == pair.Key)), "legalNumbers",
                "Chỉ nhập số cho những căn cứ pháp lý mà cấu hình để HĐND nhập.")
            .Require((change.LegalNumbers ?? []).All(pair => string.IsNullOrWhiteSpace(pair.Value) || pair.Value.Length <= 60 && !pair.Value.Contains('\n')
                && !pair.Value.Contains('\r') && !Bidi.Has(pair.Value)), "legalNumbers", "Số văn bản nằm trên một dòng, tối đa 60 ký tự.")
            .Require((change.LegalNumbers ?? []).All(pair => string.IsNullOrWhiteSpace(pair.Value) || pair.Value.Trim().Length == pair.Value.Length), "legalNumbers",
                "Số văn bản không được bắt đầu hoặc kết thúc bằng khoảng trắng.");
        if (change.Deadlines is { } deadlines)
        {
            checks.Require(new[] { deadlines.PlanDaysAfterDecision, deadlines.ScheduleNoticeDays, deadlines.ResultsReportDaysAfterFieldwork, deadlines.AtRiskDays }
                .All(days => days is >= 0 and <= 365), "deadlines", "Số ngày của mỗi thời hạn từ 0 đến 365.");
        }

        checks.ThrowIfAny();
        if (change.Officials is not null)
        {
            council.Officials = [.. change.Officials.Select(official => new Official(official.Name, official.Position,
                official.Position is OfficialPosition.CommitteeHead or OfficialPosition.CommitteeDeputyHead ? CommitteeOf(official) : null))];
        }

        if (change.Term is not null)
        {
            council.Term = change.Term;
        }

        if (change.Session is not null)
        {
            council.Session = change.Session;
        }

        if (change.LegalNumbers is not null)
        {
            council.LegalNumbers = change.LegalNumbers.Where(pair => !string.IsNullOrWhiteSpace(pair.Value)).ToDictionary(pair => pair.Key, pair => pair.Value);
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

        return council;
    }

    /// <summary>Always the sender's own council: there is no other to name.</summary>
    [Untargeted]
    public static async Task<Council> Handle(ChangeCouncilSettings command, Actor actor, IDocumentSession session, LegalBases law, CancellationToken cancellation)
    {
        var current = await session.LoadAsync<Council>(actor.CouncilId ?? "", cancellation) ?? throw Refusal.NotFound("Tài khoản này không thuộc HĐND nào.");
        var council = Decide(current, command.Change, law, await session.Query<Committee>().ToListAsync(cancellation));
        session.Update(council);
        return council;
    }
}

public static class ChangeCouncilSettingsEndpoint
{
    [Sends<ChangeCouncilSettings>]
    [WolverinePut("/api/council")]
    [Tags(CouncilsFeature.Tag)]
    [EndpointSummary("Sửa thiết lập của HĐND mình: ký hiệu văn bản, thời hạn, địa danh, người ký (Chủ tịch, Phó Chủ tịch, Trưởng Ban…), khóa và kỳ họp, số căn cứ pháp lý do HĐND nhập (các Ban ở danh bạ)")]
    public static Task<Council> Put(CouncilSettingsChange change, ClaimsPrincipal user, IMessageBus bus) =>
        bus.SendAsync<Council>(Actor.Of(user), new ChangeCouncilSettings(change));
}
