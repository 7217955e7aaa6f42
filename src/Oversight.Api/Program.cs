using Oversight.Backups;
using Oversight.Hosting;
using Oversight.Samples;
using Oversight.Web;

// Template authors need neither database nor web host: this command runs before either exists.
if (args is ["templates", .. var templateArguments])
{
    return JasperFx.CommandLine.CommandExecutor.ExecuteCommand<Oversight.Documents.TemplatesCommand>(templateArguments);
}

var commandLine = CommandLine.Parse(args);
try
{
    var builder = WebApplication.CreateBuilder(commandLine.Arguments);
    builder.Services.AddSingleton(commandLine);
    builder.AddOversightLogging(commandLine);
    builder.AddOversightPersistence();
    builder.AddOversightWeb();
    builder.AddOversightSecurity();

    var app = builder.Build();
    app.UseOversightWeb();
    return await commandLine.Run(app);
}
catch (Exception exception) when (exception.FindPrivatePostgresProblem() is { } problem)
{
    // A missing or locked private database is an operator's mistake: say how to fix it, no stack trace.
    Console.Error.WriteLine(problem.Message);
    return 1;
}

public partial class Program;
