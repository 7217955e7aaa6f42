using Oversight.Common;

namespace Oversight.CouncilDirectory.People;

public sealed record PersonDetails(string? FullName, string? Position);

public static class PersonRules
{
    public static DirectoryPerson Decide(Guid id, PersonDetails details)
    {
        new Checks()
            .Identifier(details.FullName, "fullName", "họ và tên", 200)
            .Identifier(details.Position, "position", "chức vụ", 300, required: false)
            .ThrowIfAny();
        return new DirectoryPerson
        {
            Id = id,
            FullName = details.FullName!.Trim(),
            Position = string.IsNullOrWhiteSpace(details.Position) ? null : details.Position.Trim(),
        };
    }
}
