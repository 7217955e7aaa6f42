using JasperFx.Events.Projections;
using Marten;
using Oversight.Common;

namespace Oversight.Holidays;

public static class HolidaysConfiguration
{
    /// <summary>A document of each year's confirmed holidays, kept inline from its stream.</summary>
    public static StoreOptions AddHolidays(this StoreOptions options)
    {
        options.Projections.Snapshot<ConfirmedHolidays>(SnapshotLifecycle.Inline);
        return options;
    }

    /// <summary>The calendar (from the holiday file, <c>Calendar:HolidaysFile</c>) and what keeps its confirmed years current.</summary>
    public static IServiceCollection AddWorkingCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(WorkingCalendar.Load(configuration["Calendar:HolidaysFile"]
            ?? Path.Combine(AppContext.BaseDirectory, "calendar", WorkingCalendar.DefaultFile)));
        services.AddSingleton<HolidayUpdates>();
        services.AddHostedService(provider => provider.GetRequiredService<HolidayUpdates>());
        return services;
    }
}
