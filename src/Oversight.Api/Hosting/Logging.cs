using Oversight.Common;
using Serilog;
using Serilog.Formatting.Compact;

namespace Oversight.Hosting;

public static class Logging
{
    /// <summary>Serilog to the console: readable lines, or one JSON object a line when <c>Logging:Json</c> is true.</summary>
    public static WebApplicationBuilder AddOversightLogging(this WebApplicationBuilder builder)
    {
        var json = builder.Configuration.GetValue<bool>("Logging:Json");
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                // Wolverine logs every failed invocation; a refused command is the decider's answer, not an error.
                .Filter.ByExcluding(logEvent => logEvent.Exception is Refusal);
            if (json)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
            }
        }, preserveStaticLogger: true); // each host its own logger: tests run several hosts in one process
        return builder;
    }
}
