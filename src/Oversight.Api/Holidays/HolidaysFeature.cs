using JasperFx.Events.Projections;
using Marten;
using Oversight.Common;
using Oversight.Hosting;

namespace Oversight.Holidays;

public sealed class HolidaysFeature : Feature
{
    /// <summary>A document of each year's confirmed holidays, kept inline from its stream.</summary>
    public override void Store(StoreOptions options) => options.Projections.Snapshot<ConfirmedHolidays>(SnapshotLifecycle.Inline);

    /// <summary>The calendar (from the holiday file, <c>Calendar:HolidaysFile</c>) and what keeps its confirmed years current.</summary>
    public override void Services(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(WorkingCalendar.Load(configuration["Calendar:HolidaysFile"]
            ?? Path.Combine(AppContext.BaseDirectory, "calendar", WorkingCalendar.DefaultFile)));
        services.AddSingleton<HolidayUpdates>();
        services.AddHostedService(provider => provider.GetRequiredService<HolidayUpdates>());
    }
}
