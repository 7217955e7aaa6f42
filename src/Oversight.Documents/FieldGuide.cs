namespace Oversight.Documents;

/// <summary>One field a template receives, as the field guide shows it.</summary>
public sealed record FieldEntry(string Path, string Tag, FieldKind Kind, string KindName, string? Description, string? Example, int Depth);

/// <summary>
/// The fields a template receives, generated from the data model (never written by hand), each with
/// how to write it in a template and an example value from the sample data.
/// </summary>
public static class FieldGuide
{
    public static string KindName(FieldKind kind) => kind switch
    {
        FieldKind.Text => "chữ",
        FieldKind.Number => "số",
        FieldKind.Date => "ngày",
        FieldKind.YesNo => "đúng/sai",
        FieldKind.List => "danh sách",
        FieldKind.Group => "nhóm trường",
        _ => "tuỳ dữ liệu",
    };

    /// <summary>
    /// Every field at every depth. A list's items are read in a loop, so their fields are written with the
    /// loop's item name (<c>member.name</c> inside <c>{{ for member in delegation.members }}</c>).
    /// </summary>
    public static IReadOnlyList<FieldEntry> For(DataShape shape, object? sample)
    {
        var entries = new List<FieldEntry>();
        Add(entries, shape, sample, prefix: "", written: "", depth: 0);
        return entries;
    }

    static void Add(List<FieldEntry> entries, DataShape shape, object? sample, string prefix, string written, int depth)
    {
        foreach (var (name, member) in shape.Members)
        {
            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            var expression = written.Length == 0 ? name : $"{written}.{name}";
            var value = SampleValues.Member(sample, name);
            if (member.Kind == FieldKind.List)
            {
                var item = ItemName(name);
                entries.Add(new FieldEntry(path, $"{{{{ for {item} in {expression} }}}} … {{{{ end }}}}", member.Kind, KindName(member.Kind), member.Description,
                    SampleValues.Count(value) is { } count ? $"{count} mục" : null, depth));
                var element = member.Element ?? DataShape.Any;
                if (element.Kind == FieldKind.Group)
                {
                    Add(entries, element, SampleValues.First(value), path + "[]", item, depth + 1);
                }
                else
                {
                    entries.Add(new FieldEntry(path + "[]", $"{{{{ {item} }}}}", element.Kind, KindName(element.Kind), null, SampleValues.Text(SampleValues.First(value)), depth + 1));
                }

                continue;
            }

            entries.Add(new FieldEntry(path, member.Kind == FieldKind.Group ? expression : $"{{{{ {expression} }}}}", member.Kind, KindName(member.Kind),
                member.Description, member.Kind == FieldKind.Group ? null : SampleValues.Text(value), depth));
            if (member.Kind == FieldKind.Group)
            {
                Add(entries, member, value, path, expression, depth + 1);
            }
        }
    }

    /// <summary>The name a loop gives each item: members → member, recommendation_groups → group, legal_bases → basis.</summary>
    public static string ItemName(string list)
    {
        var last = list[(list.LastIndexOf('_') + 1)..];
        return last switch
        {
            "bases" => "basis",
            "outline" => "section",
            "activities" => "activity",
            "agencies" => "agency",
            "co_agencies" => "agency",
            "recipients" => "recipient",
            _ when last.EndsWith("ies", StringComparison.Ordinal) => last[..^3] + "y",
            _ when last.EndsWith('s') && last.Length > 1 => last[..^1],
            _ => "item",
        };
    }
}
