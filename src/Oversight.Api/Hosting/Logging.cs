using Oversight.Common;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Oversight.Hosting;

public static class Logging
{
    /// <summary>
    /// Serilog to the console: readable lines, or one JSON object a line when <c>Logging:Json</c> is true.
    /// A command's log goes to stderr, so that stdout holds only what the command itself prints; without
    /// <c>--verbose</c> or <c>--log-level</c>, only its warnings and errors.
    /// </summary>
    public static WebApplicationBuilder AddOversightLogging(this WebApplicationBuilder builder, CommandLine commandLine)
    {
        var json = builder.Configuration.GetValue<bool>("Logging:Json");
        var lowest = commandLine.LowestLevel;
        LogEventLevel? toStandardError = commandLine.IsCommand ? LogEventLevel.Verbose : null;
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                // Wolverine logs every failed invocation; a refused command is the decider's answer, not an error.
                .Filter.ByExcluding(logEvent => logEvent.Exception is Refusal);
            if (json)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter(), lowest, standardErrorFromLevel: toStandardError);
            }
            else
            {
                logger.WriteTo.Console(lowest, "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                    standardErrorFromLevel: toStandardError);
            }
        }, preserveStaticLogger: true); // each host its own logger: tests run several hosts in one process
        return builder;
    }
}
