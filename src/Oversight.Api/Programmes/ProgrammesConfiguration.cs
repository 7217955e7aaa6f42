using JasperFx.Events.Projections;
using Marten;
using Oversight.Documents;
using Oversight.Findings;
using Oversight.Holidays;
using Oversight.Programmes.Creating;
using Oversight.Programmes.Deadlines;
using Oversight.Recommendations;

namespace Oversight.Programmes;

public static class ProgrammesConfiguration
{
    /// <summary>Programme, finding and recommendation streams, each kept inline as a document of its latest state (recommendations also as register entries).</summary>
    public static StoreOptions AddProgrammes(this StoreOptions options)
    {
        options.Projections.Snapshot<Programme>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Finding>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Recommendation>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Recommendations.Register.RegisterEntry>(SnapshotLifecycle.Inline);
        options.Schema.For<Programme>().Index(programme => programme.Year).Index(programme => programme.Status);
        options.Schema.For<Finding>().Index(finding => finding.ProgrammeId);
        options.Schema.For<Recommendation>().Index(recommendation => recommendation.ProgrammeId);
        options.Schema.For<Recommendations.Register.RegisterEntry>().Index(entry => entry.ProgrammeId);
        options.Schema.For<Recommendations.FollowUp.EvidenceFile>().Index(file => file.RecommendationId);
        options.Schema.For<Notifications.Notification>().Index(notification => notification.AccountId);
        options.Schema.For<ProgrammeNumbering>().UseOptimisticConcurrency(true);
        options.Schema.For<DocumentNumbering>().UseOptimisticConcurrency(true);
        options.Schema.For<IssuedDocument>().Index(document => document.ProgrammeId);
        options.Schema.For<StoredTemplate>().Identity(template => template.Id);
        return options;
    }

    public static IServiceCollection AddProgrammeSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeadlineSettings>(configuration.GetSection("Deadlines"));
        services.Configure<DocumentSettings>(configuration.GetSection("Documents"));
        // The law in force is read once at start, like the holiday file: a broken file stops the app rather than a document.
        services.AddSingleton(LegalBases.Load(configuration["Documents:LegalBasesFile"]
            ?? Path.Combine(AppContext.BaseDirectory, "templates", LegalBases.DefaultFile)));
        services.AddOptions<DocumentSettings>().Configure<LegalBases, Common.WorkingCalendar>((settings, law, calendar) =>
        {
            settings.Law = law;
            settings.Calendar = calendar;
        });
        services.Configure<PreviewSettings>(configuration.GetSection("Documents:Preview"));
        services.AddSingleton<PdfPreviews>();
        services.Configure<Recommendations.Reminders.ReminderSettings>(configuration.GetSection("Reminders"));
        services.Configure<Notifications.MailSettings>(configuration.GetSection("Mail"));
        services.AddWorkingCalendar(configuration);
        return services;
    }
}
