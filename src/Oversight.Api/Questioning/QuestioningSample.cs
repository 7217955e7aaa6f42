using Marten;
using Oversight.Accounts;
using Oversight.CouncilDirectory;
using Wolverine;

namespace Oversight.Questioning;

// A questioning as sample data (the "questioning" of a story in samples/*.json): officials and agencies named as the directory names
// them; played through the same commands the pages send.

public sealed record SampleQuestioning(string Title, QuestioningForum Forum, DateOnly HeldOn, IReadOnlyList<SampleQuestion> Questions,
    SampleQuestioningConclusion? Conclusion, bool Published);

public sealed record SampleQuestion(string Deputy, string Official, string Agency, string Topic, string Text, string? Answer, string? Commitment, DateOnly? DueDate);

public sealed record SampleQuestioningConclusion(string Number, DateOnly IssuedOn, string Summary);

public static class QuestioningSample
{
    /// <summary>Plays the questioning in the council, as <paramref name="player"/>; a conclusion in the past carries <paramref name="entered"/> as its reason.</summary>
    public static async Task Play(IMessageBus bus, IDocumentStore store, Actor player, SampleQuestioning sample, string entered, CancellationToken cancellation)
    {
        IReadOnlyList<Agency> agencies;
        IReadOnlyList<DirectoryPerson> people;
        await using (var session = store.QuerySession(player.CouncilId!))
        {
            agencies = await session.Query<Agency>().ToListAsync(cancellation);
            people = await session.Query<DirectoryPerson>().ToListAsync(cancellation);
        }

        var id = Guid.CreateVersion7();
        await bus.SendAsync(player, new OpenQuestioning(id, sample.Title, sample.Forum, sample.HeldOn), cancellation: cancellation);
        foreach (var question in sample.Questions)
        {
            var official = DirectoryNames.Match(question.Official, people, person => [person.FullName]).Found?.Id
                ?? throw new InvalidDataException($"Danh bạ không có người “{question.Official}”.");
            var agency = DirectoryNames.Match(question.Agency, agencies).Found?.Id ?? throw new InvalidDataException($"Danh bạ không có cơ quan “{question.Agency}”.");
            var questionId = Guid.CreateVersion7();
            await bus.SendAsync(player, new RegisterQuestion(id, questionId, question.Deputy, official, agency, question.Topic, question.Text), cancellation: cancellation);
            if (question.Answer is { } answer)
            {
                await bus.SendAsync(player, new AnswerQuestion(id, questionId, answer, question.Commitment, question.DueDate), cancellation: cancellation);
            }
        }

        if (sample.Conclusion is { } conclusion)
        {
            await bus.SendAsync(player, new ConcludeQuestioning(id, conclusion.Number, conclusion.IssuedOn, conclusion.Summary, entered), cancellation: cancellation);
            if (sample.Published)
            {
                await bus.SendAsync(player, new PublishQuestioning(id), cancellation: cancellation);
            }
        }
    }
}
