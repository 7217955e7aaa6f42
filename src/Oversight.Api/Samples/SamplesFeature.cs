using Oversight.Hosting;

namespace Oversight.Samples;

public sealed class SamplesFeature : Feature
{
    public override void Services(IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<SamplePlayer>().AddHostedService<SampleLoader>();
}
