using Oversight.Hosting;
using Oversight.Tests.Support;
using Serilog.Events;

namespace Oversight.Tests.Hosting;

/// <summary>A command prints its own output and nothing else, unless asked for more.</summary>
public sealed class CommandLineTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task A_command_prints_only_its_own_output_and_the_log_when_asked_with_verbose()
    {
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Oversight"] = await RunningApp.NewDatabase(Fixture.ConnectionString, "cli") };

        var (added, output) = await AppProcess.Run(environment, "councils", "add", "ha-nam", "--name", "Hội đồng nhân dân tỉnh Hà Nam", "--place", "Hà Nam");

        added.ShouldBe(0, output);
        output.TrimEnd().ShouldBe("Đã thêm Hội đồng nhân dân tỉnh Hà Nam (mã ha-nam).");

        using var data = new TestFolder("verbose");
        var (listed, verbose) = await AppProcess.Run(new Dictionary<string, string> { ["Database__DataFolder"] = data.Path }, "councils", "list", "--verbose");

        listed.ShouldBe(0, verbose);
        verbose.ShouldContain("for commands");
        verbose.ShouldContain("INF] Oversight.Hosting.OversightDatabase: Creating a private PostgreSQL cluster");
    }

    [Theory]
    [InlineData(new[] { "councils", "list" }, true, LogEventLevel.Warning)]
    [InlineData(new[] { "councils", "list", "--verbose" }, true, LogEventLevel.Verbose)]
    [InlineData(new[] { "backup", "--log-level", "Information" }, true, LogEventLevel.Information)]
    [InlineData(new string[0], false, LogEventLevel.Verbose)]
    [InlineData(new[] { "run" }, false, LogEventLevel.Verbose)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5000" }, false, LogEventLevel.Verbose)]
    public void The_logging_flags_are_read_and_left_out_of_the_arguments(string[] args, bool isCommand, LogEventLevel lowest)
    {
        var commandLine = CommandLine.Parse(args);

        commandLine.IsCommand.ShouldBe(isCommand);
        commandLine.LowestLevel.ShouldBe(lowest);
        commandLine.Arguments.ShouldNotContain("--verbose");
        commandLine.Arguments.ShouldNotContain("--log-level");
    }
}
