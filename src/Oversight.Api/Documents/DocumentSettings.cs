namespace Oversight.Documents;

/// <summary>What the heading of generated documents says about the council (configuration section <c>Documents</c>).</summary>
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

    public string SymbolOf(DocumentKind kind) => Symbols.GetValueOrDefault(Path.GetFileNameWithoutExtension(kind.Template), kind.Symbol);

    /// <summary>Where the default templates are; next to the app unless configured.</summary>
    public string TemplateFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "templates");
}
