using Oversight.Common;
using Oversight.Programmes;
using Oversight.Recommendations;

namespace Oversight.Audit;

/// <summary>
/// An event says what happened in words, for the programme's timeline and the council's audit trail. Each event
/// describes itself beside its own declaration, in the feature it belongs to; words are built when read, never
/// stored, so rewording needs no rebuild. A test checks that every event type does.
/// </summary>
public interface IDescribedEvent
{
    string Describe(EventContext context);
}

/// <summary>What a description may name besides its own data: the programme the event belongs to, when it belongs to one.</summary>
public sealed record EventContext(Programme? Programme)
{
    public string Agency(Guid agencyId) => Programme?.AgencyName(agencyId) is { Length: > 0 } name ? name : "cơ quan";

    public string Member(Guid memberId) => Programme?.Delegation?.Members.FirstOrDefault(member => member.Id == memberId)?.Name ?? "thành viên Đoàn";

    public string Activity(Guid activityId) =>
        Programme?.Activity(activityId) is { } activity ? $"{Agency(activity.AgencyId)} ngày {VietnamTime.Format(activity.Date)}" : "";

    public static string Files(IReadOnlyList<EvidenceRef> evidence) => evidence.Count == 0 ? "" : $" (kèm {evidence.Count} tệp minh chứng)";
}

public static class EventHistory
{
    /// <summary>The event in words, and why its date is earlier than the day it was recorded, when it is.</summary>
    public static string Describe(object data, Programme? programme) =>
        (data is IDescribedEvent described ? described.Describe(new EventContext(programme)) : "Thay đổi dữ liệu")
        + (data is IDated { DateReason: { } reason } ? $" (ghi nhận muộn: {reason})" : "");
}
