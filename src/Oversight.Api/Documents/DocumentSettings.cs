using Oversight.Common;
using Oversight.Councils;

namespace Oversight.Documents;

/// <summary>
/// What generated documents say about the council (configuration section <c>Documents</c>, then the council's own
/// settings), and what they need of the deployment: the law in force and the working calendar.
/// </summary>
public sealed class DocumentSettings
{
    /// <summary>The council above the issuing body in the heading, e.g. "Hội đồng nhân dân tỉnh Hà Nam".</summary>
    public string CouncilName { get; set; } = "Hội đồng nhân dân tỉnh";

    /// <summary>The place before the date, e.g. "Hà Nam".</summary>
    public string Place { get; set; } = "……";

    /// <summary>
    /// Symbols that differ from the defaults, by template name without ".docx"
    /// (e.g. <c>Documents__Symbols__bao-cao-ket-qua-giam-sat=BC-HĐND</c>): usage varies by province.
    /// </summary>
    public Dictionary<string, string> Symbols { get; set; } = [];

    /// <summary>Where the default templates are; next to the app unless configured.</summary>
    public string TemplateFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "templates");

    // The council's own settings (PUT /api/council), filled in by CouncilSettings.Documents; never read from configuration.

    public IReadOnlyList<Official> Officials { get; internal set; } = [];

    public IReadOnlyList<string> Committees { get; internal set; } = [];

    public int? Term { get; internal set; }

    public int? Session { get; internal set; }

    public IReadOnlyDictionary<string, string> LegalNumbers { get; internal set; } = new Dictionary<string, string>();

    // The deployment's services the data needs, set when the options are built.

    /// <summary>The dated legal bases (<c>Documents:LegalBasesFile</c>, by default <c>templates/legal-bases.json</c> beside the app).</summary>
    public LegalBases Law { get; internal set; } = new([]);

    public WorkingCalendar? Calendar { get; internal set; }
}
