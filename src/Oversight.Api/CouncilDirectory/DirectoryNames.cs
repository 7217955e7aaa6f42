using System.Text;
using Oversight.Recommendations.Register;

namespace Oversight.CouncilDirectory;

/// <summary>What a name written somewhere is in the directory: the one record it names, or why none.</summary>
public sealed record NameMatch<T>(T? Found, IReadOnlyList<T> Candidates) where T : class
{
    /// <summary>Several records answer to the name (the directory refuses that for new names; older ones may still do).</summary>
    public bool Ambiguous => Candidates.Count > 1;
}

/// <summary>
/// How the directory tells names apart: ignoring case, diacritics, punctuation and spacing, so that "Sở LĐ-TB&amp;XH", "sở lđ tb xh"
/// and "So LD-TB & XH" are one name; an agency answers to its name, its short name and its aliases.
/// </summary>
public static class DirectoryNames
{
    public static string Key(string name)
    {
        var folded = Common.TextSearch.Fold(name);
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(c);
            }
            else if (key.Length > 0 && key[^1] != ' ')
            {
                key.Append(' ');
            }
        }

        return key.ToString().TrimEnd();
    }

    public static NameMatch<T> Match<T>(string name, IEnumerable<T> records, Func<T, IEnumerable<string>> names) where T : class
    {
        var key = Key(name);
        var candidates = key.Length == 0 ? [] : records.Where(record => names(record).Any(known => Key(known) == key)).ToList();
        return new NameMatch<T>(candidates is [var only] ? only : null, candidates);
    }

    public static NameMatch<Agency> Match(string name, IEnumerable<Agency> agencies) => Match(name, agencies, agency => agency.Names);

    public static NameMatch<Committee> Match(string name, IEnumerable<Committee> committees) => Match(name, committees, committee => committee.Names);

    /// <summary>Whether a search (typed without diacritics, perhaps) finds the text: every word of it is in the text.</summary>
    public static bool Finds(string? search, params string?[] texts)
    {
        var words = Key(search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var haystack = Key(string.Join(' ', texts.OfType<string>()));
        return words.All(haystack.Contains);
    }
}
