namespace Oversight.Web;

/// <summary>
/// A command a page sends, saying in Vietnamese what was done once it has been carried out (shown at the top of the next page).
/// The command carries its own words, so a new step brings them in its own file; implemented explicitly, it stays out of the JSON.
/// </summary>
public interface IDoneMessage
{
    string DoneMessage { get; }
}
