namespace Oversight.Web;

/// <summary>One choice of a pick list: its value, what it shows, and the other names it is found by (an agency's short name and aliases).</summary>
public sealed record PickOption(string Value, string Text, string? Names = null, bool Selected = false);

/// <summary>
/// A select with a search box above it that narrows the options as one types, with or without diacritics (Pages/Shared/_PickList,
/// wwwroot/js/site.js). <paramref name="Empty"/> is the option meaning none, for a single choice that may be left empty.
/// </summary>
public sealed record PickList(string Id, string Name, string Label, IReadOnlyList<PickOption> Options, bool Multiple = false, string? Empty = null);
