namespace Oversight.Common;

/// <summary>
/// A command that cannot be carried out, with what a person should be told in Vietnamese. Deciders
/// throw it; the API answers it as ProblemDetails and pages show it beside the form.
/// </summary>
public sealed class Refusal(int status, string detail, IReadOnlyDictionary<string, string>? errors = null) : Exception(detail)
{
    public int Status { get; } = status;

    public IReadOnlyDictionary<string, string> Errors { get; } = errors ?? new Dictionary<string, string>();

    /// <summary>When the client may try again (sent as <c>Retry-After</c>), for a refusal that passes with time.</summary>
    public TimeSpan? RetryAfter { get; private init; }

    /// <summary>400: the input itself is wrong; each entry names a field.</summary>
    public static Refusal Invalid(IReadOnlyDictionary<string, string> errors) => new(400, string.Join(" ", errors.Values), errors);

    public static Refusal Invalid(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });

    /// <summary>404: what the command refers to does not exist.</summary>
    public static Refusal NotFound(string detail) => new(404, detail);

    /// <summary>403: this person may not do it.</summary>
    public static Refusal Forbidden(string detail) => new(403, detail);

    /// <summary>409: not allowed in the current state; the detail says what to do instead.</summary>
    public static Refusal Conflict(string detail) => new(409, detail);

    /// <summary>503: the server cannot do it now (a missing or overloaded tool); nothing was changed.</summary>
    public static Refusal Unavailable(string detail, TimeSpan? retryAfter = null) => new(503, detail) { RetryAfter = retryAfter };

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

        // Text is stored as sent, spaces and line breaks included: the limit is on what is stored.
        return Require(value.Length <= maxLength, field, $"{Capitalise(label)} dài quá {maxLength} ký tự.");
    }

    /// <summary>
    /// A one-line identifier (a user name, a document number, the name of an agency or a person): one line, no
    /// bidirectional controls, which can make a name read as another (<see cref="Bidi"/>), and no spaces around it, which
    /// would make "Sở Y tế " another agency than "Sở Y tế" (refused rather than trimmed: text is stored as sent).
    /// </summary>
    public Checks Identifier(string? value, string field, string label, int maxLength = 200, bool required = true) =>
        Text(value, field, label, maxLength, required)
            .Require(value is null || (!Bidi.Has(value) && !value.Contains('\n') && !value.Contains('\r')), field,
                $"{Capitalise(label)} phải nằm trên một dòng và không chứa ký tự điều khiển hướng chữ.")
            .Require(string.IsNullOrWhiteSpace(value) || value.Trim().Length == value.Length, field,
                $"{Capitalise(label)} không được bắt đầu hoặc kết thúc bằng khoảng trắng.");

    /// <summary>The messages collected so far (a check applied line by line reports them under its line).</summary>
    public IReadOnlyCollection<string> Messages => errors.Values;

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw Refusal.Invalid(errors);
        }
    }

    static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>The Unicode controls that reorder text (U+202A–U+202E, U+2066–U+2069): "gpj.exe" can read as "exe.jpg".</summary>
public static class Bidi
{
    public static bool Has(string text) => text.Any(IsControl);

    public static string Strip(string text) => Has(text) ? new string([.. text.Where(c => !IsControl(c))]) : text;

    static bool IsControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
