namespace Oversight.Documents;

/// <summary>The name a clerk most likely meant: the closest by edits (a swap of two letters counts as one), ignoring case.</summary>
public static class Names
{
    public static string? Closest(string written, IEnumerable<string> candidates)
    {
        var lower = written.ToLowerInvariant();
        var allowed = Math.Max(2, lower.Length / 3);
        return candidates.Distinct()
            .Select(candidate => (candidate, distance: Distance(lower, candidate.ToLowerInvariant())))
            .Where(entry => entry.distance <= allowed && entry.candidate != written)
            .OrderBy(entry => entry.distance).ThenBy(entry => entry.candidate, StringComparer.Ordinal)
            .Select(entry => entry.candidate)
            .FirstOrDefault();
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    static int Distance(string first, string second)
    {
        if (Math.Abs(first.Length - second.Length) > 10 || first.Length > 100 || second.Length > 100)
        {
            return int.MaxValue;
        }

        var table = new int[first.Length + 1, second.Length + 1];
        for (var i = 0; i <= first.Length; i++)
        {
            table[i, 0] = i;
        }

        for (var j = 0; j <= second.Length; j++)
        {
            table[0, j] = j;
        }

        for (var i = 1; i <= first.Length; i++)
        {
            for (var j = 1; j <= second.Length; j++)
            {
                var cost = first[i - 1] == second[j - 1] ? 0 : 1;
                table[i, j] = Math.Min(Math.Min(table[i - 1, j] + 1, table[i, j - 1] + 1), table[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && first[i - 1] == second[j - 2] && first[i - 2] == second[j - 1])
                {
                    table[i, j] = Math.Min(table[i, j], table[i - 2, j - 2] + 1);
                }
            }
        }

        return table[first.Length, second.Length];
    }
}
