using System.Diagnostics;

namespace Oversight.Tests.Support;

/// <summary>Runs the built app as its own process (for its command line), the way an operator would.</summary>
public static class AppProcess
{
    public static string Repository { get; } = FindRepository();

    public static async Task<(int ExitCode, string Output)> Run(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var app = Path.Combine(Repository, "src", "Oversight.Api", "bin", configuration, "net10.0", "Oversight.Api.dll");
        var start = new ProcessStartInfo("dotnet", [app, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await error);
    }

    static string FindRepository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Oversight.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The test runs outside the repository.");
    }
}
