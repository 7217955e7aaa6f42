namespace Oversight.Web;

public static class Forms
{
    /// <summary>The lines of a textarea as typed (without their line breaks), blank lines dropped.</summary>
    public static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(line => line.TrimEnd('\r')).Where(line => !string.IsNullOrWhiteSpace(line))];
}
