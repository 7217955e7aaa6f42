using JasperFx;
using Serilog.Events;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Oversight.Hosting;

/// <summary>
/// The process's arguments as the app reads them. A command (anything but <c>run</c>) prints only its own
/// output on stdout; its log goes to stderr, and only warnings and errors, unless <c>--verbose</c> (all that
/// the Serilog settings let through, and JasperFx's own banner) or <c>--log-level Information</c> asks for more.
/// </summary>
public sealed class CommandLine
{
    const string VerboseFlag = "--verbose";

    static readonly string[] logLevelFlags = ["--log-level", "-l"];

    CommandLine(string[] arguments, bool verbose, LogEventLevel? logLevel)
    {
        Arguments = arguments;
        Verbose = verbose;
        IsCommand = arguments is [var first, ..] && !first.StartsWith('-') && !first.Equals("run", StringComparison.OrdinalIgnoreCase);
        LowestLevel = logLevel ?? (verbose || !IsCommand ? LogEventLevel.Verbose : LogEventLevel.Warning);
    }

    /// <summary>The arguments for the host and JasperFx, without the logging flags: JasperFx lists them for every command, the app applies them.</summary>
    public string[] Arguments { get; }

    public bool Verbose { get; }

    /// <summary>No arguments, only flags (<c>--urls</c>…) or <c>run</c>: the web app; anything else names a command.</summary>
    public bool IsCommand { get; }

    /// <summary>The lowest level written to the console.</summary>
    public LogEventLevel LowestLevel { get; }

    public static CommandLine Parse(string[] args)
    {
        var kept = new List<string>();
        LogEventLevel? level = null;
        for (var index = 0; index < args.Length; index++)
        {
            if (logLevelFlags.Contains(args[index]) && index + 1 < args.Length && Enum.TryParse<LogLevel>(args[index + 1], ignoreCase: true, out var named))
            {
                level = named switch
                {
                    LogLevel.Trace => LogEventLevel.Verbose,
                    LogLevel.Debug => LogEventLevel.Debug,
                    LogLevel.Information => LogEventLevel.Information,
                    LogLevel.Warning => LogEventLevel.Warning,
                    LogLevel.Error => LogEventLevel.Error,
                    _ => LogEventLevel.Fatal,
                };
                index++;
            }
            else if (args[index] != VerboseFlag)
            {
                kept.Add(args[index]);
            }
        }

        return new CommandLine([.. kept], args.Contains(VerboseFlag), level);
    }

    /// <summary>Runs the command (or the web app) through JasperFx, without its command discovery banner unless verbose.</summary>
    public Task<int> Run(WebApplication app)
    {
        if (!Verbose)
        {
            AnsiConsole.Console.Pipeline.Attach(new DiscoveryBanner());
        }

        return app.RunJasperFxCommands(Arguments);
    }

    /// <summary>
    /// JasperFx writes "Searching '…' for commands" for every assembly it scans, then a blank line, before any
    /// command runs: those renderings are dropped, and everything from the first other one on is written.
    /// </summary>
    sealed class DiscoveryBanner : IRenderHook
    {
        bool over;
        bool seen;

        public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables)
        {
            if (over)
            {
                return renderables;
            }

            var kept = new List<IRenderable>();
            foreach (var renderable in renderables)
            {
                if (over)
                {
                    kept.Add(renderable);
                    continue;
                }

                var text = string.Concat(renderable.Render(options, int.MaxValue).Select(segment => segment.Text)).Trim();
                if (text.StartsWith("Searching '", StringComparison.Ordinal) && text.EndsWith("for commands", StringComparison.Ordinal))
                {
                    seen = true;
                    continue;
                }

                over = true;
                if (!(seen && text.Length == 0))
                {
                    kept.Add(renderable);
                }
            }

            return kept;
        }
    }
}
