namespace Oversight.Programmes;

/// <summary>An oversight programme (cuộc giám sát chuyên đề) was created.</summary>
public sealed record ProgrammeCreated(Guid ProgrammeId, string Title, int Year);

/// <summary>The write model of a programme stream: what its commands decide on.</summary>
public sealed record Programme(Guid Id, string Title, int Year)
{
    public static Programme Create(ProgrammeCreated created) => new(created.ProgrammeId, created.Title, created.Year);
}
