using System.Net;
using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Accounts;
using Oversight.Tests.Support;
using Wolverine;

namespace Oversight.Tests.Security;

public sealed class SignInTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task Signing_in_gives_a_protected_cookie_that_the_API_accepts_until_sign_out()
    {
        var result = await SignInAttempt(People.SecretariatA.UserName.ToUpperInvariant(), People.Password);
        result.Context.Response.StatusCode.ShouldBe(200);
        (await result.Read<Me>()).Role.ShouldBe(Role.Secretariat);
        var setCookie = result.Context.Response.Headers.SetCookie.ToString();
        setCookie.ShouldContain("httponly", Case.Insensitive);
        setCookie.ShouldContain("samesite=lax", Case.Insensitive);
        var cookie = setCookie[..setCookie.IndexOf(';')];

        var me = await Host.GetJson<Me>("/api/account", cookie);
        me.ShouldSatisfyAllConditions(
            () => me.UserName.ShouldBe(People.SecretariatA.UserName),
            () => me.CouncilId.ShouldBe(People.CouncilA),
            () => me.Capabilities.ShouldContain(Capability.ManageProgrammes));
        Fixture.Log.Where("Signed in {UserName}", "UserName", People.SecretariatA.UserName).ShouldNotBeEmpty();

        await Host.Scenario(scenario =>
        {
            scenario.WithCookie(cookie);
            scenario.Post.Url("/api/account/sign-out");
            scenario.StatusCodeShouldBe(204);
        });
    }

    [Fact]
    public async Task A_wrong_password_is_a_Vietnamese_401_and_repeated_ones_lock_the_account_until_an_administrator_unlocks_it()
    {
        var wrong = await SignInAttempt(People.ViewerA.UserName, "sai-mat-khau-roi");
        wrong.Context.Response.StatusCode.ShouldBe(401);
        (await wrong.ReadAsTextAsync()).ShouldContain("Tên đăng nhập hoặc mật khẩu không đúng.");
        // An unknown name answers exactly like a wrong password: nobody learns which names exist.
        var unknown = await SignInAttempt("khong-co-ai", "sai-mat-khau-roi");
        unknown.Context.Response.StatusCode.ShouldBe(401);
        (await unknown.ReadAsTextAsync()).ShouldContain("Tên đăng nhập hoặc mật khẩu không đúng.");
        await SignInAttempt(People.ViewerA.UserName, "sai-mat-khau-roi");

        for (var attempt = 3; attempt <= 5; attempt++)
        {
            await SignInAttempt(People.ViewerA.UserName, "sai-mat-khau-roi");
        }

        var locked = await SignInAttempt(People.ViewerA.UserName, People.Password);
        locked.Context.Response.StatusCode.ShouldBe(423);
        (await locked.ReadAsTextAsync()).ShouldContain("Tài khoản tạm khóa");
        Fixture.Log.Where("Sign-in failed for {UserName}", "UserName", People.ViewerA.UserName).Count.ShouldBeGreaterThanOrEqualTo(5);

        await Host.SendAs(People.AdminA, HttpMethod.Put, $"/api/accounts/{People.ViewerA.Id}", new { unlock = true }, 200);
        (await SignInAttempt(People.ViewerA.UserName, People.Password)).Context.Response.StatusCode.ShouldBe(200);
    }

    [Fact]
    public async Task The_attempt_before_the_lockout_warns_and_an_unknown_name_gets_the_very_same_answers()
    {
        const string warning = "Tên đăng nhập hoặc mật khẩu không đúng. Nếu nhập sai thêm một lần nữa, tài khoản sẽ bị tạm khóa 15 phút.";
        foreach (var userName in new[] { People.ViewerA.UserName, $"chua-tung-co-{Guid.NewGuid():N}" })
        {
            var answers = new List<(int Status, string Detail)>();
            for (var attempt = 1; attempt <= 5; attempt++)
            {
                var result = await SignInAttempt(userName, "sai-mat-khau-roi");
                answers.Add((result.Context.Response.StatusCode, (await result.ReadAsJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>())!.Detail!));
            }

            answers.Take(4).ShouldBe([.. Enumerable.Repeat((401, "Tên đăng nhập hoặc mật khẩu không đúng."), 3), (401, warning)], userName);
            answers[4].Status.ShouldBe(423, userName);
            answers[4].Detail!.StartsWith("Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần; hãy thử lại sau ").ShouldBeTrue(userName);
            (await SignInAttempt(userName, People.Password)).Context.Response.StatusCode.ShouldBe(423, userName);
        }
    }

    [Fact]
    public async Task Too_many_sign_in_requests_from_one_address_are_refused_with_429()
    {
        var address = IPAddress.Parse("10.20.30.40");
        var statuses = new List<int>();
        for (var attempt = 0; attempt < 61; attempt++)
        {
            var result = await Host.Scenario(scenario =>
            {
                scenario.WithCookie(Support.Access.NoSignIn);
                scenario.ConfigureHttpContext(context => context.Connection.RemoteIpAddress = address);
                // A name per attempt: one unknown name tried again and again is locked like an account (see the next test).
                scenario.Post.Json(new { userName = $"khong-co-ai-{attempt}", password = "sai-mat-khau-roi" }).ToUrl("/api/account/sign-in");
                scenario.IgnoreStatusCode();
            });
            statuses.Add(result.Context.Response.StatusCode);
            if (statuses[^1] == 429)
            {
                (await result.ReadAsTextAsync()).ShouldContain("Quá nhiều yêu cầu");
            }
        }

        statuses.Take(60).ShouldAllBe(status => status == 401);
        statuses[^1].ShouldBe(429);
        // Another address is not held back by the first one's attempts.
        (await SignInAttempt(People.SecretariatA.UserName, People.Password)).Context.Response.StatusCode.ShouldBe(200);
    }

    [Fact]
    public async Task Disabling_an_account_or_changing_its_password_ends_its_other_sign_ins_at_once()
    {
        var cookie = await Host.SignIn(People.ViewerA.UserName, People.Password);
        await Host.SendAs(People.AdminA, HttpMethod.Put, $"/api/accounts/{People.ViewerA.Id}", new { disabled = true }, 200);
        await Expect401(cookie);
        await Expect401Token(People.ViewerA);
        await Host.SendAs(People.AdminA, HttpMethod.Put, $"/api/accounts/{People.ViewerA.Id}", new { disabled = false }, 200);

        var first = await Host.SignIn(People.ViewerA.UserName, People.Password);
        var second = await Host.SignIn(People.ViewerA.UserName, People.Password);
        await Host.Scenario(scenario =>
        {
            scenario.WithCookie(first);
            scenario.Post.Json(new { currentPassword = People.Password, newPassword = "mat-khau-moi-dai-hon" }).ToUrl("/api/account/password");
            scenario.StatusCodeShouldBe(204);
        });
        await Expect401(second);
        (await SignInAttempt(People.ViewerA.UserName, People.Password)).Context.Response.StatusCode.ShouldBe(401);
        await Host.SignIn(People.ViewerA.UserName, "mat-khau-moi-dai-hon");
    }

    [Fact]
    public async Task An_API_token_works_as_its_account_until_revoked_and_is_stored_only_as_a_hash()
    {
        var cookie = await Host.SignIn(People.ViewerA.UserName, People.Password);
        var created = await Host.Scenario(scenario =>
        {
            scenario.WithCookie(cookie);
            scenario.Post.Json(new { name = "Cổng thông tin", days = 30 }).ToUrl("/api/account/tokens");
        });
        var token = await created.Read<CreatedApiToken>();
        token.Token.ShouldStartWith(ApiTokenAuthentication.Prefix);

        var me = await Host.Scenario(scenario =>
        {
            scenario.WithRequestHeader("Authorization", $"Bearer {token.Token}");
            scenario.Get.Url("/api/account");
        });
        (await me.Read<Me>()).UserName.ShouldBe(People.ViewerA.UserName);

        await using (var session = Fixture.Store.QuerySession())
        {
            var stored = await session.Query<ApiToken>().Where(candidate => candidate.Name == "Cổng thông tin").SingleAsync();
            stored.Id.ShouldBe(ApiTokenAuthentication.Hash(token.Token));
            stored.Id.ShouldNotContain(token.Token);
        }

        await Host.SendAs(People.ViewerA, HttpMethod.Delete, $"/api/account/tokens/{token.Details.Id}", null, 204);
        await Host.Scenario(scenario =>
        {
            scenario.WithRequestHeader("Authorization", $"Bearer {token.Token}");
            scenario.Get.Url("/api/account");
            scenario.StatusCodeShouldBe(401);
        });
    }

    [Fact]
    public async Task Denials_are_logged_and_answered_in_Vietnamese()
    {
        var denied = await Host.Scenario(scenario =>
        {
            scenario.As(People.AgencyA);
            scenario.Get.Url("/api/programmes");
            scenario.StatusCodeShouldBe(403);
        });
        (await denied.ReadAsTextAsync()).ShouldContain("không được phép");
        Fixture.Log.Where("Permission denied", "UserName", People.AgencyA.UserName).ShouldNotBeEmpty();

        var anonymous = await Host.Scenario(scenario =>
        {
            scenario.As(null);
            scenario.Get.Url("/api/programmes");
            scenario.StatusCodeShouldBe(401);
        });
        (await anonymous.ReadAsTextAsync()).ShouldContain("Chưa đăng nhập");
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_cross_site_API_writes_are_refused()
    {
        var page = await Host.Scenario(scenario =>
        {
            scenario.As(null);
            scenario.Get.Url("/dang-nhap");
        });
        var headers = page.Context.Response.Headers;
        headers.XContentTypeOptions.ToString().ShouldBe("nosniff");
        headers.XFrameOptions.ToString().ShouldBe("DENY");
        headers.ContentSecurityPolicy.ToString().ShouldContain("frame-ancestors 'none'");
        headers["Referrer-Policy"].ToString().ShouldBe("same-origin");

        await Host.Scenario(scenario =>
        {
            scenario.WithRequestHeader("Origin", "https://trang-la.example");
            scenario.Post.Json(Programmes.ProgrammeStory.Creation()).ToUrl("/api/programmes");
            scenario.StatusCodeShouldBe(403);
        });
        (await Host.GetJson<List<Oversight.Programmes.Listing.ProgrammeSummary>>("/api/programmes")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Single_sign_on_is_offered_only_when_a_provider_is_configured()
    {
        (await (await Host.Scenario(scenario =>
        {
            scenario.As(null);
            scenario.Get.Url("/dang-nhap");
        })).ReadAsTextAsync()).ShouldNotContain("Đăng nhập một lần");

        await using var configured = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Oversight", Fixture.ConnectionString);
            builder.UseSetting("Authentication:OpenIdConnect:Authority", "https://sso.example.gov.vn");
            builder.UseSetting("Authentication:OpenIdConnect:ClientId", "giam-sat-hdnd");
            builder.ConfigureServices(services => services.RunWolverineInSoloMode());
        });
        var schemes = configured.Services.GetRequiredService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>();
        (await schemes.GetSchemeAsync(OpenIdConnectSignIn.Scheme)).ShouldNotBeNull();
        (await (await configured.Scenario(scenario => scenario.Get.Url("/dang-nhap"))).ReadAsTextAsync()).ShouldContain("Đăng nhập một lần (SSO)");
    }

    Task<IScenarioResult> SignInAttempt(string userName, string password) => Host.Scenario(scenario =>
    {
        scenario.WithCookie(Support.Access.NoSignIn);
        scenario.Post.Json(new { userName, password }).ToUrl("/api/account/sign-in");
        scenario.IgnoreStatusCode();
    });

    Task Expect401(string cookie) => Host.Scenario(scenario =>
    {
        scenario.WithCookie(cookie);
        scenario.Get.Url("/api/account");
        scenario.StatusCodeShouldBe(401);
    });

    Task Expect401Token(Person person) => Host.Scenario(scenario =>
    {
        scenario.As(person);
        scenario.Get.Url("/api/account");
        scenario.StatusCodeShouldBe(401);
    });
}
