using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

// Drives a running Oversight (demo accounts of the samples) with the work of a council's day:
// delegation members logging findings, the secretariat reading programme pages and the register,
// an agency reporting progress on its recommendations. Prints throughput, latency percentiles,
// errors and the app's memory for each client count; then the same for "log a finding" alone.
var options = Options.Parse(args);
var setup = await World.Prepare(options.Url);
Console.WriteLine($"Prepared programme {setup.ProgrammeId} with a session; {setup.Recommendations.Count} recommendations to answer.");
Console.WriteLine("| run | clients | requests/s | p50 ms | p95 ms | p99 ms | errors | app memory MB |");
Console.WriteLine("|---|---|---|---|---|---|---|---|");
foreach (var clients in options.Clients)
{
    foreach (var mix in new[] { "mixed", "findings" })
    {
        var result = await Run(setup, clients, mix, TimeSpan.FromSeconds(options.Seconds));
        Console.WriteLine($"| {mix} | {clients} | {result.Throughput:0} | {result.P(50):0.0} | {result.P(95):0.0} | {result.P(99):0.0} | {result.Errors} | {Memory(options.Pid)} |");
    }
}

foreach (var (failure, count) in setup.Failures)
{
    Console.WriteLine($"failed: {failure} × {count}");
}

static string Memory(int? pid)
{
    if (pid is not { } id || !File.Exists($"/proc/{id}/status"))
    {
        return "";
    }

    var line = File.ReadLines($"/proc/{id}/status").FirstOrDefault(text => text.StartsWith("VmRSS:"));
    return line is null ? "" : (long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024).ToString();
}

static async Task<Result> Run(World world, int clients, string mix, TimeSpan duration)
{
    var latencies = new List<double>[clients];
    var errors = 0;
    var until = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
    {
        var mine = latencies[client] = [];
        var random = new Random(client);
        var n = 0;
        while (until.Elapsed < duration)
        {
            var started = Stopwatch.GetTimestamp();
            var ok = await world.Act(mix == "findings" ? 0 : random.Next(100), client, n++);
            mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!ok)
            {
                Interlocked.Increment(ref errors);
            }
        }
    }));
    var all = latencies.SelectMany(list => list).Order().ToArray();
    return new Result(all, all.Length / until.Elapsed.TotalSeconds, errors);
}

sealed record Result(double[] Sorted, double Throughput, int Errors)
{
    public double P(int percentile) => Sorted.Length == 0 ? 0 : Sorted[Math.Min(Sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * Sorted.Length) - 1)];
}

sealed record Options(string Url, int[] Clients, int Seconds, int? Pid)
{
    public static Options Parse(string[] args)
    {
        string Value(string name, string fallback) => args.SkipWhile(arg => arg != name).Skip(1).FirstOrDefault() ?? fallback;
        var pid = Value("--pid", "");
        return new Options(Value("--url", "http://127.0.0.1:5055"), [.. Value("--clients", "16,64").Split(',').Select(int.Parse)],
            int.Parse(Value("--seconds", "20")), pid.Length > 0 ? int.Parse(pid) : null);
    }
}

/// <summary>The accounts, programme, session and recommendations the load works on.</summary>
sealed class World
{
    public required HttpClient Secretariat { get; init; }
    public required HttpClient Member { get; init; }
    public required HttpClient Agency { get; init; }
    public required Guid ProgrammeId { get; init; }
    public required Guid ActivityId { get; init; }
    public required Guid AgencyId { get; init; }
    public required Guid MemberId { get; init; }
    public required IReadOnlyList<Guid> Recommendations { get; init; }

    static readonly JsonSerializerOptions json = new(JsonSerializerDefaults.Web);

    /// <summary>The harness enters a programme of 2024: its dates are past, and say why.</summary>
    const string Entered = "Nhập hồ sơ để đo tải.";

    public static async Task<World> Prepare(string url)
    {
        var secretariat = await SignIn(url, "hanam.vanphong");
        var member = await SignIn(url, "hanam.daibieu");
        var agency = await SignIn(url, "hanam.coquan");
        var me = await member.GetFromJsonAsync<JsonElement>("/api/account", json);
        var memberId = me.GetProperty("accountId").GetGuid();
        var agencyName = (await agency.GetFromJsonAsync<JsonElement>("/api/account", json)).GetProperty("agencyName").GetString()!;

        var created = await Expect(await secretariat.PostAsJsonAsync("/api/programmes", new
        {
            title = $"Giám sát thử tải {DateTime.UtcNow:yyyyMMddHHmmss}", year = 2024, agencies = new[] { agencyName }, body = "StandingCommittee",
            scope = "Đo tải", legalBases = new[] { "Luật Hoạt động giám sát 2015" },
        }, json));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(json)).GetProperty("value").GetGuid();
        await Expect(await secretariat.PostAsJsonAsync($"/api/programmes/{id}/delegation", new
        {
            decisionNumber = "01/QĐ-TTHĐND", decisionDate = "2024-05-20", signer = "Chủ tịch HĐND tỉnh", dateReason = Entered,
            members = new object[] { new { name = "Đại biểu đo tải", position = "Đại biểu", role = "Head", personId = memberId } },
        }, json));
        var programme = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/programmes/{id}", json)).GetProperty("programme");
        var agencyId = programme.GetProperty("agencies")[0].GetProperty("id").GetGuid();
        await Expect(await secretariat.PutAsJsonAsync($"/api/programmes/{id}/plan", new
        {
            planVersion = 0, purpose = "Đo tải", contents = "Đo tải", methods = new[] { "WrittenReports", "WorkingSessions" }, outlineSections = new[] { "Kết quả" },
            reportDeadlines = new[] { new { agencyId, deadline = "2024-06-14" } }, adoptedOn = "2024-05-28", dateReason = Entered,
        }, json));
        var scheduled = await Expect(await secretariat.PostAsJsonAsync($"/api/programmes/{id}/activities", new
        {
            kind = "WorkingSession", date = "2024-06-24", time = "14:00:00", place = "Trụ sở", agencyId, memberIds = new[] { memberId }, notifiedOn = "2024-06-10", dateReason = Entered,
        }, json));
        var activityId = (await scheduled.Content.ReadFromJsonAsync<JsonElement>(json)).GetProperty("value").GetGuid();
        var recommendations = await Concluded(secretariat, agencyName, memberId, 64);
        return new World
        {
            Secretariat = secretariat, Member = member, Agency = agency, ProgrammeId = id, ActivityId = activityId, AgencyId = agencyId, MemberId = memberId,
            Recommendations = recommendations,
        };
    }

    /// <summary>
    /// A programme taken through fieldwork, report and conclusion, issuing <paramref name="count"/> recommendations to the
    /// agency: enough for its people to answer different ones at once, as agencies do.
    /// </summary>
    static async Task<IReadOnlyList<Guid>> Concluded(HttpClient secretariat, string agencyName, Guid memberId, int count)
    {
        var created = await Expect(await secretariat.PostAsJsonAsync("/api/programmes", new
        {
            title = $"Giám sát thử tải đã kết luận {DateTime.UtcNow:yyyyMMddHHmmss}", year = 2024, agencies = new[] { agencyName }, body = "StandingCommittee",
        }, json));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(json)).GetProperty("value").GetGuid();
        await Expect(await secretariat.PostAsJsonAsync($"/api/programmes/{id}/delegation", new
        {
            decisionNumber = "02/QĐ-TTHĐND", decisionDate = "2024-05-20", signer = "Chủ tịch HĐND tỉnh", dateReason = Entered,
            members = new object[] { new { name = "Đại biểu đo tải", position = "Đại biểu", role = "Head", personId = memberId } },
        }, json));
        var agencyId = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/programmes/{id}", json)).GetProperty("programme").GetProperty("agencies")[0]
            .GetProperty("id").GetGuid();
        await Expect(await secretariat.PutAsJsonAsync($"/api/programmes/{id}/plan", new
        {
            planVersion = 0, purpose = "Đo tải", contents = "Đo tải", methods = new[] { "WrittenReports", "WorkingSessions" }, outlineSections = new[] { "Kết quả" },
            reportDeadlines = new[] { new { agencyId, deadline = "2024-06-14" } }, adoptedOn = "2024-05-28", dateReason = Entered,
        }, json));
        var scheduled = await Expect(await secretariat.PostAsJsonAsync($"/api/programmes/{id}/activities", new
        {
            kind = "WorkingSession", date = "2024-06-24", time = "14:00:00", place = "Trụ sở", agencyId, memberIds = new[] { memberId }, notifiedOn = "2024-06-10", dateReason = Entered,
        }, json));
        var activityId = (await scheduled.Content.ReadFromJsonAsync<JsonElement>(json)).GetProperty("value").GetGuid();
        await Expect(await secretariat.PutAsJsonAsync($"/api/programmes/{id}/activities/{activityId}/minutes", new { reportPresented = "Báo cáo của cơ quan" }, json));
        await Expect(await secretariat.PostAsJsonAsync($"/api/programmes/{id}/fieldwork-end", new { endedOn = "2024-07-01", dateReason = Entered }, json));
        await Expect(await secretariat.PostAsJsonAsync($"/api/programmes/{id}/report", new { }, json));
        for (var n = 1; n <= count; n++)
        {
            await Expect(await secretariat.PostAsJsonAsync($"/api/programmes/{id}/report/recommendations", new
            {
                agencyId, text = $"Kiến nghị đo tải số {n}: khắc phục hạn chế", dueDate = "2024-12-31",
            }, json));
        }

        await Expect(await secretariat.PostAsJsonAsync($"/api/programmes/{id}/report/circulation", new { }, json));
        await Expect(await secretariat.PostAsJsonAsync($"/api/programmes/{id}/report/approval", new { headId = memberId, approvedOn = "2024-07-10", dateReason = Entered }, json));
        await Expect(await secretariat.PostAsJsonAsync($"/api/programmes/{id}/conclusion", new { number = "99/TB-HĐND", issuedOn = "2024-07-15", remarks = "Kết luận đo tải", dateReason = Entered }, json));
        var register = await secretariat.GetFromJsonAsync<JsonElement>($"/api/recommendations?programme={id}&pageSize={count}", json);
        return [.. register.GetProperty("items").EnumerateArray().Select(row => row.GetProperty("id").GetGuid())];
    }

    /// <summary>Failed answers by request kind and status, to be printed after the runs.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, int> Failures { get; } = new();

    /// <summary>One request: 40 in 100 a finding, 30 a programme page, 15 the register, 15 a progress report.</summary>
    public async Task<bool> Act(int dice, int client, int n)
    {
        HttpResponseMessage response;
        if (dice < 40)
        {
            response = await Member.PostAsJsonAsync($"/api/programmes/{ProgrammeId}/findings", new
            {
                activityId = ActivityId, authorId = MemberId, kind = "Shortcoming", agencyId = AgencyId, text = $"Ý kiến {client}-{n}: hồ sơ xét duyệt còn chậm",
            }, json);
        }
        else if (dice < 70)
        {
            response = await Secretariat.GetAsync($"/cuoc-giam-sat/{ProgrammeId}");
        }
        else if (dice < 85 || Recommendations.Count == 0)
        {
            response = await Secretariat.GetAsync("/api/recommendations?q=bao%20tro");
        }
        else
        {
            var form = new MultipartFormDataContent { { new StringContent($"Tiến độ {client}-{n}"), "text" } };
            response = await Agency.PostAsync($"/api/recommendations/{Recommendations[(client * 31 + n) % Recommendations.Count]}/progress", form);
        }

        using (response)
        {
            await response.Content.LoadIntoBufferAsync();
            if (!response.IsSuccessStatusCode)
            {
                Failures.AddOrUpdate($"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri!.AbsolutePath.Split('/')[^1]} {(int)response.StatusCode}", 1,
                    (_, count) => count + 1);
            }

            return response.IsSuccessStatusCode;
        }
    }

    /// <summary>Signs in and keeps the cookie by hand: outside Development it is marked Secure, which a cookie jar would not send over plain loopback http.</summary>
    static async Task<HttpClient> SignIn(string url, string userName)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(url) };
        var response = await Expect(await client.PostAsJsonAsync("/api/account/sign-in", new { userName, password = "demo-giam-sat" }));
        var cookie = response.Headers.GetValues("Set-Cookie").First();
        client.DefaultRequestHeaders.Add("Cookie", cookie[..cookie.IndexOf(';')]);
        return client;
    }

    static async Task<HttpResponseMessage> Expect(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return response;
    }
}
