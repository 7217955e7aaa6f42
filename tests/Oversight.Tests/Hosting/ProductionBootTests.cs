using Alba;
using JasperFx.CodeGeneration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Programmes.Details;
using Oversight.Tests.Programmes;
using Oversight.Tests.Support;
using Wolverine;

namespace Oversight.Tests.Hosting;

/// <summary>
/// Production runs only the Wolverine code committed under Internal/Generated and refuses to boot when
/// a handler or endpoint has none: this boot is the check that the committed code is current.
/// </summary>
public sealed class ProductionBootTests(AppFixture fixture) : IntegrationContext(fixture)
{
    [Fact]
    public async Task The_app_boots_in_Production_on_committed_code_and_serves_the_API()
    {
        await using var production = await AlbaHost.For<Program>(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Oversight", Fixture.ConnectionString);
            builder.ConfigureServices(services => services.RunWolverineInSoloMode());
        });

        production.Services.GetRequiredService<WolverineOptions>().CodeGeneration.TypeLoadMode.ShouldBe(TypeLoadMode.Static);
        var created = await production.Scenario(scenario =>
        {
            scenario.As(People.SecretariatA);
            scenario.Post.Json(ProgrammeStory.Creation() with { Title = "Giám sát trong chế độ Production" }).ToUrl("/api/programmes");
            scenario.StatusCodeShouldBe(201);
        });
        var view = await production.GetJson<ProgrammeView>(created.Context.Response.Headers.Location.ToString(), People.SecretariatA);
        view.Programme.Title.ShouldBe("Giám sát trong chế độ Production");
    }
}
