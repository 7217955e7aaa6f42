using Marten;
using Oversight.Accounts;
using Oversight.Hosting;
using Oversight.Programmes;
using Oversight.Web;

namespace Oversight.Documents;

public sealed class DocumentsFeature : Feature
{
    /// <summary>Issued documents (their exact bytes), the registers that number them, and the templates in force.</summary>
    public override void Store(StoreOptions options)
    {
        options.Schema.For<DocumentNumbering>().UseOptimisticConcurrency(true);
        options.Schema.For<IssuedDocument>().Index(document => document.ProgrammeId);
        options.Schema.For<StoredTemplate>().Identity(template => template.Id);
    }

    public override void Services(IServiceCollection services, IConfiguration configuration)
    {
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
    }

    /// <summary>An issued document belongs to its programme, and reaches the agencies it is addressed to.</summary>
    public override void Access() => AccessTargets.ForRoute("documentId", async (id, session, cancellation) =>
        await session.LoadAsync<IssuedDocument>(id, cancellation) is { } document && await session.LoadAsync<Programme>(document.ProgrammeId, cancellation) is { } programme
            ? programme.IssuedDocuments.FirstOrDefault(issued => issued.Id == id) is { } issued ? [new IssuedDocumentTarget(programme, issued)] : [programme]
            : []);

    public override IEnumerable<NavigationItem> Navigation => [new("Mẫu văn bản", "/mau-van-ban", "templates", Capability.ManageTemplates, 50)];
}
