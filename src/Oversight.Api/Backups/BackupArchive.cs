using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Oversight.Backups;

/// <summary>What a backup says about itself: whose it is, from which version of the app, and the fingerprint of its dump.</summary>
public sealed record BackupManifest(
    string Kind,
    int Format,
    string AppVersion,
    DateTimeOffset TakenAt,
    string Database,
    string PostgresVersion,
    string Dump,
    long DumpBytes,
    string DumpSha256);

/// <summary>A backup refused or failed, with the Vietnamese sentence the operator reads.</summary>
public sealed class BackupException(string message) : Exception(message);

/// <summary>
/// One backup is one .zip file holding PostgreSQL's own dump in custom format (<c>oversight.dump</c>, stored
/// as is: it is compressed already) and <c>manifest.json</c> with the app's version and the dump's size and
/// SHA-256. One file, so that the fingerprint cannot be separated from what it vouches for when the backup is
/// copied elsewhere; a zip, so that any machine can open it and hand the dump to pg_restore by hand; and the
/// dump is written straight into it, so a backup never needs twice its size on the disk.
/// </summary>
public static class BackupArchive
{
    public const string Kind = "oversight-backup";
    public const int Format = 1;
    public const string ManifestEntry = "manifest.json";
    public const string DumpEntry = "oversight.dump";

    /// <summary>Readable as it is (a file for people, never for a web page): "+" and Vietnamese folder names unescaped.</summary>
    static readonly JsonSerializerOptions json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The running app's version, as written into every backup (the informational version, with its commit).</summary>
    public static string AppVersion { get; } =
        typeof(BackupArchive).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(BackupArchive).Assembly.GetName().Version!.ToString();

    /// <summary>Writes the dump read from <paramref name="dump"/> into a new archive, then its manifest.</summary>
    public static async Task<BackupManifest> Write(Stream archive, Stream dump, BackupManifest header, CancellationToken cancellation)
    {
        using var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long bytes = 0;
        await using (var target = zip.CreateEntry(DumpEntry, CompressionLevel.NoCompression).Open())
        {
            var buffer = new byte[1 << 16];
            int read;
            while ((read = await dump.ReadAsync(buffer, cancellation)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellation);
                bytes += read;
            }
        }

        var manifest = header with
        {
            Kind = Kind, Format = Format, Dump = DumpEntry, DumpBytes = bytes, DumpSha256 = Convert.ToHexStringLower(hash.GetHashAndReset()),
        };
        await using (var target = zip.CreateEntry(ManifestEntry, CompressionLevel.Optimal).Open())
        {
            await JsonSerializer.SerializeAsync(target, manifest, json, cancellation);
        }

        return manifest;
    }

    /// <summary>
    /// Opens a backup for restoring, after checking that it is one of ours, from this version of the app or an
    /// older one, and whole: the dump's size and SHA-256 are those its manifest recorded.
    /// </summary>
    public static VerifiedBackup Open(string path, string runningVersion)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new BackupException($"Không tìm thấy tệp sao lưu {path}.");
        }

        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException)
        {
            throw new BackupException($"Tệp {name} không phải bản sao lưu của Oversight, hoặc đã bị hỏng hay chép thiếu: không đọc được. Không khôi phục gì.");
        }

        try
        {
            var manifest = ReadManifest(zip, name);
            if (manifest.Format > Format)
            {
                throw new BackupException($"Bản sao lưu {name} có định dạng {manifest.Format}, mới hơn định dạng phiên bản này đọc được ({Format}): " +
                    "hãy cập nhật Oversight trước khi khôi phục.");
            }

            if (NumberOf(manifest.AppVersion) is not { } made || made > NumberOf(runningVersion))
            {
                throw new BackupException($"Bản sao lưu {name} được tạo bởi Oversight {manifest.AppVersion}, mới hơn phiên bản đang chạy ({runningVersion}): " +
                    $"hãy cập nhật Oversight lên phiên bản {manifest.AppVersion} hoặc mới hơn rồi khôi phục.");
            }

            var dump = zip.GetEntry(DumpEntry) ?? throw Damaged(name);
            var (bytes, sha) = Fingerprint(dump, name);
            if (bytes != manifest.DumpBytes || sha != manifest.DumpSha256)
            {
                throw Damaged(name);
            }

            return new VerifiedBackup(zip, dump, manifest);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    static BackupManifest ReadManifest(ZipArchive zip, string name)
    {
        var foreign = new BackupException($"Tệp {name} không phải bản sao lưu của Oversight (thiếu phần mô tả {ManifestEntry} của phần mềm). Không khôi phục gì.");
        if (zip.GetEntry(ManifestEntry) is not { } entry)
        {
            throw foreign;
        }

        try
        {
            using var stream = entry.Open();
            var manifest = JsonSerializer.Deserialize<BackupManifest>(stream, json);
            return manifest is { Kind: Kind, AppVersion: not null, DumpSha256: not null } ? manifest : throw foreign;
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException)
        {
            throw foreign;
        }
    }

    static (long Bytes, string Sha256) Fingerprint(ZipArchiveEntry dump, string name)
    {
        try
        {
            using var stream = dump.Open();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 16];
            long bytes = 0;
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                bytes += read;
            }

            return (bytes, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch (InvalidDataException)
        {
            throw Damaged(name);
        }
    }

    static BackupException Damaged(string name) =>
        new($"Bản sao lưu {name} đã bị hỏng: dữ liệu không khớp với mã kiểm tra SHA-256 ghi lúc sao lưu (tệp bị sửa hoặc chép thiếu). " +
            "Không khôi phục gì; hãy dùng một bản sao lưu khác.");

    /// <summary>The numbered part of a version ("1.2.0+abc" → 1.2.0); null when it has none.</summary>
    static Version? NumberOf(string version) =>
        Version.TryParse(version.Split('+', '-')[0], out var number) ? number : null;
}

/// <summary>A backup whose manifest and fingerprint were checked: its dump can be read for restoring.</summary>
public sealed class VerifiedBackup(ZipArchive zip, ZipArchiveEntry dump, BackupManifest manifest) : IDisposable
{
    public BackupManifest Manifest { get; } = manifest;

    public Stream OpenDump() => dump.Open();

    public void Dispose() => zip.Dispose();
}
