using System.Diagnostics;
using System.Net.Http.Json;

namespace Oversight.Scale;

/// <summary>Times the reads that grow with a council's history, signed in as the bench accounts, one request at a time.</summary>
public static class Measure
{
    public static async Task Run(string url, string password, int repeats)
    {
        Console.WriteLine("| account | request | rows | p50 ms | p95 ms | max ms |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var userName in new[] { "bench.tinh", "bench.xa", "bench.coquan" })
        {
            using var client = await SignIn(url, userName, password);
            var paths = userName == "bench.coquan"
                ? new[] { "/api/recommendations", "/api/recommendations?overdue=true" }
                : [
                    "/api/recommendations", "/api/recommendations?year=2025", "/api/recommendations?status=InProgress",
                    "/api/recommendations?overdue=true", "/api/recommendations?year=2024&agency=s%E1%BB%9F%20y%20t%E1%BA%BF",
                    "/api/recommendations?q=tro%20giup%20xa%20hoi", "/api/recommendations/scoreboard", "/api/recommendations/scoreboard?year=2025",
                    "/api/programmes", "/api/audit", "/api/communes",
                    "/kien-nghi", "/kien-nghi?year=2025", "/kien-nghi/thong-ke", "/cuoc-giam-sat", "/nhat-ky", "/cap-xa",
                ];
            foreach (var path in paths)
            {
                var (rows, timings) = await Time(client, path, repeats);
                Console.WriteLine($"| {userName} | `{path.Replace("%20", " ").Replace("s%E1%BB%9F", "sở").Replace("t%E1%BA%BF", "tế")}` | {rows} " +
                    $"| {Percentile(timings, 50):0.0} | {Percentile(timings, 95):0.0} | {timings[^1]:0.0} |");
            }
        }
    }

    /// <summary>Keeps the cookie by hand: outside Development it is marked Secure, which a cookie jar would not send over plain loopback http.</summary>
    static async Task<HttpClient> SignIn(string url, string userName, string password)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = new Uri(url) };
        var response = await client.PostAsJsonAsync("/api/account/sign-in", new { userName, password });
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.GetValues("Set-Cookie").First();
        client.DefaultRequestHeaders.Add("Cookie", cookie[..cookie.IndexOf(';')]);
        return client;
    }

    static async Task<(string Rows, double[] Timings)> Time(HttpClient client, string path, int repeats)
    {
        var rows = "";
        for (var warm = 0; warm < 3; warm++)
        {
            using var response = await client.GetAsync(path);
            response.EnsureSuccessStatusCode();
            rows = await Rows(response);
        }

        var timings = new double[repeats];
        for (var n = 0; n < repeats; n++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            timings[n] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            response.EnsureSuccessStatusCode();
        }

        Array.Sort(timings);
        return (rows, timings);
    }

    /// <summary>Rows in a list answer, agencies in the scoreboard, kilobytes of a page.</summary>
    static async Task<string> Rows(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            return $"{(await response.Content.ReadAsByteArrayAsync()).Length / 1024} KB page";
        }

        var json = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return json.ValueKind == System.Text.Json.JsonValueKind.Array ? json.GetArrayLength().ToString()
            : json.TryGetProperty("total", out var total) ? $"{json.GetProperty("items").GetArrayLength()} of {total}"
            : (json.TryGetProperty("agencies", out var agencies) ? agencies.GetArrayLength() : 1).ToString();
    }

    static double Percentile(double[] sorted, int percent) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * percent / 100.0) - 1)];
}
