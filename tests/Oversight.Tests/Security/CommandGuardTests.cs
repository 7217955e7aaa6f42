using Microsoft.Extensions.DependencyInjection;
using Oversight.Accounts;
using Oversight.Tests.Support;
using Wolverine.Runtime;

namespace Oversight.Tests.Security;

/// <summary>Deny by default, checked on the code that runs: every message a person can send is a command that declares its capability and is guarded.</summary>
public sealed class CommandGuardTests(AppFixture fixture) : IntegrationContext(fixture)
{
    /// <summary>Messages the app sends itself (timers, e-mail, daily work); nobody can send them from outside.</summary>
    static readonly string[] internalMessages = ["RecommendationReminder", "SendEmail", "SendDigest"];

    [Fact]
    public void Every_handled_message_is_an_internal_one_or_a_command_whose_generated_handler_checks_its_actor_on_its_target()
    {
        var chains = ((WolverineRuntime)Host.Services.GetRequiredService<IWolverineRuntime>()).Handlers.Chains;
        chains.Length.ShouldBeGreaterThan(40);
        var generated = Directory.GetFiles(Path.Combine(AppProcess.Repository, "src", "Oversight.Api", "Internal", "Generated", "WolverineHandlers"), "*Handler*.cs")
            .ToDictionary(file => Path.GetFileNameWithoutExtension(file), File.ReadAllText);
        var wrong = new List<string>();
        foreach (var chain in chains)
        {
            var type = chain.MessageType;
            // Stored events, read back by the notifications' subscription (IEvent<T>), are the app's own too.
            if (internalMessages.Contains(type.Name) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(JasperFx.Events.IEvent<>)))
            {
                continue;
            }

            if (RequiresAttribute.Of(type) is null)
            {
                wrong.Add($"{type.Name} declares no [Requires]");
            }

            var code = generated.Where(file => file.Key.StartsWith(type.Name + "Handler", StringComparison.Ordinal)).Select(file => file.Value).SingleOrDefault();
            if (code is null || !code.Contains("Oversight.Accounts.CommandGuard."))
            {
                wrong.Add($"{type.Name}: its handler loads no [WriteTarget]/[ReadTarget] and is not [Untargeted]");
            }
        }

        wrong.ShouldBeEmpty();
    }
}
