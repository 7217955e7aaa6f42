using System.Reflection;
using Oversight.Common;

namespace Oversight.Accounts;

/// <summary>
/// What a password must be: long enough to resist guessing, not the user name, not one of the passwords people
/// reach for first (the shipped <c>common-passwords.txt</c>), and not a pattern (one character repeated, a short
/// piece repeated, a run of consecutive digits or letters). Lockout and the rate limit do the rest.
/// </summary>
public static class Passwords
{
    public const int MinLength = 12;
    public const int MaxLength = 200;

    static readonly Lazy<HashSet<string>> common = new(Load);

    public static Checks Check(Checks checks, string? password, string? userName, string field = "password")
    {
        if (password is null || password.Length < MinLength)
        {
            return checks.Require(false, field, $"Mật khẩu phải có ít nhất {MinLength} ký tự.");
        }

        var folded = password.Trim().ToLowerInvariant();
        return checks
            .Require(password.Length <= MaxLength, field, $"Mật khẩu dài quá {MaxLength} ký tự.")
            .Require(userName is null || !folded.Contains(userName.Trim().ToLowerInvariant()), field, "Mật khẩu không được chứa tên đăng nhập.")
            .Require(!IsCommon(folded), field, "Mật khẩu này nằm trong danh sách mật khẩu phổ biến, dễ bị đoán; hãy chọn mật khẩu khác (ví dụ một câu ngắn dễ nhớ).")
            .Require(!IsPattern(folded), field, "Mật khẩu chỉ là một ký tự hoặc một đoạn lặp lại, hay một dãy liên tiếp (123456…, abcdef…); hãy chọn mật khẩu khác.");
    }

    public static bool IsCommon(string password) => common.Value.Contains(password.Trim().ToLowerInvariant());

    /// <summary>One character or one short piece repeated ("aaaaaaaaaaaa", "abcabcabcabc"), or a run going up or down by one ("123456789012").</summary>
    static bool IsPattern(string password)
    {
        for (var period = 1; period <= password.Length / 2; period++)
        {
            if (password.Length % period == 0 && password.AsSpan(period).SequenceEqual(password.AsSpan(0, password.Length - period)))
            {
                return true;
            }
        }

        bool Run(int step) => password.Zip(password.Skip(1)).All(pair => pair.Second - pair.First == step || (char.IsDigit(pair.First) && char.IsDigit(pair.Second)
            && (pair.Second - '0' - (pair.First - '0') + 10) % 10 == (step + 10) % 10));
        return Run(1) || Run(-1);
    }

    static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Oversight.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the build.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                passwords.Add(line.Trim().ToLowerInvariant());
            }
        }

        return passwords;
    }
}
