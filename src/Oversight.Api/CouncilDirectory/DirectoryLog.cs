using Oversight.Accounts;

namespace Oversight.CouncilDirectory;

/// <summary>The directory is kept as documents, not events: each change is a structured log event naming who made it.</summary>
public static class DirectoryLog
{
    public const string NoAgency = "Không có cơ quan này trong danh bạ.";
    public const string NoCommittee = "Không có Ban này trong danh bạ.";
    public const string NoPerson = "Không có người này trong danh bạ.";

    public static void Changed(ILogger logger, Actor by, string change, string name) =>
        logger.LogInformation("Directory of {Council}: {Name} {Change} by {By}", by.CouncilId, name, change, by.UserName);
}
