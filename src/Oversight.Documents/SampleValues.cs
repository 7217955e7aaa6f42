using System.Collections;
using System.Globalization;
using System.Reflection;
using Scriban.Runtime;

namespace Oversight.Documents;

/// <summary>Reads example values out of sample data, typed or JSON, by their template names.</summary>
internal static class SampleValues
{
    public static object? Member(object? sample, string name) => sample switch
    {
        null => null,
        ScriptObject script => script.TryGetValue(name, out var value) ? value : null,
        IDictionary dictionary => dictionary.Contains(name) ? dictionary[name] : null,
        _ => sample.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(property => property.GetIndexParameters().Length == 0 && StandardMemberRenamer.Rename(property.Name) == name)?.GetValue(sample),
    };

    public static int? Count(object? value) => value is IEnumerable items and not string ? items.Cast<object?>().Count() : null;

    public static object? First(object? value) => value is IEnumerable items and not string ? items.Cast<object?>().FirstOrDefault() : null;

    public static string? Text(object? value)
    {
        var text = value switch
        {
            null => null,
            DateOnly date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            bool yes => yes ? "đúng" : "sai",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return text is null ? null : text.Length <= 120 ? text : text[..120] + "…";
    }
}
