using Marten;
using Oversight.Accounts;
using Oversight.Common;

namespace Oversight.Imports;

/// <summary>
/// A file uploaded on the import page, kept for its preview and the confirmation that follows (a browser cannot send the
/// same file twice). It is not the council's data: only the person who uploaded it may import it, the import deletes it,
/// and what is left a day later goes with the next upload.
/// </summary>
public sealed class PendingImport
{
    public Guid Id { get; set; }
    public string FileName { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public Guid AccountId { get; set; }
    public DateTimeOffset StagedAt { get; set; }
}

/// <summary>Keeps an uploaded file for its preview, once it reads as an import file.</summary>
[Requires(Capability.ManageProgrammes)]
public sealed record StageImport(Guid Id, string? FileName, byte[] Content);

public static class StageImportHandler
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public static PendingImport Decide(StageImport command, Actor actor, DateTimeOffset now)
    {
        var table = ImportFile.Read(command.FileName, command.Content);
        return new PendingImport { Id = command.Id, FileName = table.FileName, Content = command.Content, AccountId = actor.AccountId, StagedAt = now };
    }

    [Untargeted]
    public static void Handle(StageImport command, Actor actor, IDocumentSession session, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var pending = Decide(command, actor, now);
        var expired = now - KeptFor;
        session.DeleteWhere<PendingImport>(old => old.StagedAt < expired);
        session.Insert(pending);
    }
}
