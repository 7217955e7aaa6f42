using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oversight.Web;

/// <summary>
/// Text never needs control characters other than tab and line breaks, and PostgreSQL cannot store NUL in
/// text or JSON: such input is refused as a 400 wherever it comes in (JSON strings, query strings, form
/// fields), instead of failing later at the database.
/// </summary>
public static class ControlCharacters
{
    public static bool Has(string? text) => text is not null && text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r'));

    /// <summary>Reads every JSON string of the API; a control character makes the body invalid (400, naming the field).</summary>
    public sealed class RefusingConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            return Has(text) ? throw new JsonException("Văn bản chứa ký tự điều khiển không hợp lệ.") : text;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    /// <summary>Query strings and form fields (the pages' and the multipart API's) are checked before anything reads them.</summary>
    public static async Task Reject(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var bad = request.Query.Any(pair => Has(pair.Key) || pair.Value.Any(Has));
        if (!bad && request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.RequestAborted);
            bad = form.Any(pair => Has(pair.Key) || pair.Value.Any(Has)) || form.Files.Any(file => Has(file.FileName));
        }

        if (bad)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await next(context);
    }
}
