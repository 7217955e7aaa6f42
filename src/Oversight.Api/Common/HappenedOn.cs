using Oversight.Accounts;

namespace Oversight.Common;

/// <summary>An event recording something that happened on a day a person gave: why it was recorded after that day, if it was.</summary>
public interface IDated
{
    string? DateReason { get; }
}

/// <summary>The date something happened on, and why it was recorded later than that day (null when recorded on the day).</summary>
public sealed record Dated(DateOnly On, string? Reason);

/// <summary>
/// A date that records something that happened (a decision signed, a report received, minutes, the end of fieldwork,
/// an approval, a conclusion, an issued document, an agency's answer) is never after today, Vietnam time. Only the
/// council's staff may record an earlier one (a paper answer received before, a past programme being entered), and
/// they say why; the reason is kept on the event. Everyone else records today: the server dates their answers.
/// </summary>
public static class HappenedOn
{
    public const string ReasonField = "dateReason";
    public const int MaxReason = 1000;

    public static Dated Happened(this Checks checks, string field, string label, DateOnly? given, string? reason, DateOnly today, Actor actor,
        bool required = false)
    {
        if (given is null)
        {
            checks.Require(!required, field, $"Hãy nhập {label}.");
            return new Dated(today, null);
        }

        var on = given.Value;
        checks.Require(on <= today, field, $"{Capitalise(label)} ({VietnamTime.Format(on)}) không được sau hôm nay ({VietnamTime.Format(today)}).");
        if (on >= today)
        {
            return new Dated(on, null);
        }

        if (actor.Role is Role.AgencyUser or Role.DelegationMember)
        {
            checks.Require(false, field, $"Ngày được hệ thống ghi là hôm nay ({VietnamTime.Format(today)}); chỉ Văn phòng HĐND mới ghi nhận được ngày đã qua.");
            return new Dated(on, null);
        }

        checks.Require(!string.IsNullOrWhiteSpace(reason), ReasonField,
                $"{Capitalise(label)} là ngày đã qua ({VietnamTime.Format(on)}): hãy ghi lý do ghi nhận muộn (ví dụ: văn bản giấy nhận từ trước, nhập hồ sơ cũ).")
            .Text(reason, ReasonField, "lý do ghi nhận muộn", MaxReason, required: false);
        return new Dated(on, reason);
    }

    static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
