using System.Xml.Linq;

namespace Oversight.Documents;

/// <summary>
/// Accepts every tracked change of a part, as Word's "Accept All Changes" does: insertions stay,
/// deletions go, and the record of formatting changes is dropped. A template is a form, not a draft
/// under review; a change left tracked inside a tag would otherwise show in every document.
/// </summary>
public static class TrackedChanges
{
    static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Elements that only record a change: removed with what they hold.</summary>
    static readonly HashSet<string> records =
    [
        "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblPrExChange", "trPrChange", "tcPrChange", "tblGridChange", "numberingChange",
        "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
        "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
        "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd", "cellIns", "cellMerge",
    ];

    /// <summary>True when the part had any tracked change.</summary>
    public static bool Accept(XDocument part)
    {
        var changes = part.Descendants().Where(element => element.Name.Namespace == W && element.Name.LocalName is "ins" or "del" or "moveFrom" or "moveTo" or "cellDel"
            || element.Name.Namespace == W && records.Contains(element.Name.LocalName)).ToList();
        if (changes.Count == 0)
        {
            return false;
        }

        // Innermost first, so that a change inside a removed one is handled before its container goes.
        foreach (var change in Enumerable.Reverse(changes))
        {
            Accept(change);
        }

        return true;
    }

    static void Accept(XElement change)
    {
        var parent = change.Parent;
        if (parent is null)
        {
            return;
        }

        switch (change.Name.LocalName)
        {
            // A deleted paragraph mark joins the paragraph to the next one.
            case "del" when parent.Name == W + "rPr" && parent.Parent?.Name == W + "pPr":
                change.Remove();
                JoinWithNext(parent.Parent.Parent);
                break;
            case "del" when parent.Name == W + "trPr":
                change.Remove();
                parent.Parent?.Remove();
                break;
            case "cellDel":
                change.Remove();
                parent.Parent?.Remove();
                break;
            case "ins" or "del" when parent.Name == W + "rPr" || parent.Name == W + "trPr":
                change.Remove();
                break;
            case "ins" or "moveTo":
                change.ReplaceWith(change.Nodes());
                break;
            default:
                change.Remove();
                break;
        }
    }

    static void JoinWithNext(XElement? paragraph)
    {
        if (paragraph?.Name != W + "p" || paragraph.ElementsAfterSelf().FirstOrDefault() is not { } next || next.Name != W + "p")
        {
            return;
        }

        var content = paragraph.Nodes().Where(node => node is not XElement { Name.LocalName: "pPr" }).ToList();
        foreach (var node in content)
        {
            node.Remove();
        }

        if (next.Element(W + "pPr") is { } properties)
        {
            properties.AddAfterSelf(content);
        }
        else
        {
            next.AddFirst(content);
        }

        paragraph.Remove();
    }
}
