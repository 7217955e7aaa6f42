using JasperFx.MultiTenancy;
using Oversight.Audit;
using Oversight.Common;
using Oversight.Programmes;

namespace Oversight.Hearings;

// The events of an explanation hearing (phiên giải trình, Luật 121/2025/QH15): the Thường trực HĐND or a Ban decides to
// hear the heads of agencies on an issue, summons them with the questions to prepare, holds the hearing, and issues a
// conclusion notice whose commitments are followed like any recommendation.

/// <summary>The Thường trực (or a Ban) decided to hold a hearing on an issue, on a day; it may take up overdue recommendations.</summary>
public sealed record HearingDecided(Guid HearingId, int Number, int Year, string Subject, OverseeingBody Body, Guid? CommitteeId, string BodyName,
    DateOnly DecidedOn, DateOnly ScheduledOn, string? Place, IReadOnlyList<Guid> RecommendationIds, string? DateReason = null) : IDated, IDescribedEvent
{
    public string Describe(EventContext context) =>
        $"{BodyName} quyết định tổ chức phiên giải trình “{Subject}” (số {Hearing.CodeOf(Year, Number)}) ngày {VietnamTime.Format(ScheduledOn)}";
}

/// <summary>An agency's head is summoned to explain, with the questions to prepare and the day the written report is due.</summary>
public sealed record AgencySummoned(Guid HearingId, Guid AgencyId, string AgencyName, string Representative, IReadOnlyList<string> Questions,
    DateOnly ReportBy) : IDescribedEvent
{
    public string Describe(EventContext context) =>
        $"Mời {Representative} ({AgencyName}) giải trình {Questions.Count} vấn đề, gửi báo cáo trước ngày {VietnamTime.Format(ReportBy)}";
}

/// <summary>Who came for a summoned agency (nobody, when it did not attend).</summary>
public sealed record Attendance(Guid AgencyId, bool Present, string? AttendedBy);

public sealed record HearingHeld(Guid HearingId, DateOnly HeldOn, string? Chair, IReadOnlyList<Attendance> Attendance, string? DateReason = null)
    : IDated, IDescribedEvent
{
    public string Describe(EventContext context) =>
        $"Tổ chức phiên giải trình ngày {VietnamTime.Format(HeldOn)}: {Attendance.Count(person => person.Present)}/{Attendance.Count} cơ quan có mặt";
}

/// <summary>What an agency's representative explained at the hearing.</summary>
public sealed record ExplanationHeard(Guid HearingId, Guid ExplanationId, Guid AgencyId, string Speaker, string Text) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Ghi nội dung giải trình của {Speaker}";
}

/// <summary>A deputy's follow-up question at the hearing, and the answer given there (if any).</summary>
public sealed record FollowUpQuestionAsked(Guid HearingId, Guid QuestionId, string Deputy, Guid AgencyId, string Question, string? Answer) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Đại biểu {Deputy} hỏi thêm{(Answer is null ? "" : ", cơ quan đã trả lời")}";
}

/// <summary>An agency committed to do something by a date; the conclusion notice turns it into a recommendation of the same id.</summary>
public sealed record CommitmentRecorded(Guid HearingId, Guid CommitmentId, Guid AgencyId, string Text, DateOnly DueDate) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Ghi cam kết thực hiện trước ngày {VietnamTime.Format(DueDate)}";
}

public sealed record CommitmentWithdrawn(Guid HearingId, Guid CommitmentId) : IDescribedEvent
{
    public string Describe(EventContext context) => "Bỏ một cam kết khỏi dự thảo thông báo kết luận";
}

/// <summary>The conclusion notice (thông báo kết luận phiên giải trình) was issued; its commitments are followed from then on.</summary>
public sealed record HearingConcluded(Guid HearingId, string Number, DateOnly IssuedOn, string Summary, string? DateReason = null) : IDated, IDescribedEvent
{
    public string Describe(EventContext context) => $"Ban hành thông báo kết luận phiên giải trình số {Number} ngày {VietnamTime.Format(IssuedOn)}";
}

public sealed record HearingPublished(Guid HearingId, DateOnly On) : IDescribedEvent
{
    public string Describe(EventContext context) => "Công khai thông báo kết luận phiên giải trình";
}

public enum HearingStatus
{
    [Label("Đã quyết định tổ chức")]
    Decided,
    [Label("Đã tổ chức, chờ kết luận")]
    Held,
    [Label("Đã ban hành thông báo kết luận")]
    Concluded,
}

public sealed record Summons(Guid AgencyId, string AgencyName, string Representative, IReadOnlyList<string> Questions, DateOnly ReportBy);

public sealed record Explanation(Guid Id, Guid AgencyId, string Speaker, string Text);

public sealed record FollowUpQuestion(Guid Id, string Deputy, Guid AgencyId, string Question, string? Answer);

public sealed record Commitment(Guid Id, Guid AgencyId, string Text, DateOnly DueDate);

public sealed record HearingConclusion(string Number, DateOnly IssuedOn, string Summary);

public sealed class Hearing : ITenanted, Accounts.IAccessTarget
{
    public Guid Id { get; set; }
    public string? TenantId { get; set; }
    public int Number { get; set; }
    public int Year { get; set; }
    public string Code => CodeOf(Year, Number);
    public static string CodeOf(int year, int number) => $"GT-{year}-{number:000}";
    public string Subject { get; set; } = "";
    public OverseeingBody Body { get; set; }
    public Guid? CommitteeId { get; set; }
    public string BodyName { get; set; } = "";
    public DateOnly DecidedOn { get; set; }
    public DateOnly ScheduledOn { get; set; }
    public string? Place { get; set; }
    /// <summary>The overdue recommendations the hearing takes up (their history names it back).</summary>
    public List<Guid> RecommendationIds { get; set; } = [];
    public HearingStatus Status { get; set; }
    public List<Summons> Summoned { get; set; } = [];
    public DateOnly? HeldOn { get; set; }
    public string? Chair { get; set; }
    public List<Attendance> Attendance { get; set; } = [];
    public List<Explanation> Explanations { get; set; } = [];
    public List<FollowUpQuestion> Questions { get; set; } = [];
    public List<Commitment> Commitments { get; set; } = [];
    public HearingConclusion? Conclusion { get; set; }
    public DateOnly? PublishedOn { get; set; }

    public static Hearing Create(HearingDecided e) => new()
    {
        Id = e.HearingId, Number = e.Number, Year = e.Year, Subject = e.Subject, Body = e.Body, CommitteeId = e.CommitteeId, BodyName = e.BodyName,
        DecidedOn = e.DecidedOn, ScheduledOn = e.ScheduledOn, Place = e.Place, RecommendationIds = [.. e.RecommendationIds], Status = HearingStatus.Decided,
    };

    public void Apply(AgencySummoned e) => Summoned.Add(new Summons(e.AgencyId, e.AgencyName, e.Representative, e.Questions, e.ReportBy));

    public void Apply(HearingHeld e)
    {
        Status = HearingStatus.Held;
        HeldOn = e.HeldOn;
        Chair = e.Chair;
        Attendance = [.. e.Attendance];
    }

    public void Apply(ExplanationHeard e) => Explanations.Add(new Explanation(e.ExplanationId, e.AgencyId, e.Speaker, e.Text));

    public void Apply(FollowUpQuestionAsked e) => Questions.Add(new FollowUpQuestion(e.QuestionId, e.Deputy, e.AgencyId, e.Question, e.Answer));

    public void Apply(CommitmentRecorded e) => Commitments.Add(new Commitment(e.CommitmentId, e.AgencyId, e.Text, e.DueDate));

    public void Apply(CommitmentWithdrawn e) => Commitments.RemoveAll(commitment => commitment.Id == e.CommitmentId);

    public void Apply(HearingConcluded e)
    {
        Status = HearingStatus.Concluded;
        Conclusion = new HearingConclusion(e.Number, e.IssuedOn, e.Summary);
    }

    public void Apply(HearingPublished e) => PublishedOn = e.On;

    public string AgencyName(Guid agencyId) => Summoned.FirstOrDefault(summons => summons.AgencyId == agencyId)?.AgencyName ?? "cơ quan";

    /// <summary>Deputies take part in hearings (they ask the follow-up questions); an agency user sees the hearings its agency is summoned to.</summary>
    public bool Admits(Accounts.Actor actor) => actor.Role switch
    {
        Accounts.Role.DelegationMember => true,
        Accounts.Role.AgencyUser => Summoned.Any(summons => actor.IsOwnAgency(summons.AgencyId)),
        Accounts.Role.SystemAdministrator or Accounts.Role.CouncilAdministrator or Accounts.Role.Secretariat or Accounts.Role.Viewer => false,
    };

    /// <summary>Refuses, naming where the hearing stands, a step its status does not allow.</summary>
    public void Ensure(string action, params HearingStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw Refusal.Conflict($"Phiên giải trình {Code} đang ở bước “{Labels.Of(Status)}”, không thể {action}.");
        }
    }

    /// <summary>Refuses an agency that was not summoned to the hearing.</summary>
    public void EnsureSummoned(Guid? agencyId)
    {
        if (agencyId is not { } id || Summoned.All(summons => summons.AgencyId != id))
        {
            throw Refusal.Invalid("agencyId", "Hãy chọn một cơ quan đã được mời giải trình tại phiên này.");
        }
    }
}
