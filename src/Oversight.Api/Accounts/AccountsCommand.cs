using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Identity;
using Oversight.Common;

namespace Oversight.Accounts;

public sealed class AccountsInput : NetCoreInput
{
    [Description("Tên đăng nhập của tài khoản mới")]
    public string UserName { get; set; } = "";

    [Description("Vai trò: SystemAdministrator, CouncilAdministrator, Secretariat, DelegationMember, AgencyUser, Viewer")]
    public Role RoleFlag { get; set; } = Role.SystemAdministrator;

    [Description("Họ và tên")]
    public string? FullNameFlag { get; set; }

    [Description("Mã HĐND (mọi vai trò trừ quản trị hệ thống)")]
    public string? CouncilFlag { get; set; }

    [Description("Tên cơ quan (vai trò AgencyUser)")]
    public string? AgencyFlag { get; set; }
}

/// <summary>
/// Creates an account from the command line, typically the first system administrator. The password comes from
/// the environment variable OVERSIGHT_PASSWORD or is typed in: it never appears in the command line or in a default.
/// </summary>
[Description("Tạo tài khoản (ví dụ quản trị hệ thống đầu tiên); mật khẩu lấy từ biến môi trường OVERSIGHT_PASSWORD hoặc nhập vào", Name = "accounts")]
public sealed class AccountsCommand : JasperFxAsyncCommand<AccountsInput>
{
    public const string PasswordVariable = "OVERSIGHT_PASSWORD";

    public AccountsCommand() => Usage("Tạo tài khoản").Arguments(input => input.UserName);

    public override async Task<bool> Execute(AccountsInput input)
    {
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            Console.Write("Mật khẩu: ");
            password = Console.IsInputRedirected ? Console.ReadLine() : ReadHidden();
        }

        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        try
        {
            await using var session = store.LightweightSession();
            var system = new Actor(Guid.Empty, "cli", "Dòng lệnh", Role.SystemAdministrator, null, null);
            var account = await CreateAccountHandler.Create(system,
                new NewAccount(input.UserName, input.FullNameFlag ?? input.UserName, input.RoleFlag, input.CouncilFlag, input.AgencyFlag, password), session,
                host.Services.GetRequiredService<IPasswordHasher<Account>>(), TimeProvider.System, CancellationToken.None);
            await session.SaveChangesAsync();
            Console.WriteLine($"Đã tạo tài khoản {account.UserName} ({Labels.Of(account.Role)}).");
            return true;
        }
        catch (Refusal refusal)
        {
            Console.Error.WriteLine(refusal.Message);
            return false;
        }
    }

    static string ReadHidden()
    {
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
            {
                typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return typed.ToString();
    }
}
