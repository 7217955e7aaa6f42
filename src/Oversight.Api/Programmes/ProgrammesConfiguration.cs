using JasperFx.Events.Projections;
using Marten;
using Oversight.Programmes.Details;

namespace Oversight.Programmes;

public static class ProgrammesConfiguration
{
    public const string ApiTag = "Cuộc giám sát";

    public static StoreOptions AddProgrammes(this StoreOptions options)
    {
        options.Projections.Add<ProgrammeDetailsProjection>(ProjectionLifecycle.Inline);
        return options;
    }
}
