using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Oversight.Tests.Support;

/// <summary>The app's Serilog events, kept for tests that check what is logged.</summary>
public sealed class CapturedLog : ILogEventSink
{
    readonly ConcurrentQueue<LogEvent> events = new();

    public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

    /// <summary>Events logged from this message template on, with the given property value.</summary>
    public IReadOnlyList<LogEvent> Where(string templateStart, string property, string value) =>
        [.. events.Where(logEvent => logEvent.MessageTemplate.Text.StartsWith(templateStart)
            && logEvent.Properties.TryGetValue(property, out var logged) && logged is ScalarValue { Value: var scalar } && scalar?.ToString() == value)];
}
