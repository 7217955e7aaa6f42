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
        using var scratch = new TestFolder("codegen");
        using var data = new TestFolder("codegendb");

        var (exitCode, output) = await AppProcess.Run(
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Database__DataFolder"] = data.Path },
            "codegen", "write", "--contentRoot", scratch.Path);
        exitCode.ShouldBe(0, output);

        var committed = Path.Combine(AppProcess.Repository, "src", "Oversight.Api", "Internal", "Generated");
        var generated = Path.Combine(scratch.Path, "Internal", "Generated");
        var names = Directory.GetFiles(generated, "*.cs", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(generated, file)).Order().ToList();
        names.ShouldNotBeEmpty(output);
        string.Join('\n', Directory.GetFiles(committed, "*.cs", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(committed, file)).Order())
            .ShouldBe(string.Join('\n', names), "the generated files differ: run scripts/codegen and commit the result");
        foreach (var name in names)
        {
            var current = await File.ReadAllTextAsync(Path.Combine(generated, name));
            (await File.ReadAllTextAsync(Path.Combine(committed, name)) == current).ShouldBeTrue($"{name} is stale: run scripts/codegen and commit the result");
        }
    }
}
