using Marten;
using Oversight.Accounts;
using Oversight.CouncilDirectory;
using Oversight.Programmes;
using Oversight.Recommendations;
using Wolverine;

namespace Oversight.Hearings;

// A hearing as sample data (the "hearing" of a story in samples/*.json): agencies named as the directory names them, the
// recommendations it takes up by their codes; played through the same commands the pages send.

public sealed record SampleHearing(string Subject, OverseeingBody Body, string? Committee, DateOnly DecidedOn, DateOnly ScheduledOn, string? Place,
    IReadOnlyList<string>? TakesUp, IReadOnlyList<SampleSummons> Summoned, DateOnly? HeldOn, string? Chair, IReadOnlyList<SampleExplanation>? Explanations,
    IReadOnlyList<SampleQuestion>? Questions, IReadOnlyList<SampleCommitment>? Commitments, SampleHearingConclusion? Conclusion, bool Published);

public sealed record SampleSummons(string Agency, string Representative, IReadOnlyList<string> Questions, DateOnly ReportBy, string? AttendedBy);

public sealed record SampleExplanation(string Agency, string Speaker, string Text);

public sealed record SampleQuestion(string Agency, string Deputy, string Question, string? Answer);

public sealed record SampleCommitment(string Agency, string Text, DateOnly DueDate);

public sealed record SampleHearingConclusion(string Number, DateOnly IssuedOn, string Summary);

public static class HearingSample
{
    /// <summary>Plays the hearing in the council, as <paramref name="player"/>; dates in the past carry <paramref name="entered"/> as their reason.</summary>
    public static async Task Play(IMessageBus bus, IDocumentStore store, Actor player, SampleHearing sample, string entered, CancellationToken cancellation)
    {
        IReadOnlyList<Agency> agencies;
        IReadOnlyList<Committee> committees;
        IReadOnlyList<Guid> takenUp;
        await using (var session = store.QuerySession(player.CouncilId!))
        {
            agencies = await session.Query<Agency>().ToListAsync(cancellation);
            committees = await session.Query<Committee>().ToListAsync(cancellation);
            var codes = (sample.TakesUp ?? []).ToArray();
            takenUp = await session.Query<Recommendation>().Where(recommendation => recommendation.Code.IsOneOf(codes)).Select(recommendation => recommendation.Id)
                .ToListAsync(cancellation);
        }

        Guid AgencyId(string name) => DirectoryNames.Match(name, agencies).Found?.Id ?? throw new InvalidDataException($"Danh bạ không có cơ quan “{name}”.");
        var id = Guid.CreateVersion7();
        var committee = sample.Committee is { } named ? DirectoryNames.Match(named, committees).Found?.Id : null;
        await bus.SendAsync(player, new DecideHearing(id, sample.Subject, sample.Body, committee, sample.DecidedOn, sample.ScheduledOn, sample.Place, takenUp, entered),
            cancellation: cancellation);
        foreach (var summons in sample.Summoned)
        {
            await bus.SendAsync(player, new SummonAgency(id, AgencyId(summons.Agency), summons.Representative, summons.Questions, summons.ReportBy),
                cancellation: cancellation);
        }

        if (sample.HeldOn is not { } heldOn)
        {
            return;
        }

        await bus.SendAsync(player, new HoldHearing(id, heldOn, sample.Chair,
            [.. sample.Summoned.Select(summons => new AttendanceInput(AgencyId(summons.Agency), summons.AttendedBy))], entered), cancellation: cancellation);
        foreach (var explanation in sample.Explanations ?? [])
        {
            await bus.SendAsync(player, new RecordExplanation(id, Guid.CreateVersion7(), AgencyId(explanation.Agency), explanation.Speaker, explanation.Text),
                cancellation: cancellation);
        }

        foreach (var question in sample.Questions ?? [])
        {
            await bus.SendAsync(player, new AskFollowUpQuestion(id, Guid.CreateVersion7(), AgencyId(question.Agency), question.Deputy, question.Question, question.Answer),
                cancellation: cancellation);
        }

        foreach (var commitment in sample.Commitments ?? [])
        {
            await bus.SendAsync(player, new RecordCommitment(id, Guid.CreateVersion7(), AgencyId(commitment.Agency), commitment.Text, commitment.DueDate),
                cancellation: cancellation);
        }

        if (sample.Conclusion is { } conclusion)
        {
            await bus.SendAsync(player, new IssueHearingConclusion(id, conclusion.Number, conclusion.IssuedOn, conclusion.Summary, entered), cancellation: cancellation);
            if (sample.Published)
            {
                await bus.SendAsync(player, new PublishHearing(id), cancellation: cancellation);
            }
        }
    }
}
