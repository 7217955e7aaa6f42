using Marten;

namespace Oversight.Hosting;

/// <summary>
/// A capability of the app, kept in its own folder: what it stores (documents, projections, indexes), what it
/// needs at run time (services, settings), and how the authorization point reaches its records
/// (<see cref="Accounts.AccessTargets"/>). A new feature is one class of this kind and one line in <see cref="Features.All"/>.
/// </summary>
public abstract class Feature
{
    public virtual void Store(StoreOptions options)
    {
    }

    public virtual void Services(IServiceCollection services, IConfiguration configuration)
    {
    }

    public virtual void Access()
    {
    }
}

public static class Features
{
    public static readonly IReadOnlyList<Feature> All =
    [
        new Councils.CouncilsFeature(),
        new Accounts.AccountsFeature(),
        new Programmes.ProgrammesFeature(),
        new Findings.FindingsFeature(),
        new Recommendations.RecommendationsFeature(),
        new Documents.DocumentsFeature(),
        new Notifications.NotificationsFeature(),
        new Holidays.HolidaysFeature(),
        new Audit.AuditFeature(),
        new Backups.BackupsFeature(),
        new CouncilDirectory.DirectoryFeature(),
        new Hearings.HearingsFeature(),
        new Questioning.QuestioningFeature(),
        new Samples.SamplesFeature(),
    ];
}
