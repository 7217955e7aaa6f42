using System.Text.Json;
using System.Text.Json.Serialization;

namespace Oversight.Web;

/// <summary>
/// A set of flags (the plan's methods) travels in the API as an array of names, <c>["WrittenReports", "FieldSurveys"]</c>, which a
/// client can type; the comma-separated string that the API answered before (<c>"WrittenReports, FieldSurveys"</c>) is still read.
/// </summary>
public sealed class FlagsConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum && typeToConvert.IsDefined(typeof(FlagsAttribute), false);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Flags<>).MakeGenericType(typeToConvert))!;

    sealed class Flags<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var names = new List<string>();
            if (reader.TokenType == JsonTokenType.String)
            {
                names.AddRange(reader.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    names.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException());
                }
            }
            else
            {
                throw new JsonException();
            }

            var value = 0L;
            foreach (var name in names)
            {
                value |= Enum.TryParse<T>(name, ignoreCase: false, out var flag) && Enum.IsDefined(flag) && !int.TryParse(name, out _)
                    ? Convert.ToInt64(flag)
                    : throw new JsonException();
            }

            return (T)Enum.ToObject(typeof(T), value);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var flag in Enum.GetValues<T>().Where(flag => Convert.ToInt64(flag) != 0 && value.HasFlag(flag)))
            {
                writer.WriteStringValue(flag.ToString());
            }

            writer.WriteEndArray();
        }
    }
}
