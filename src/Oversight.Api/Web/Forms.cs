namespace Oversight.Web;

public static class Forms
{
    /// <summary>Text lines of a textarea, trimmed, blanks dropped.</summary>
    public static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];
}
