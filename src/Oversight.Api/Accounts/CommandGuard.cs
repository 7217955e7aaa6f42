using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Claims;
using System.Text.Json;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.MultiTenancy;
using JasperFx.CodeGeneration.Frames;
using JasperFx.CodeGeneration.Model;
using Marten;
using Oversight.Common;
using Oversight.Programmes;
using Wolverine;
using Wolverine.Attributes;
using Wolverine.Configuration;
using Wolverine.Marten;
using Wolverine.Persistence;
using Wolverine.Runtime;
using Wolverine.Runtime.Handlers;

namespace Oversight.Accounts;

/// <summary>The capability a command needs, declared once on the command (for a programme's step, through its action).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresAttribute : Attribute
{
    public RequiresAttribute(Capability capability) => Capability = capability;

    public RequiresAttribute(ProgrammeAction action) => Capability = ProgrammeStates.CapabilityFor(action);

    public Capability Capability { get; }

    public static Capability? Of(Type command) => command.GetCustomAttribute<RequiresAttribute>()?.Capability;
}

/// <summary>
/// Sends commands on behalf of a person. The actor travels with the command (an envelope header the API never
/// reads from a request), and so may the record a page is about: a command a page sends must act on that record.
/// </summary>
public static class Commands
{
    const string ActorHeader = "oversight-actor";
    const string ScopeHeader = "oversight-scope";

    public static Task SendAsync(this IMessageBus bus, Actor actor, object command, Guid? scope = null, CancellationToken cancellation = default) =>
        bus.InvokeAsync(command, Options(bus, actor, scope), cancellation);

    public static Task<T> SendAsync<T>(this IMessageBus bus, Actor actor, object command, Guid? scope = null, CancellationToken cancellation = default) =>
        bus.InvokeAsync<T>(command, Options(bus, actor, scope), cancellation);

    public static Task SendAsync(this IMessageBus bus, ClaimsPrincipal user, object command, CancellationToken cancellation = default) =>
        bus.SendAsync(Actor.Of(user), command, null, cancellation);

    /// <summary>A command a handler sends on (cascades) in the name of the person whose command it handles.</summary>
    public static DeliveryMessage<T> OnBehalfOf<T>(Actor actor, T command) => command.WithDeliveryOptions(Options(null, actor, null));

    static DeliveryOptions Options(IMessageBus? bus, Actor actor, Guid? scope)
    {
        // Wolverine relays the sender's user name onto the events (the audit trail's "who").
        if (bus is MessageContext context)
        {
            context.UserName = actor.UserName;
        }

        // A system administrator belongs to no council: their commands (the holidays) are the deployment's own.
        var options = new DeliveryOptions { TenantId = actor.CouncilId ?? StorageConstants.DefaultTenantId };
        options.Headers[ActorHeader] = JsonSerializer.Serialize(actor);
        if (scope is { } id)
        {
            options.Headers[ScopeHeader] = id.ToString();
        }

        return options;
    }

    /// <summary>Who sent the command; a command that names nobody, or another council than its own, is refused.</summary>
    public static Actor ActorOf(Envelope envelope)
    {
        var actor = envelope.Headers.TryGetValue(ActorHeader, out var json) && json is not null ? JsonSerializer.Deserialize<Actor>(json) : null;
        if (actor is null || (actor.CouncilId ?? StorageConstants.DefaultTenantId) != (envelope.TenantId ?? StorageConstants.DefaultTenantId))
        {
            throw Refusal.Forbidden(Access.Denied);
        }

        return actor;
    }

    /// <summary>Refuses a command sent from the page of one record that acts on another one.</summary>
    public static void EnsureInScope(Envelope envelope, IReadOnlyList<IAccessTarget> targets)
    {
        if (envelope.Headers.TryGetValue(ScopeHeader, out var scope) && !targets.Any(target => target.Id.ToString() == scope))
        {
            throw Refusal.Forbidden("Mục được chọn không thuộc trang đang mở; hãy tải lại trang rồi thử lại.");
        }
    }
}

/// <summary>
/// The authorization point of every command: code generated into its handler, right after the handler loads the
/// command's target and before the decision, checks the actor against that very record (<see cref="Access"/>).
/// The decider receives the actor it returns.
/// </summary>
public static class CommandGuard
{
    static readonly ConcurrentDictionary<Type, Capability> capabilities = new();

    /// <summary>The person may send this command about this record (or the records that decide for it, <see cref="AccessTargets"/>).</summary>
    public static async Task<Actor> Targeted<TCommand, TTarget>(Envelope envelope, TTarget record, IDocumentSession session, CancellationToken cancellation)
        where TTarget : notnull
    {
        var actor = Commands.ActorOf(envelope);
        var targets = await AccessTargets.Of(record, session, cancellation);
        Commands.EnsureInScope(envelope, targets);
        Access.Ensure(actor, capabilities.GetOrAdd(typeof(TCommand), Required), targets);
        return actor;
    }

    /// <summary>A command about no single record (a new programme, a template, the holidays): never one for the roles bound to their own records.</summary>
    public static Actor Untargeted<TCommand>(Envelope envelope)
    {
        var actor = Commands.ActorOf(envelope);
        Access.Ensure(actor, capabilities.GetOrAdd(typeof(TCommand), Required), []);
        return actor;
    }

    /// <summary>A command about the sender's own account (password, tokens, single sign-on): every role may act on theirs.</summary>
    public static Actor OwnAccount<TCommand>(Envelope envelope)
    {
        var actor = Commands.ActorOf(envelope);
        Access.Ensure(actor, capabilities.GetOrAdd(typeof(TCommand), Required), [new OwnAccountTarget(actor.AccountId)]);
        return actor;
    }

    sealed record OwnAccountTarget(Guid Id) : IAccessTarget
    {
        public bool Admits(Actor actor) => actor.AccountId == Id;
    }

    static Capability Required(Type command) =>
        RequiresAttribute.Of(command) ?? throw new InvalidOperationException($"{command.Name} does not declare [Requires]: it cannot be authorized.");

    internal static void Add(IChain chain, Type target)
    {
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(JasperFx.Events.IEventStream<>))
        {
            target = target.GetGenericArguments()[0];
        }

        var command = chain.InputType() ?? throw new InvalidOperationException("A guarded parameter outside a handler.");
        chain.Middleware.Add(new MethodCall(typeof(CommandGuard), typeof(CommandGuard).GetMethod(nameof(Targeted))!.MakeGenericMethod(command, target)));
    }

    internal static void AddGuard(IChain chain, string guard) =>
        chain.Middleware.Add(new MethodCall(typeof(CommandGuard), typeof(CommandGuard).GetMethod(guard)!.MakeGenericMethod(chain.InputType()!)));
}

/// <summary>The command's target, loaded for writing its stream, then checked against the actor (<see cref="CommandGuard"/>).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class WriteTargetAttribute : WriteAggregateAttribute
{
    public WriteTargetAttribute() => OnMissing = Wolverine.Persistence.OnMissing.ThrowException;

    public override Variable Modify(IChain chain, ParameterInfo parameter, IServiceContainer container, GenerationRules rules)
    {
        var aggregate = base.Modify(chain, parameter, container, rules);
        CommandGuard.Add(chain, parameter.ParameterType);
        return aggregate;
    }
}

/// <summary>The command's target, read (another stream is written), then checked against the actor (<see cref="CommandGuard"/>).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ReadTargetAttribute : ReadAggregateAttribute
{
    public ReadTargetAttribute() => OnMissing = Wolverine.Persistence.OnMissing.ThrowException;

    public override Variable Modify(IChain chain, ParameterInfo parameter, IServiceContainer container, GenerationRules rules)
    {
        var aggregate = base.Modify(chain, parameter, container, rules);
        CommandGuard.Add(chain, parameter.ParameterType);
        return aggregate;
    }
}

/// <summary>Marks the handler of a command about no single record: the actor is checked before anything is loaded.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UntargetedAttribute : ModifyHandlerChainAttribute
{
    public override void Modify(HandlerChain chain, GenerationRules rules) => CommandGuard.AddGuard(chain, nameof(CommandGuard.Untargeted));
}

/// <summary>Marks the handler of a command about the sender's own account: it acts on nobody else's.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnOwnAccountAttribute : ModifyHandlerChainAttribute
{
    public override void Modify(HandlerChain chain, GenerationRules rules) => CommandGuard.AddGuard(chain, nameof(CommandGuard.OwnAccount));
}
