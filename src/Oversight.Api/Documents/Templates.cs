using Oversight.Accounts;
using System.Security.Cryptography;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.Options;
using Oversight.Common;
using Wolverine.Marten;

namespace Oversight.Documents;

/// <summary>A template version a clerk uploaded; the newest one replaces the default file of the same name.</summary>
public sealed class StoredTemplate
{
    /// <summary>The template's file name, e.g. bao-cao-ket-qua-giam-sat.docx.</summary>
    public string Id { get; set; } = "";
    public int Version { get; set; }
    public string Sha256 { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    public byte[] Content { get; set; } = [];
}

public static class Templates
{
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>The template in force: the newest uploaded version, else the default file.</summary>
    public static async Task<byte[]> Load(IQuerySession session, DocumentSettings settings, string name, CancellationToken cancellation) =>
        await session.LoadAsync<StoredTemplate>(name, cancellation) is { } stored
            ? stored.Content
            : await File.ReadAllBytesAsync(Path.Combine(settings.TemplateFolder, name), cancellation);

    /// <summary>What every programme template receives: the data model's shape, member by member.</summary>
    public static DataShape Shape { get; } = DataShape.OfType(typeof(ProgrammeDocumentData));

    /// <summary>The sample data every template is checked with (templates/sample-data.json), read as the data model itself.</summary>
    public static ProgrammeDocumentData SampleData(string templateFolder) =>
        JsonSerializer.Deserialize<ProgrammeDocumentData>(File.ReadAllText(Path.Combine(templateFolder, TemplatesCommand.SharedSample)), DocumentPreparation.SnakeCase)
        ?? throw new JsonException($"{TemplatesCommand.SharedSample} trống.");
}

/// <summary>A clerk uploads a new version of a template: it must render the sample data before it is used.</summary>
[Requires(Capability.ManageTemplates)]
public sealed record UploadTemplate(string Name, byte[] Content);

public static class UploadTemplateHandler
{
    public static StoredTemplate Decide(UploadTemplate command, StoredTemplate? current, object sampleData, DateTimeOffset now, CancellationToken cancellation = default)
    {
        if (ProgrammeDocuments.Find(command.Name) is null)
        {
            throw Refusal.NotFound($"Không có mẫu văn bản “{command.Name}”.");
        }

        if (command.Content.Length is 0 or > Templates.MaxBytes)
        {
            throw Refusal.Invalid("file", $"Hãy gửi một tệp .docx không quá {Templates.MaxBytes / 1024 / 1024} MB.");
        }

        var problems = WordTemplate.Check(command.Content, command.Name, sampleData, Templates.Shape, cancellation);
        if (problems.Count > 0)
        {
            throw Refusal.Invalid("file", string.Join(" ", problems));
        }

        return new StoredTemplate
        {
            Id = command.Name,
            Version = (current?.Version ?? 0) + 1,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(command.Content)),
            UploadedAt = now,
            Content = command.Content,
        };
    }

    [Untargeted]
    public static async Task<StoreDoc<StoredTemplate>> Handle(UploadTemplate command, IQuerySession session, IOptions<DocumentSettings> settings,
        TimeProvider clock, CancellationToken cancellation)
    {
        var current = await session.LoadAsync<StoredTemplate>(command.Name, cancellation);
        return MartenOps.Store(Decide(command, current, Templates.SampleData(settings.Value.TemplateFolder), clock.GetUtcNow(), cancellation));
    }
}
