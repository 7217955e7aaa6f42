using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Alba;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Oversight.Documents;
using Oversight.Documents.Tests;
using Oversight.Programmes.Listing;
using Oversight.Samples;
using Oversight.Tests.Support;

namespace Oversight.Tests.Documents;

/// <summary>PDF previews run real LibreOffice: without network, two at a time behind a short queue, killed whole when too slow.</summary>
public sealed class PdfPreviewTests(AppFixture fixture) : IntegrationContext(fixture)
{
    const string Template = "bao-cao-ket-qua-giam-sat.docx";

    [Fact]
    public async Task A_preview_of_a_document_linking_outside_makes_no_outbound_connection()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        var connections = 0;
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                Interlocked.Increment(ref connections);
            }
        });
        var previews = Host.Services.GetRequiredService<PdfPreviews>();

        // Straight to LibreOffice, past every check: the network namespace alone must keep it in.
        var linked = await previews.Convert(HostileDocuments.ExternalImage($"{url}/anh.png"), CancellationToken.None);
        var included = await previews.Convert(HostileDocuments.IncludePicture($"{url}/anh.png"), CancellationToken.None);
        // Through the app: a stored hostile template is refused before LibreOffice sees it.
        var programme = await HaNam();
        await using (var session = Fixture.Store.LightweightSession(People.CouncilA))
        {
            session.Store(new StoredTemplate { Id = Template, Version = 1, Content = HostileDocuments.ExternalImage($"{url}/anh.png") });
            await session.SaveChangesAsync();
        }

        var refused = await Host.Scenario(scenario =>
        {
            scenario.Get.Url($"/api/programmes/{programme}/documents/{Template}?format=pdf");
            scenario.StatusCodeShouldBe(409);
        });

        linked.Outcome.ShouldBe(PreviewOutcome.Done);
        included.Outcome.ShouldBe(PreviewOutcome.Done);
        (await refused.ReadVietnameseProblem(409)).GetProperty("detail").GetString()!.ShouldContain("có ảnh liên kết tới");
        await stop.CancelAsync();
        await accepting.ContinueWith(_ => { });
        connections.ShouldBe(0);
    }

    [Fact]
    public async Task Simultaneous_previews_never_run_more_than_two_LibreOffice_processes_and_the_overflow_is_told_to_retry()
    {
        var programme = await HaNam();
        var most = 0;
        var seen = "";
        using var sampling = new CancellationTokenSource();
        // Processes cannot be awaited: the process table is read at a steady rate while the previews run, and the most seen kept.
        var sampler = Task.Run(async () =>
        {
            using var every = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
            do
            {
                var (running, described) = OfficeProcesses.Sample();
                if (running > most)
                {
                    most = running;
                    seen = described;
                }
            }
            while (!sampling.IsCancellationRequested && await every.WaitForNextTickAsync(CancellationToken.None));
        });

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Host.Scenario(scenario =>
        {
            scenario.Get.Url($"/api/programmes/{programme}/documents/{Template}?format=pdf");
            scenario.IgnoreStatusCode();
        })));
        await sampling.CancelAsync();
        await sampler;

        most.ShouldBeInRange(1, 2, seen);
        var statuses = answers.Select(answer => answer.Context.Response.StatusCode).ToList();
        statuses.ShouldAllBe(status => status == 200 || status == 503);
        statuses.Count(status => status == 200).ShouldBeGreaterThanOrEqualTo(8);
        foreach (var busy in answers.Where(answer => answer.Context.Response.StatusCode == 503))
        {
            busy.Context.Response.Headers.RetryAfter.ToString().ShouldBe("30");
            (await busy.ReadVietnameseProblem(503)).GetProperty("detail").GetString()
                .ShouldBe("Máy chủ đang tạo nhiều bản xem trước PDF cùng lúc; hãy thử lại sau ít phút, hoặc tải bản Word.");
        }
    }

    [Fact]
    public async Task A_full_queue_refuses_at_once()
    {
        var previews = new PdfPreviews(Options.Create(new PreviewSettings { Processes = 1, Queue = 0 }), NullLogger<PdfPreviews>.Instance);
        var document = TestDocument.Create(doc => doc.Paragraph("Xem trước"));

        var first = previews.Convert(document, CancellationToken.None);
        var second = await previews.Convert(document, CancellationToken.None);

        second.Outcome.ShouldBe(PreviewOutcome.Busy);
        (await first).Outcome.ShouldBe(PreviewOutcome.Done);
    }

    [Fact]
    public async Task A_conversion_that_takes_too_long_is_killed_with_its_whole_process_tree()
    {
        var previews = new PdfPreviews(Options.Create(new PreviewSettings { Timeout = TimeSpan.FromMilliseconds(400) }), NullLogger<PdfPreviews>.Instance);

        var preview = await previews.Convert(TestDocument.Create(doc => doc.Paragraph("Chậm")), CancellationToken.None);

        preview.Outcome.ShouldBe(PreviewOutcome.TimedOut);
        OfficeProcesses.Running(includingLaunchers: true).ShouldBe(0);
    }

    async Task<Guid> HaNam()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(SamplePlayer.DefaultFolder, CancellationToken.None, People.CouncilA);
        }

        return (await Host.GetJson<List<ProgrammeSummary>>("/api/programmes?year=2024")).Single().Id;
    }

    /// <summary>LibreOffice instances started by this test process (others on the machine are not ours to count).</summary>
    static class OfficeProcesses
    {
        /// <summary>How many run now, and what they are (for the message when there are too many).</summary>
        public static (int Running, string Described) Sample()
        {
            var processes = Read();
            return (Running(processes), string.Join("; ", processes.Where(entry => entry.Value.Name.Contains("office") || entry.Value.Name == "oosplash")
                .Select(entry => $"{entry.Key}<{entry.Value.Parent} {entry.Value.Name} {entry.Value.State}")));
        }

        public static int Running(bool includingLaunchers = false) => Running(Read(), includingLaunchers);

        static int Running(Dictionary<int, (int Parent, string Name, char State)> processes, bool includingLaunchers = false)
        {
            bool OursAt(int id, int depth) =>
                depth < 64 && processes.TryGetValue(id, out var process) && (process.Parent == Environment.ProcessId || OursAt(process.Parent, depth + 1));

            // An instance is a soffice.bin its launcher started; soffice.bin forks helpers of the same name, which belong to it.
            // A zombie (Z) has exited already: LibreOffice restarts soffice.bin once on a fresh profile and the launcher reaps it a moment later.
            bool Instance(int id) => processes[id] is { Name: "soffice.bin", State: not ('Z' or 'X') } office
                && (includingLaunchers || !processes.TryGetValue(office.Parent, out var parent) || parent.Name != "soffice.bin");
            return processes.Count(entry => OursAt(entry.Key, 0)
                && (Instance(entry.Key) || includingLaunchers && entry.Value.Name is "soffice" or "oosplash" or "unshare" && entry.Value.State is not ('Z' or 'X')));
        }

        static Dictionary<int, (int Parent, string Name, char State)> Read()
        {
            var processes = new Dictionary<int, (int Parent, string Name, char State)>();
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(folder), out var id))
                {
                    continue;
                }

                try
                {
                    // "pid (comm) state ppid …": the name may hold spaces, so split after its closing parenthesis.
                    var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                    var close = stat.LastIndexOf(')');
                    var name = stat[(stat.IndexOf('(') + 1)..close];
                    var fields = stat[(close + 2)..].Split(' ');
                    processes[id] = (int.Parse(fields[1]), name, fields[0][0]);
                }
                catch (IOException)
                {
                    // The process ended while being read.
                }
            }

            return processes;
        }
    }
}
