using Oversight.Audit;
using Oversight.Common;
using Oversight.Recommendations;

namespace Oversight.Imports;

/// <summary>Where an imported record came from: the file, the source's own code, and the line (the programme's first line).</summary>
public sealed record ImportSource(string FileName, string Code, int Row);

/// <summary>The programme was entered from a file (it follows its <c>ProgrammeCreated</c>); its code in the source finds it when the file comes again.</summary>
public sealed record ProgrammeImported(Guid ProgrammeId, ImportSource Source) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Nhập từ tệp “{Source.FileName}” (mã cuộc giám sát trong tệp: {Source.Code}, từ dòng {Source.Row})";
}

/// <summary>The recommendation was entered from a file (it follows its <c>RecommendationIssued</c>), on this day.</summary>
public sealed record RecommendationImported(Guid RecommendationId, Guid ProgrammeId, ImportSource Source, DateOnly On) : IFollowUpEvent
{
    public string Describe(EventContext context) => $"Nhập từ tệp “{Source.FileName}” (mã kiến nghị trong tệp: {Source.Code}, dòng {Source.Row})";

    string? IFollowUpEvent.Details => null;
}
