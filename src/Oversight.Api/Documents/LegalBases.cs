using System.Text.Json;
using System.Text.Json.Serialization;
using Oversight.Common;

namespace Oversight.Documents;

/// <summary>
/// One legal basis the documents print by default (a "căn cứ"), in force from <see cref="From"/> until the day
/// before <see cref="Until"/>. With <see cref="Number"/> "council", its number is the council's to enter
/// (the text's <c>{number}</c>), and it is printed only once entered.
/// </summary>
public sealed record LegalBasis(
    string Id,
    string Family,
    DateOnly From,
    DateOnly? Until,
    string Text,
    string? Number = null,
    string? Label = null,
    string? Publication = null)
{
    public const string CouncilNumber = "council";

    public bool InForceOn(DateOnly date) => From <= date && (Until is not { } until || date < until);

    public bool NeedsCouncilNumber => Number == CouncilNumber;
}

/// <summary>
/// The law in force as dated configuration (<c>templates/legal-bases.json</c>, or <c>Documents:LegalBasesFile</c>):
/// which laws and resolutions a document cites depends on the day its programme was decided, never on code.
/// </summary>
public sealed class LegalBases(IReadOnlyList<LegalBasis> bases)
{
    public const string DefaultFile = "legal-bases.json";

    static readonly JsonSerializerOptions json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public IReadOnlyList<LegalBasis> All { get; } = bases;

    /// <summary>The bases whose number a council enters (the detailing resolution of a new law, before its number is certain).</summary>
    public IEnumerable<LegalBasis> CouncilNumbered => All.Where(basis => basis.NeedsCouncilNumber);

    public static LegalBases Load(string path)
    {
        var file = JsonSerializer.Deserialize<LegalBasesFile>(File.ReadAllText(path), json)
            ?? throw new InvalidDataException($"{path} không chứa căn cứ pháp lý nào.");
        foreach (var basis in file.Bases)
        {
            if (string.IsNullOrWhiteSpace(basis.Id) || string.IsNullOrWhiteSpace(basis.Text) || basis.Until <= basis.From)
            {
                throw new InvalidDataException($"{path}: căn cứ “{basis.Id}” thiếu mã hoặc nội dung, hoặc hết hiệu lực trước khi có hiệu lực.");
            }
        }

        return new LegalBases(file.Bases);
    }

    /// <summary>
    /// What a document of a programme decided on <paramref name="decided"/> cites, in the file's order; a basis
    /// whose number the council has not entered is left out.
    /// </summary>
    public IReadOnlyList<string> InForce(DateOnly decided, IReadOnlyDictionary<string, string> councilNumbers) =>
        [.. All.Where(basis => basis.InForceOn(decided))
            .Select(basis => basis.NeedsCouncilNumber
                ? councilNumbers.TryGetValue(basis.Id, out var number) && !string.IsNullOrWhiteSpace(number) ? basis.Text.Replace("{number}", number.Trim()) : null
                : basis.Text)
            .OfType<string>()];

    /// <summary>The programme's own bases, less those naming a law this file already cites in its version in force.</summary>
    public IReadOnlyList<string> Besides(IEnumerable<string> own) =>
        [.. own.Where(text => !All.Any(basis => TextSearch.Fold(text).StartsWith(TextSearch.Fold(basis.Family), StringComparison.Ordinal)))];

    /// <summary>The basis for publishing oversight results of a programme decided on that day (the public page says it).</summary>
    public string? Publication(DateOnly decided) => All.LastOrDefault(basis => basis.Publication is not null && basis.InForceOn(decided))?.Publication;

    sealed record LegalBasesFile([property: JsonPropertyName("bases")] IReadOnlyList<LegalBasis> Bases);
}
