using System.Text.Json;
using Scriban.Runtime;

namespace Oversight.Documents;

/// <summary>Template data read from JSON (for trying a template without the app): objects, arrays, strings, numbers, booleans.</summary>
public static class TemplateData
{
    public static ScriptObject FromJson(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return Convert(document.RootElement) as ScriptObject ?? throw new JsonException("Dữ liệu mẫu phải là một đối tượng JSON ({ … }).");
    }

    static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToObject(element),
        JsonValueKind.Array => new ScriptArray(element.EnumerateArray().Select(Convert)),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    static ScriptObject ToObject(JsonElement element)
    {
        var result = new ScriptObject();
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = Convert(property.Value);
        }

        return result;
    }
}
