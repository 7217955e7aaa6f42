using Oversight.Common;

namespace Oversight.CouncilDirectory.Agencies;

/// <summary>An agency as the API and the directory page send it.</summary>
public sealed record AgencyDetails(string? Name, string? ShortName, IReadOnlyList<string>? Aliases, AgencyLevel? Level, Guid? ParentId,
    IReadOnlyList<string>? Emails);

public static class AgencyRules
{
    public const string Tag = "Danh bạ";

    /// <summary>
    /// The agency the details describe (a new object), refused when incomplete, when its parent is not another agency of the
    /// directory above it, or when one of its names is already another agency's: a name points to one agency only, so that a
    /// name written anywhere finds it.
    /// </summary>
    public static Agency Decide(Guid id, AgencyDetails details, IReadOnlyList<Agency> directory)
    {
        var aliases = Clean(details.Aliases);
        var emails = Clean(details.Emails);
        var checks = new Checks()
            .Identifier(details.Name, "name", "tên đầy đủ của cơ quan", 300)
            .Identifier(details.ShortName, "shortName", "tên viết tắt", 100, required: false)
            .Require(aliases.Count <= 20 && aliases.All(alias => alias.Length <= 300 && !Bidi.Has(alias)), "aliases",
                "Có tối đa 20 tên gọi khác, mỗi tên tối đa 300 ký tự, không chứa ký tự điều khiển hướng chữ.")
            .Require(details.Level is { } level && Enum.IsDefined(level), "level", "Hãy chọn cấp của cơ quan.")
            .Require(details.ParentId is not { } parent || (parent != id && directory.Any(agency => agency.Id == parent)), "parentId",
                "Cơ quan cấp trên phải là một cơ quan khác có trong danh bạ.")
            .Require(details.ParentId is not { } above || !Below(id, above, directory), "parentId",
                "Cơ quan cấp trên không thể là một cơ quan trực thuộc chính cơ quan này.")
            .Require(emails.Count <= 10 && emails.All(Emails.IsValid), "emails", "Có tối đa 10 địa chỉ e-mail, mỗi địa chỉ phải hợp lệ (ví dụ: vanthu@sldtbxh.gov.vn).");
        checks.ThrowIfAny();

        var agency = new Agency
        {
            Id = id,
            Name = details.Name!.Trim(),
            ShortName = string.IsNullOrWhiteSpace(details.ShortName) ? null : details.ShortName.Trim(),
            Level = details.Level!.Value,
            ParentId = details.ParentId,
            Emails = emails,
        };
        var own = new[] { agency.Name, agency.ShortName }.OfType<string>().Select(DirectoryNames.Key).ToHashSet();
        agency.Aliases = [.. aliases.Where(alias => own.Add(DirectoryNames.Key(alias)))];
        foreach (var name in agency.Names)
        {
            if (DirectoryNames.Match(name, directory.Where(other => other.Id != id)).Candidates is [var taken, ..])
            {
                throw Refusal.Conflict($"“{name}” đã là tên của {taken.Name} trong danh bạ; mỗi tên chỉ dùng cho một cơ quan.");
            }
        }

        return agency;
    }

    /// <summary>Whether <paramref name="candidate"/> is the agency itself or one of those under it (it cannot be their parent).</summary>
    static bool Below(Guid id, Guid candidate, IReadOnlyList<Agency> directory)
    {
        var seen = new HashSet<Guid>();
        for (Guid? current = candidate; current is { } at && seen.Add(at); current = directory.FirstOrDefault(agency => agency.Id == at)?.ParentId)
        {
            if (at == id)
            {
                return true;
            }
        }

        return false;
    }

    public static List<string> Clean(IReadOnlyList<string>? values) =>
        [.. (values ?? []).Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
}

public static class Emails
{
    public static bool IsValid(string address) =>
        address.Length <= 200 && address.Contains('@') && !address.Any(char.IsWhiteSpace) && MimeKit.MailboxAddress.TryParse(address, out _);
}

/// <summary>An agency as the API returns it, with the name of its parent.</summary>
public sealed record AgencyView(Guid Id, string Name, string? ShortName, IReadOnlyList<string> Aliases, AgencyLevel Level, string LevelLabel, Guid? ParentId,
    string? ParentName, IReadOnlyList<string> Emails)
{
    public static AgencyView Of(Agency agency, IEnumerable<Agency> directory) => new(agency.Id, agency.Name, agency.ShortName, agency.Aliases, agency.Level,
        Labels.Of(agency.Level), agency.ParentId, directory.FirstOrDefault(parent => parent.Id == agency.ParentId)?.Name, agency.Emails);
}
