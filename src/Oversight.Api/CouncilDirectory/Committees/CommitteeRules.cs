using Oversight.Common;

namespace Oversight.CouncilDirectory.Committees;

public sealed record CommitteeDetails(string? Name, string? ShortName);

public static class CommitteeRules
{
    /// <summary>The committee the details describe (a new object); a name already another committee's is refused.</summary>
    public static Committee Decide(Guid id, CommitteeDetails details, IReadOnlyList<Committee> directory)
    {
        new Checks()
            .Identifier(details.Name, "name", "tên Ban (ví dụ: Ban Kinh tế - Ngân sách)", 200)
            .Identifier(details.ShortName, "shortName", "tên viết tắt", 50, required: false)
            .ThrowIfAny();
        var committee = new Committee
        {
            Id = id,
            Name = details.Name!.Trim(),
            ShortName = string.IsNullOrWhiteSpace(details.ShortName) ? null : details.ShortName.Trim(),
        };
        foreach (var name in committee.Names)
        {
            if (DirectoryNames.Match(name, directory.Where(other => other.Id != id)).Candidates is [var taken, ..])
            {
                throw Refusal.Conflict($"“{name}” đã là tên của {taken.Name} trong danh bạ.");
            }
        }

        return committee;
    }
}
