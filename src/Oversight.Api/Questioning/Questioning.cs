using JasperFx.MultiTenancy;
using Oversight.Audit;
using Oversight.Common;

namespace Oversight.Questioning;

// The events of a questioning (chất vấn, Luật 121/2025/QH15): at a council session or a meeting of the Thường trực, deputies put
// questions to named officials; the answers and the commitments made are recorded; the conclusion turns the commitments into
// recommendations followed like any other.

public enum QuestioningForum
{
    [Label("Kỳ họp HĐND")]
    CouncilSession,
    [Label("Phiên họp Thường trực HĐND")]
    StandingCommitteeMeeting,
}

/// <summary>A questioning was opened at a session or a Thường trực meeting on a day; deputies may register questions for it.</summary>
public sealed record QuestioningOpened(Guid QuestioningId, int Number, int Year, string Title, QuestioningForum Forum, DateOnly HeldOn) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Mở chất vấn “{Title}” ({Labels.Of(Forum)} ngày {VietnamTime.Format(HeldOn)})";
}

/// <summary>An overdue recommendation was added to the questioning (the ladder's rung “chất vấn”).</summary>
public sealed record RecommendationTakenUp(Guid QuestioningId, Guid RecommendationId, string Code) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Đưa kiến nghị {Code} vào chất vấn";
}

/// <summary>A deputy's question to an official of the directory, about a topic, for the agency the official answers for.</summary>
public sealed record QuestionRegistered(Guid QuestioningId, Guid QuestionId, Guid? DeputyAccountId, string Deputy, Guid OfficialId, string Official,
    Guid AgencyId, string AgencyName, string Topic, string Text) : IDescribedEvent
{
    public string Describe(EventContext context) => $"Đại biểu {Deputy} đăng ký chất vấn {Official} về {Topic}";
}

/// <summary>The official's answer, and what they committed to by a date, if anything.</summary>
public sealed record QuestionAnswered(Guid QuestioningId, Guid QuestionId, string Answer, string? Commitment, DateOnly? DueDate) : IDescribedEvent
{
    public string Describe(EventContext context) => Commitment is null ? "Ghi trả lời chất vấn" : $"Ghi trả lời chất vấn và cam kết thực hiện trước ngày {VietnamTime.Format(DueDate!.Value)}";
}

/// <summary>The resolution or conclusion on the questioning; each commitment becomes a recommendation of the question's id.</summary>
public sealed record QuestioningConcluded(Guid QuestioningId, string Number, DateOnly IssuedOn, string Summary, string? DateReason = null) : IDated, IDescribedEvent
{
    public string Describe(EventContext context) => $"Ban hành kết luận chất vấn số {Number} ngày {VietnamTime.Format(IssuedOn)}";
}

public sealed record QuestioningPublished(Guid QuestioningId, DateOnly On) : IDescribedEvent
{
    public string Describe(EventContext context) => "Công khai kết luận chất vấn";
}

public enum QuestioningStatus
{
    [Label("Đang nhận câu hỏi")]
    Open,
    [Label("Đã ban hành kết luận")]
    Concluded,
}

public sealed record Question(Guid Id, Guid? DeputyAccountId, string Deputy, Guid OfficialId, string Official, Guid AgencyId, string AgencyName, string Topic,
    string Text, string? Answer, string? Commitment, DateOnly? DueDate);

public sealed record QuestioningConclusion(string Number, DateOnly IssuedOn, string Summary);

public sealed class Questioning : ITenanted, Accounts.IAccessTarget
{
    public Guid Id { get; set; }
    public string? TenantId { get; set; }
    public int Number { get; set; }
    public int Year { get; set; }
    public string Code => CodeOf(Year, Number);
    public static string CodeOf(int year, int number) => $"CV-{year}-{number:000}";
    public string Title { get; set; } = "";
    public QuestioningForum Forum { get; set; }
    public DateOnly HeldOn { get; set; }
    public List<Guid> RecommendationIds { get; set; } = [];
    public QuestioningStatus Status { get; set; }
    public List<Question> Questions { get; set; } = [];
    public QuestioningConclusion? Conclusion { get; set; }
    public DateOnly? PublishedOn { get; set; }

    public static Questioning Create(QuestioningOpened e) => new()
    {
        Id = e.QuestioningId, Number = e.Number, Year = e.Year, Title = e.Title, Forum = e.Forum, HeldOn = e.HeldOn, Status = QuestioningStatus.Open,
    };

    public void Apply(RecommendationTakenUp e) => RecommendationIds.Add(e.RecommendationId);

    public void Apply(QuestionRegistered e) =>
        Questions.Add(new Question(e.QuestionId, e.DeputyAccountId, e.Deputy, e.OfficialId, e.Official, e.AgencyId, e.AgencyName, e.Topic, e.Text, null, null, null));

    public void Apply(QuestionAnswered e)
    {
        var index = Questions.FindIndex(question => question.Id == e.QuestionId);
        Questions[index] = Questions[index] with { Answer = e.Answer, Commitment = e.Commitment, DueDate = e.DueDate };
    }

    public void Apply(QuestioningConcluded e)
    {
        Status = QuestioningStatus.Concluded;
        Conclusion = new QuestioningConclusion(e.Number, e.IssuedOn, e.Summary);
    }

    public void Apply(QuestioningPublished e) => PublishedOn = e.On;

    /// <summary>The questions as the secretariat groups them: by official, then by topic (in the order registered).</summary>
    public IReadOnlyList<(string Official, IReadOnlyList<(string Topic, IReadOnlyList<Question> Questions)> Topics)> Grouped() =>
        [.. Questions.GroupBy(question => question.Official).Select(official => (official.Key,
            (IReadOnlyList<(string, IReadOnlyList<Question>)>)[.. official.GroupBy(question => question.Topic)
                .Select(topic => (topic.Key, (IReadOnlyList<Question>)[.. topic]))]))];

    /// <summary>Deputies take part (they register the questions); an agency user sees a questioning that asks its agency.</summary>
    public bool Admits(Accounts.Actor actor) => actor.Role switch
    {
        Accounts.Role.DelegationMember => true,
        Accounts.Role.AgencyUser => Questions.Any(question => actor.IsOwnAgency(question.AgencyId)),
        Accounts.Role.SystemAdministrator or Accounts.Role.CouncilAdministrator or Accounts.Role.Secretariat or Accounts.Role.Viewer => false,
    };

    public void Ensure(string action, QuestioningStatus allowed)
    {
        if (Status != allowed)
        {
            throw Refusal.Conflict($"Chất vấn {Code} đang ở bước “{Labels.Of(Status)}”, không thể {action}.");
        }
    }
}
