using System.Globalization;
using System.Text;

namespace Oversight.Documents;

/// <summary>How a value is written inside a run's text element: as text, never as markup.</summary>
public static class WordText
{
    /// <summary>
    /// Escapes XML, turns line breaks, tabs and non-breaking hyphens (U+2011) into Word's own elements (closing and reopening the text
    /// element) and drops characters XML 1.0 cannot carry (NUL and other control characters).
    /// </summary>
    public static string Escape(object? value)
    {
        var text = value switch
        {
            null => "",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        var escaped = new StringBuilder(text.Length + 16);
        for (var index = 0; index < text.Length; index++)
        {
            var letter = text[index];
            switch (letter)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '\r' when index + 1 < text.Length && text[index + 1] == '\n': break;
                case '\r' or '\n': escaped.Append("</w:t><w:br/><w:t xml:space=\"preserve\">"); break;
                case '\t': escaped.Append("</w:t><w:tab/><w:t xml:space=\"preserve\">"); break;
                // Word's own non-breaking hyphen: drawn as a hyphen by any font, never a place to break the line.
                case '\u2011': escaped.Append("</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">"); break;
                case < ' ': break;
                case '\uFFFE' or '\uFFFF': break;
                case var high when char.IsHighSurrogate(high):
                    // A pair stays whole (emoji); a lone half cannot be written and is dropped.
                    if (index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
                    {
                        escaped.Append(high).Append(text[++index]);
                    }

                    break;
                case var low when char.IsLowSurrogate(low): break;
                default: escaped.Append(letter); break;
            }
        }

        return escaped.ToString();
    }
}
