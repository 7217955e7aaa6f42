namespace Oversight.Common;

/// <summary>
/// A command that cannot be carried out, with what a person should be told in Vietnamese. Deciders
/// throw it; the API answers it as ProblemDetails and pages show it beside the form.
/// </summary>
public sealed class Refusal(int status, string detail, IReadOnlyDictionary<string, string>? errors = null) : Exception(detail)
{
    public int Status { get; } = status;

    public IReadOnlyDictionary<string, string> Errors { get; } = errors ?? new Dictionary<string, string>();

    /// <summary>400: the input itself is wrong; each entry names a field.</summary>
    public static Refusal Invalid(IReadOnlyDictionary<string, string> errors) => new(400, string.Join(" ", errors.Values), errors);

    public static Refusal Invalid(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });

    /// <summary>404: what the command refers to does not exist.</summary>
    public static Refusal NotFound(string detail) => new(404, detail);

    /// <summary>403: this person may not do it.</summary>
    public static Refusal Forbidden(string detail) => new(403, detail);

    /// <summary>409: not allowed in the current state; the detail says what to do instead.</summary>
    public static Refusal Conflict(string detail) => new(409, detail);

    /// <summary>412: the edit was made from an older version than the current one.</summary>
    public static Refusal Stale(string detail) => new(412, detail);
}

/// <summary>Collects field errors while a command is checked, then refuses once with all of them.</summary>
public sealed class Checks
{
    readonly Dictionary<string, string> errors = [];

    public Checks Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            errors.TryAdd(field, message);
        }

        return this;
    }

    public Checks Text(string? value, string field, string label, int maxLength = 4000, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Require(!required, field, $"Hãy nhập {label}.");
        }

        return Require(value.Trim().Length <= maxLength, field, $"{Capitalise(label)} dài quá {maxLength} ký tự.");
    }

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw Refusal.Invalid(errors);
        }
    }

    static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
