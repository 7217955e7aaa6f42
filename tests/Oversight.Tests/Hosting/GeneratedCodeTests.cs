using System.Diagnostics;
using Oversight.Tests.Support;

namespace Oversight.Tests.Hosting;

/// <summary>
/// Production runs the Wolverine code committed under Internal/Generated. Here the app writes its code
/// afresh into a scratch folder and every file must equal the committed one: any change to a handler,
/// endpoint or Wolverine option that alters the code fails this test until scripts/codegen is run.
/// </summary>
public sealed class GeneratedCodeTests
{
    [Fact]
    public async Task The_committed_generated_code_is_what_the_app_generates_now()
    {
        var repository = FindRepository();
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var app = Path.Combine(repository, "src", "Oversight.Api", "bin", configuration, "net10.0", "Oversight.Api.dll");
        using var scratch = new TestFolder("codegen");
        using var data = new TestFolder("codegendb");

        var start = new ProcessStartInfo("dotnet", [app, "codegen", "write", "--contentRoot", scratch.Path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Database__DataFolder"] = data.Path },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        process.ExitCode.ShouldBe(0, await error);

        var committed = Path.Combine(repository, "src", "Oversight.Api", "Internal", "Generated");
        var generated = Path.Combine(scratch.Path, "Internal", "Generated");
        var names = Directory.GetFiles(generated, "*.cs", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(generated, file)).Order().ToList();
        names.ShouldNotBeEmpty(await output);
        string.Join('\n', Directory.GetFiles(committed, "*.cs", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(committed, file)).Order())
            .ShouldBe(string.Join('\n', names), "the generated files differ: run scripts/codegen and commit the result");
        foreach (var name in names)
        {
            var current = await File.ReadAllTextAsync(Path.Combine(generated, name));
            (await File.ReadAllTextAsync(Path.Combine(committed, name)) == current).ShouldBeTrue($"{name} is stale: run scripts/codegen and commit the result");
        }
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
