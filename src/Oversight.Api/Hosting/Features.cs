using Marten;

namespace Oversight.Hosting;

/// <summary>
/// A capability of the app, kept in its own folder: what it stores (documents, projections, indexes), what it
/// needs at run time (services, settings), and how the authorization point reaches its records
/// (<see cref="Accounts.AccessTargets"/>), and its entries in the main menu. A new feature is one class of this kind and one line in <see cref="Features.All"/>.
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

    /// <summary>The feature's entries in the main menu (<see cref="Web.Navigation"/>), each shown only to those who may open it.</summary>
    public virtual IEnumerable<Web.NavigationItem> Navigation => [];
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
        new Imports.ImportsFeature(),
        new Hearings.HearingsFeature(),
        new Questioning.QuestioningFeature(),
        new Samples.SamplesFeature(),
    ];
}
