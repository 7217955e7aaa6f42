using System.Text.Json;
using System.Text.Json.Serialization;
using Alba;

namespace Oversight.Tests.Support;

/// <summary>Reads API answers the way the API writes them (web casing, enums as names).</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new Oversight.Web.FlagsConverter(), new JsonStringEnumConverter() } };

    public static async Task<T> Read<T>(this IScenarioResult result) =>
        JsonSerializer.Deserialize<T>(await result.ReadAsTextAsync(), Options) ?? throw new InvalidOperationException("empty JSON body");

    /// <summary>The response body exactly as sent (files).</summary>
    public static async Task<byte[]> ReadBytes(this IScenarioResult result)
    {
        using var stream = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(stream);
        return stream.ToArray();
    }

    public static async Task<T> GetJson<T>(this IAlbaHost host, string url) =>
        await (await host.Scenario(scenario =>
        {
            scenario.Get.Url(url);
            scenario.StatusCodeShouldBeOk();
        })).Read<T>();
}
