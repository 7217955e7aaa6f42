using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Hosting;
using Serilog;
using Wolverine.Http;

namespace Oversight.Web;

public static class WebSetup
{
    /// <summary>Pages, JSON API, OpenAPI document, health checks and Vietnamese ProblemDetails.</summary>
    public static WebApplicationBuilder AddOversightWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages().AddMvcOptions(options =>
        {
            // What model binding says about a malformed form value reaches the page's error summary: in Vietnamese.
            var messages = options.ModelBindingMessageProvider;
            messages.SetValueIsInvalidAccessor(value => $"Giá trị “{value}” không hợp lệ.");
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"Giá trị “{value}” không hợp lệ.");
            messages.SetUnknownValueIsInvalidAccessor(_ => "Giá trị đã nhập không hợp lệ.");
            messages.SetValueMustBeANumberAccessor(_ => "Hãy nhập một số.");
            messages.SetValueMustNotBeNullAccessor(_ => "Hãy nhập giá trị này.");
            messages.SetMissingBindRequiredValueAccessor(_ => "Thiếu giá trị bắt buộc.");
            messages.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị bắt buộc.");
            messages.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung yêu cầu.");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị “{value}” không hợp lệ.");
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị đã nhập không hợp lệ.");
            messages.SetNonPropertyValueMustBeANumberAccessor(() => "Hãy nhập một số.");
        });
        // Razor would escape every Vietnamese letter to an entity; keep them as text (still HTML-safe).
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            // Before the enum converter, which would otherwise write a set of flags as one comma-separated string.
            options.SerializerOptions.Converters.Add(new FlagsConverter());
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.Converters.Add(new ControlCharacters.RefusingConverter());
        });
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = VietnameseProblemDetails.Customize);
        builder.Services.AddOpenApi(ApiDocument.Describe);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        // Pages, JSON and the stylesheet travel compressed. Over HTTPS too: the one secret in a page body, the antiforgery token, is
        // encrypted afresh for every response, and the sign-in cookie is SameSite=Lax, which leaves BREACH nothing to guess.
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/problem+json"]);
        });
        return builder;
    }

    public static WebApplication UseOversightWeb(this WebApplication app)
    {
        // First, so that logs, the rate limit and the Secure cookie see the client's own address and scheme.
        app.UseForwardedHeaders();
        app.UseResponseCompression();
        app.UseSerilogRequestLogging();
        // One error page serves both worlds: it answers ProblemDetails under /api and a page elsewhere.
        // A refused command is an answer, not a failure: it is not logged as an unhandled exception.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/loi",
            SuppressDiagnosticsCallback = context => context.Exception is Refusal or Oversight.Documents.TemplateException,
        });
        app.UseStatusCodePagesWithReExecute("/loi/{0}");
        app.Use(NullBodies.Reject);
        app.Use(ControlCharacters.Reject);
        app.Use(EmptyIds.Reject);
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticFiles.Cache });
        app.UseOversightSecurity();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        // The API's description is no secret (the code is open); it helps integrators before they have a token.
        app.MapOpenApi().AllowAnonymous();
        app.MapRazorPages();
        app.MapWolverineEndpoints(options =>
        {
            options.RejectUnparseableQueryValues = true;
            // The council comes from the signed-in account (cookie or token), never from anything the request could forge.
            options.TenantId.IsClaimTypeNamed(Actor.CouncilClaim);
        });
        return app;
    }
}
