using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Accounts;
using Oversight.Tests.Support;

namespace Oversight.Tests.Security;

/// <summary>Sign-in under attack: simultaneous guesses, stolen tokens and cookies, weak passwords, identities claimed by name.</summary>
public sealed class SignInHardeningTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task Thirty_simultaneous_wrong_passwords_lock_the_account_after_the_configured_number()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => SignIn(People.ViewerA.UserName, "sai-mat-khau-roi")));

        // Five wrong passwords in a row lock the account: four are told it was wrong, the fifth and every later one that it is locked.
        attempts.Count(status => status == 401).ShouldBe(4);
        attempts.Count(status => status == 423).ShouldBe(26);
        (await SignIn(People.ViewerA.UserName, People.Password)).ShouldBe(423);
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var account = await session.LoadAsync<Account>(People.ViewerA.Id);
        account!.LockedUntil.ShouldNotBeNull();
        account.FailedSignIns.ShouldBe(0);
    }

    [Fact]
    public async Task A_wrong_current_password_on_a_password_change_counts_toward_the_lockout()
    {
        var cookie = await Host.SignIn(People.ViewerA.UserName, People.Password);
        var statuses = new List<int>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            statuses.Add((await Host.Scenario(scenario =>
            {
                scenario.WithCookie(cookie);
                scenario.Post.Json(new { currentPassword = "khong-phai-mat-khau", newPassword = "mot cau de nho hon nhieu" }).ToUrl("/api/account/password");
                scenario.IgnoreStatusCode();
            })).Context.Response.StatusCode);
        }

        statuses.ShouldBe([400, 400, 400, 400, 423]);
        (await SignIn(People.ViewerA.UserName, People.Password)).ShouldBe(423);
    }

    [Fact]
    public async Task A_token_ends_with_a_password_change_and_a_token_cannot_make_tokens_or_change_the_password()
    {
        var cookie = await Host.SignIn(People.ViewerA.UserName, People.Password);
        var made = await Host.Scenario(scenario =>
        {
            scenario.WithCookie(cookie);
            scenario.Post.Json(new { name = "Phần mềm một cửa", days = 30 }).ToUrl("/api/account/tokens");
        });
        var token = (await made.Read<CreatedApiToken>()).Token;
        (await WithToken(token, HttpMethod.Get, "/api/account")).ShouldBe(200);

        (await WithToken(token, HttpMethod.Post, "/api/account/tokens", new { name = "Token con", days = 1 })).ShouldBe(403);
        (await WithToken(token, HttpMethod.Post, "/api/account/password",
            new { currentPassword = People.Password, newPassword = "mot cau de nho hon nhieu" })).ShouldBe(403);

        await Host.Scenario(scenario =>
        {
            scenario.WithCookie(cookie);
            scenario.Post.Json(new { currentPassword = People.Password, newPassword = "mot cau de nho hon nhieu" }).ToUrl("/api/account/password");
            scenario.StatusCodeShouldBe(204);
        });
        (await WithToken(token, HttpMethod.Get, "/api/account")).ShouldBe(401);

        // A reset by an administrator ends the person's tokens just the same.
        (await WithToken(People.ViewerA.Token, HttpMethod.Get, "/api/account")).ShouldBe(401);
        (await WithToken(People.SecretariatA.Token, HttpMethod.Get, "/api/account")).ShouldBe(200);
        await Host.SendAs(People.AdminA, HttpMethod.Put, $"/api/accounts/{People.SecretariatA.Id}", new { newPassword = "mat khau do quan tri dat lai" }, 200);
        (await WithToken(People.SecretariatA.Token, HttpMethod.Get, "/api/account")).ShouldBe(401);
    }

    [Fact]
    public async Task Signing_out_ends_that_sign_in_on_the_server_and_leaves_the_others()
    {
        var first = await Host.SignIn(People.ViewerA.UserName, People.Password);
        var second = await Host.SignIn(People.ViewerA.UserName, People.Password);
        await Host.Scenario(scenario =>
        {
            scenario.WithCookie(first);
            scenario.Post.Url("/api/account/sign-out");
            scenario.StatusCodeShouldBe(204);
        });

        // A copy of the signed-out cookie (kept by an attacker, or a shared computer's browser) no longer works.
        (await WithCookie(first, "/api/account")).ShouldBe(401);
        (await WithCookie(second, "/api/account")).ShouldBe(200);
    }

    [Theory]
    [InlineData("ngan-qua", "ít nhất 12 ký tự")]
    [InlineData("password1234", "danh sách mật khẩu phổ biến")]
    [InlineData("Matkhau@2026", "danh sách mật khẩu phổ biến")]
    [InlineData("aaaaaaaaaaaaaa", "lặp lại")]
    [InlineData("abcabcabcabcabc", "lặp lại")]
    [InlineData("123456789012", "phổ biến")]
    [InlineData("bcdefghijklmn", "dãy liên tiếp")]
    [InlineData("xem.a-mat-khau-moi", "tên đăng nhập")]
    public async Task Weak_passwords_are_refused_with_the_reason(string password, string reason)
    {
        var cookie = await Host.SignIn(People.ViewerA.UserName, People.Password);
        var refused = await Host.Scenario(scenario =>
        {
            scenario.WithCookie(cookie);
            scenario.Post.Json(new { currentPassword = People.Password, newPassword = password }).ToUrl("/api/account/password");
            scenario.StatusCodeShouldBe(400);
        });
        (await refused.ReadAsTextAsync()).ShouldContain(reason);

        var created = await Host.Scenario(scenario =>
        {
            scenario.As(People.AdminA);
            scenario.Post.Json(new { userName = "xem.a", fullName = "Người mới", role = "Viewer", password }).ToUrl("/api/accounts");
            scenario.StatusCodeShouldBe(400);
        });
        (await created.ReadAsTextAsync()).ShouldContain(reason);
    }

    [Fact]
    public async Task Single_sign_on_finds_the_account_bound_to_the_providers_identity_never_one_named_by_the_provider()
    {
        const string issuer = "https://sso.example.gov.vn/realms/tinh-a";
        var store = Host.Services.GetRequiredService<IDocumentStore>();
        var now = DateTimeOffset.UtcNow;
        async Task<(Account? Account, string Refusal)> Resolve(string subject, string? code = null)
        {
            await using var session = store.LightweightSession();
            return await OpenIdConnectSignIn.Resolve(session, new ExternalLogin(issuer, subject), code, now, CancellationToken.None);
        }

        // The provider's "preferred_username" equal to a local user name binds nothing.
        (await Resolve(People.ViewerA.UserName)).Account.ShouldBeNull();

        // An administrator binds an identity; a second account cannot take the same one.
        await Host.SendAs(People.AdminA, HttpMethod.Put, $"/api/accounts/{People.ViewerA.Id}", new { singleSignOn = new { issuer, subject = "f3a1-42" } }, 200);
        (await Resolve("f3a1-42")).Account!.Id.ShouldBe(People.ViewerA.Id);
        await Host.SendAs(People.AdminA, HttpMethod.Put, $"/api/accounts/{People.MemberA.Id}", new { singleSignOn = new { issuer, subject = "f3a1-42" } }, 409);

        // The person binds their own with a one-time code made while signed in with their password.
        var cookie = await Host.SignIn(People.MemberA.UserName, People.Password);
        var link = await (await Host.Scenario(scenario =>
        {
            scenario.WithCookie(cookie);
            scenario.Post.Url("/api/account/single-sign-on-link");
        })).Read<SingleSignOnLink>();
        var code = link.Url[(link.Url.IndexOf("code=", StringComparison.Ordinal) + 5)..];
        (await Resolve("b77-9", "sai-ma")).Account.ShouldBeNull();
        (await Resolve("b77-9", code)).Account!.Id.ShouldBe(People.MemberA.Id);
        (await Resolve("b77-9")).Account!.Id.ShouldBe(People.MemberA.Id);
        (await Resolve("c00-1", code)).Refusal.ShouldContain("hết hạn");
        (await WithToken(People.MemberA.Token, HttpMethod.Post, "/api/account/single-sign-on-link")).ShouldBe(403);
    }

    Task<int> SignIn(string userName, string password) => Status(scenario =>
    {
        scenario.WithCookie(Support.Access.NoSignIn);
        scenario.Post.Json(new { userName, password }).ToUrl("/api/account/sign-in");
    });

    Task<int> WithCookie(string cookie, string url) => Status(scenario =>
    {
        scenario.WithCookie(cookie);
        scenario.Get.Url(url);
    });

    Task<int> WithToken(string token, HttpMethod method, string url, object? body = null) => Status(scenario =>
    {
        scenario.WithRequestHeader("Authorization", $"Bearer {token}");
        if (method == HttpMethod.Get)
        {
            scenario.Get.Url(url);
        }
        else
        {
            scenario.Post.Json(body ?? new { }).ToUrl(url);
        }
    });

    async Task<int> Status(Action<Scenario> configure) => (await Host.Scenario(scenario =>
    {
        configure(scenario);
        scenario.IgnoreStatusCode();
    })).Context.Response.StatusCode;
}
