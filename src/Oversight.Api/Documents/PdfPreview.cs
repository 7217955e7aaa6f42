using System.Diagnostics;
using Microsoft.Extensions.Options;
using Oversight.Common;

namespace Oversight.Documents;

/// <summary>How PDF previews run (configuration section <c>Documents:Preview</c>).</summary>
public sealed class PreviewSettings
{
    /// <summary>LibreOffice conversions running at once: each is a process of a few hundred MB.</summary>
    public int Processes { get; set; } = 2;

    /// <summary>Previews waiting for a free conversion; past that a preview is refused at once (503).</summary>
    public int Queue { get; set; } = 6;

    /// <summary>How long one conversion may take before LibreOffice is killed with every process it started.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}

public enum PreviewOutcome
{
    Done,
    Busy,
    Unavailable,
    TimedOut,
}

public sealed record Preview(PreviewOutcome Outcome, byte[]? Pdf = null);

/// <summary>
/// Turns a rendered document into PDF with LibreOffice, for previewing in the browser, through a
/// small queue: at most <see cref="PreviewSettings.Processes"/> conversions at once and
/// <see cref="PreviewSettings.Queue"/> waiting, the rest refused. LibreOffice runs without network
/// access where the machine allows it (a network namespace of its own through <c>unshare</c>, which
/// has only a loopback that is down), so a document that slipped past the checks cannot fetch anything;
/// a conversion that runs too long is killed with its whole process tree. Each conversion gets its own
/// profile folder: LibreOffice fails when two share one, and exits 0 even then, so success is judged by
/// the PDF being there.
/// </summary>
public sealed class PdfPreviews(IOptions<PreviewSettings> options, ILogger<PdfPreviews> logger)
{
    readonly PreviewSettings settings = options.Value;
    readonly SemaphoreSlim running = new(Math.Max(1, options.Value.Processes));
    readonly Lazy<string[]?> isolation = new(() => Isolation(logger));
    int admitted;

    /// <summary>Whether this machine can make PDF previews at all (pages offer "xem PDF" only then).</summary>
    public static bool Available => FindOffice() is not null;

    /// <summary>The PDF, or a refusal (503) that says in Vietnamese why there is none and, when busy, when to try again.</summary>
    public async Task<byte[]> Pdf(byte[] document, CancellationToken cancellation) => await Convert(document, cancellation) switch
    {
        { Outcome: PreviewOutcome.Done, Pdf: { } pdf } => pdf,
        { Outcome: PreviewOutcome.Busy } => throw Refusal.Unavailable(
            "Máy chủ đang tạo nhiều bản xem trước PDF cùng lúc; hãy thử lại sau ít phút, hoặc tải bản Word.", retryAfter: TimeSpan.FromSeconds(30)),
        { Outcome: PreviewOutcome.TimedOut } => throw Refusal.Unavailable("LibreOffice chuyển văn bản sang PDF quá lâu nên đã bị dừng; hãy tải bản Word."),
        _ => throw Refusal.Unavailable(
            "Máy chủ chưa cài LibreOffice (hoặc LibreOffice không chuyển được văn bản) nên không xem trước dạng PDF được; hãy tải bản Word."),
    };

    public async Task<Preview> Convert(byte[] document, CancellationToken cancellation)
    {
        var office = FindOffice();
        if (office is null)
        {
            return new Preview(PreviewOutcome.Unavailable);
        }

        if (Interlocked.Increment(ref admitted) > Math.Max(1, settings.Processes) + Math.Max(0, settings.Queue))
        {
            Interlocked.Decrement(ref admitted);
            return new Preview(PreviewOutcome.Busy);
        }

        try
        {
            await running.WaitAsync(cancellation);
            try
            {
                return await Run(office, document, cancellation);
            }
            finally
            {
                running.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref admitted);
        }
    }

    async Task<Preview> Run(string office, byte[] document, CancellationToken cancellation)
    {
        var folder = Directory.CreateTempSubdirectory("oversight-pdf-");
        try
        {
            var source = Path.Combine(folder.FullName, "van-ban.docx");
            await File.WriteAllBytesAsync(source, document, cancellation);
            string[] command = [.. isolation.Value ?? [], office, "--headless", "--norestore", $"-env:UserInstallation=file://{folder.FullName}/profile",
                "--convert-to", "pdf", "--outdir", folder.FullName, source];
            var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder.FullName };
            foreach (var argument in command[1..])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(CancellationToken.None), process.StandardError.ReadToEndAsync(CancellationToken.None));
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            limit.CancelAfter(settings.Timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                // The launcher, soffice.bin and anything they started: none may outlive the request.
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                cancellation.ThrowIfCancellationRequested();
                logger.LogWarning("PDF preview stopped after {Timeout}: LibreOffice was killed with its process tree", settings.Timeout);
                return new Preview(PreviewOutcome.TimedOut);
            }

            await drain;
            var pdf = Path.Combine(folder.FullName, "van-ban.pdf");
            return File.Exists(pdf) ? new Preview(PreviewOutcome.Done, await File.ReadAllBytesAsync(pdf, cancellation)) : new Preview(PreviewOutcome.Unavailable);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The prefix that runs a command without network access here: <c>unshare -n</c> as root,
    /// <c>unshare -rn</c> where unprivileged user namespaces are allowed, else none (with a warning).
    /// </summary>
    static string[]? Isolation(ILogger logger)
    {
        string[][] prefixes = [["unshare", "-n", "--"], ["unshare", "-rn", "--"]];
        foreach (var prefix in prefixes)
        {
            if (Succeeds([.. prefix, "true"]))
            {
                return prefix;
            }
        }

        logger.LogWarning("PDF previews run with network access: this machine allows neither `unshare -n` nor `unshare -rn`");
        return null;
    }

    static bool Succeeds(string[] command)
    {
        try
        {
            var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in command[1..])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    static string? FindOffice() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "soffice"))
            .FirstOrDefault(File.Exists);
}
