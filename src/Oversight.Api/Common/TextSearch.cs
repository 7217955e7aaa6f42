using System.Globalization;
using System.Text;

namespace Oversight.Common;

/// <summary>
/// Search as people type, often without a Vietnamese keyboard: case and diacritics are ignored ("tro giup xa hoi" finds "trợ giúp
/// xã hội"), and every word of the query must occur somewhere in the fields searched.
/// </summary>
public static class TextSearch
{
    /// <summary>Lower case without diacritics: Vietnamese letters fold to their base letter, đ to d.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        return folded.ToString();
    }

    /// <summary>The words of a query, folded; none for an empty one (which matches everything).</summary>
    public static string[] Words(string? query) => Fold(query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static bool Matches(string[] words, params string?[] fields)
    {
        if (words.Length == 0)
        {
            return true;
        }

        var haystack = Fold(string.Join(' ', fields));
        return words.All(haystack.Contains);
    }
}
