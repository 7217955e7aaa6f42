namespace Oversight.Samples;

public static class SamplesConfiguration
{
    public static IServiceCollection AddSamples(this IServiceCollection services) =>
        services.AddScoped<SamplePlayer>().AddHostedService<SampleLoader>();
}
