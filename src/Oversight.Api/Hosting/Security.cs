using System.Threading.RateLimiting;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Oversight.Accounts;

namespace Oversight.Hosting;

public static class Security
{
    const string Automatic = "Oversight";

    /// <summary>Cookie sign-in for pages, bearer tokens for integrations, a policy per capability, a rate limit on sign-in.</summary>
    public static WebApplicationBuilder AddOversightSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<SignInSettings>(builder.Configuration.GetSection("SignIn"));
        services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        services.AddScoped<SignInService>();
        services.AddHostedService<FirstAdministrator>();
        services.AddHttpContextAccessor();

        var authentication = services.AddAuthentication(Automatic)
            .AddPolicyScheme(Automatic, "Cookie hoặc token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthentication.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, options =>
            {
                options.Cookie.Name = "oversight.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                // Plain http is tolerated only in development, where the app is reached on the loopback.
                options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                options.SlidingExpiration = true;
                options.LoginPath = "/dang-nhap";
                options.LogoutPath = "/dang-xuat";
                options.AccessDeniedPath = "/loi/403";
                options.Events = new CookieAuthenticationEvents
                {
                    // The API answers 401/403 as ProblemDetails (through the error page); only pages redirect to the sign-in form.
                    OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden),
                    OnValidatePrincipal = ValidateAgainstAccount,
                };
            });
        OpenIdConnectSignIn.AddIfConfigured(authentication, builder.Configuration);
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<SignInSettings>>((options, settings) => options.ExpireTimeSpan = settings.Value.SessionLifetime);

        services.AddSingleton<IAuthorizationHandler, RouteAccess>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, LoggedAuthorizationResults>();
        services.AddAuthorization(options =>
        {
            foreach (var capability in Enum.GetValues<Capability>())
            {
                options.AddPolicy(Permissions.PolicyName(capability), policy => policy.RequireAuthenticatedUser().AddRequirements(new CapabilityRequirement(capability)));
            }

            // An endpoint or page that forgot to declare its capability is still closed to strangers.
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });

        // Behind a reverse proxy the client's address comes from X-Forwarded-For, trusted only from the
        // proxies listed in Web:TrustedProxies (the loopback always): the rate limit and the logs need the real address.
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in builder.Configuration.GetSection("Web:TrustedProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInService.RateLimitPolicy, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<SignInSettings>>().Value;
                // Attempts are posts (showing the form is free). Every request from the network has an address;
                // only in-process calls (tests) have none to limit by.
                return HttpMethods.IsPost(context.Request.Method) && context.Connection.RemoteIpAddress is { } address
                    ? RateLimitPartition.GetFixedWindowLimiter(address.ToString(),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.AttemptsPerMinutePerAddress, Window = TimeSpan.FromMinutes(1) })
                    : RateLimitPartition.GetNoLimiter("in-process");
            });
        });
        return builder;
    }

    public static WebApplication UseOversightSecurity(this WebApplication app)
    {
        app.Use(SecurityHeaders);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseAuthentication();
        app.UseRateLimiter();
        app.Use(RejectCrossSiteApiWrites);
        app.UseAuthorization();
        return app;
    }

    static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (status == StatusCodes.Status401Unauthorized && !context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(SignInAddress(context.Request, context.Options.Cookie.Name!));
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The sign-in form, then back to the page: a form sent after the sign-in ended returns to its page (not to the handler, which
    /// only answers posts), and a request that still carried a sign-in cookie is told that the session ended.
    /// </summary>
    static string SignInAddress(HttpRequest request, string cookie)
    {
        var back = request.PathBase + request.Path + (HttpMethods.IsGet(request.Method) ? request.QueryString : QueryString.Empty);
        var ended = request.Cookies.ContainsKey(cookie) ? "&het-phien=1" : "";
        return $"{request.PathBase}/dang-nhap?ReturnUrl={Uri.EscapeDataString(back)}{ended}";
    }

    /// <summary>A sign-in ends when its account is disabled or its password changes; role and council changes apply at once.</summary>
    static async Task ValidateAgainstAccount(CookieValidatePrincipalContext context)
    {
        var actor = Actor.From(context.Principal!);
        var stamp = context.Principal!.FindFirst(SignInService.StampClaim)?.Value;
        var signIn = context.Principal!.FindFirst(SignInService.SessionClaim)?.Value;
        var services = context.HttpContext.RequestServices;
        async Task<Account?> Load()
        {
            await using var session = services.GetRequiredService<IDocumentStore>().QuerySession();
            return await session.LoadAsync<Account>(actor!.AccountId, context.HttpContext.RequestAborted);
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        Account? account;
        try
        {
            account = actor is null ? null : await AccountCache.Get(actor.AccountId, now, Load);
            if (actor is not null && (account is null || account.Disabled || account.SecurityStamp.ToString() != stamp
                || account.EndedSessions.Any(ended => ended.Id == signIn)))
            {
                // A cached copy only ever confirms a sign-in; before refusing one, look again.
                AccountCache.Forget(actor.AccountId);
                account = await AccountCache.Get(actor.AccountId, now, Load);
            }
        }
        catch (Exception exception) when (DatabaseOutage.Is(exception))
        {
            // Not signed out: the cookie is still good; this request is answered 503.
            DatabaseOutage.Mark(context.HttpContext);
            context.RejectPrincipal();
            return;
        }


        if (account is null || account.Disabled || account.SecurityStamp.ToString() != stamp || signIn is null
            || account.EndedSessions.Any(ended => ended.Id == signIn))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        if (account.ToActor() != actor)
        {
            context.ReplacePrincipal(SignInService.CookiePrincipal(account, signIn));
            context.ShouldRenew = true;
        }
    }

    static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; " +
            "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    }

    /// <summary>
    /// The API accepts the sign-in cookie, so a write that a page of another site makes the browser send is
    /// refused (the cookie is SameSite=Lax as well; pages carry antiforgery tokens instead).
    /// </summary>
    static Task RejectCrossSiteApiWrites(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api") && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            && request.Headers.Origin.ToString() is { Length: > 0 } origin && !SameAuthority(origin, request.Host.Value))
        {
            context.RequestServices.GetRequiredService<ILogger<SignInService>>()
                .LogWarning("Refused a cross-site {Method} {Path} from {Origin}", request.Method, request.Path, request.Headers.Origin.ToString());
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return next(context);
    }

    static bool SameAuthority(string origin, string? host) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var from) && string.Equals(from.Authority, host, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Logs every denial (who, what, why) before the usual 401/403 answer.</summary>
public sealed class LoggedAuthorizationResults(ILogger<LoggedAuthorizationResults> logger) : IAuthorizationMiddlewareResultHandler
{
    readonly AuthorizationMiddlewareResultHandler fallback = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if ((result.Challenged || result.Forbidden) && DatabaseOutage.IsMarked(context))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        }

        if (result.Challenged || result.Forbidden)
        {
            var actor = Actor.From(context.User);
            logger.LogWarning("Permission denied ({Outcome}) for {UserName} ({Role}, council {Council}) on {Method} {Path}, requiring {Requirement}",
                result.Challenged ? "not signed in" : "forbidden", actor?.UserName, actor?.Role, actor?.CouncilId, context.Request.Method, context.Request.Path,
                string.Join(", ", policy.Requirements.OfType<CapabilityRequirement>().Select(requirement => requirement.Capability)));
        }

        return fallback.HandleAsync(next, context, policy, result);
    }
}
