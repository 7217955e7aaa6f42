using System.Collections.Concurrent;
using System.Reflection;

namespace Oversight.Common;

/// <summary>
/// The Vietnamese name of an enum value, written beside the value in the feature that owns it; a test checks that
/// no value of a user-facing enum lacks one. <see cref="Phrase"/> is how a sentence names it ("làm việc với").
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class LabelAttribute(string text) : Attribute
{
    public string Text { get; } = text;

    public string? Phrase { get; init; }
}

public static class Labels
{
    static readonly ConcurrentDictionary<Enum, LabelAttribute> found = new();

    /// <summary>The value's label; for a set of flags, the labels of the flags set, joined.</summary>
    public static string Of(Enum value) =>
        value.GetType().IsDefined(typeof(FlagsAttribute), false)
            ? string.Join(", ", Enum.GetValues(value.GetType()).Cast<Enum>().Where(flag => Convert.ToInt64(flag) != 0 && value.HasFlag(flag)).Select(Find)
                .Select(label => label.Text))
            : Find(value).Text;

    /// <summary>How a sentence names the value: its phrase, or its label in lower case.</summary>
    public static string Phrase(Enum value) => Find(value) is { Phrase: { } phrase } ? phrase : Find(value).Text.ToLowerInvariant();

    /// <summary>Whether a value has its label (the test over every user-facing enum asks).</summary>
    public static bool Has(Enum value) => Attribute(value) is not null;

    static LabelAttribute Find(Enum value) => found.GetOrAdd(value, missing =>
        Attribute(missing) ?? throw new InvalidOperationException($"{missing.GetType().Name}.{missing} has no [Label]."));

    static LabelAttribute? Attribute(Enum value) => value.GetType().GetField(value.ToString())?.GetCustomAttribute<LabelAttribute>();
}
