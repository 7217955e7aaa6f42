using System.IO.Compression;
using Oversight.Backups;
using Oversight.Tests.Support;

namespace Oversight.Tests.Hosting;

/// <summary>What restore checks before it touches the database: the file is ours, whole, and not from a newer app.</summary>
public sealed class BackupArchiveTests : IDisposable
{
    readonly TestFolder folder = new("archive");
    readonly byte[] dump = Enumerable.Range(0, 300_000).Select(n => (byte)(n * 7 % 251)).ToArray();

    async Task<string> Archive(string name, string appVersion = "1.0.0")
    {
        var path = Path.Combine(folder.Path, name);
        await using var file = File.Create(path);
        var header = new BackupManifest("", 0, appVersion, DateTimeOffset.UtcNow, "private:/var/lib/oversight", "15.18", "", 0, "");
        await BackupArchive.Write(file, new MemoryStream(dump), header, CancellationToken.None);
        return path;
    }

    [Fact]
    public async Task A_backup_opens_with_its_manifest_and_gives_back_the_dump_byte_for_byte()
    {
        var path = await Archive("oversight.zip");

        using var backup = BackupArchive.Open(path, "1.0.0+abcdef");

        backup.Manifest.Kind.ShouldBe("oversight-backup");
        backup.Manifest.AppVersion.ShouldBe("1.0.0");
        backup.Manifest.DumpBytes.ShouldBe(dump.Length);
        backup.Manifest.DumpSha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(dump)));
        using var copy = new MemoryStream();
        await using (var read = backup.OpenDump())
        {
            await read.CopyToAsync(copy);
        }

        copy.ToArray().ShouldBe(dump);
    }

    [Fact]
    public async Task A_backup_of_an_older_version_opens_and_one_of_a_newer_version_is_refused()
    {
        using (BackupArchive.Open(await Archive("cu.zip", "0.9.0+123"), "1.0.0"))
        {
        }

        var path = await Archive("moi.zip", "1.2.0");

        var newer = Should.Throw<BackupException>(() => BackupArchive.Open(path, "1.0.0+abcdef"));

        newer.Message.ShouldBe("Bản sao lưu moi.zip được tạo bởi Oversight 1.2.0, mới hơn phiên bản đang chạy (1.0.0+abcdef): " +
            "hãy cập nhật Oversight lên phiên bản 1.2.0 hoặc mới hơn rồi khôi phục.");
    }

    [Fact]
    public async Task A_changed_byte_in_the_dump_is_refused_as_damaged()
    {
        var path = await Archive("hong.zip");
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);

        var damaged = Should.Throw<BackupException>(() => BackupArchive.Open(path, "1.0.0"));

        damaged.Message.ShouldStartWith("Bản sao lưu hong.zip đã bị hỏng: dữ liệu không khớp với mã kiểm tra SHA-256");
    }

    [Fact]
    public async Task A_dump_replaced_with_its_manifest_left_as_it_was_is_refused_as_damaged()
    {
        var path = await Archive("thay.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry(BackupArchive.DumpEntry)!.Delete();
            await using var other = zip.CreateEntry(BackupArchive.DumpEntry).Open();
            await other.WriteAsync(dump.Reverse().ToArray());
        }

        Should.Throw<BackupException>(() => BackupArchive.Open(path, "1.0.0")).Message.ShouldContain("đã bị hỏng");
    }

    [Fact]
    public async Task A_truncated_copy_a_foreign_zip_and_a_file_that_is_no_zip_are_refused_in_Vietnamese()
    {
        var whole = await File.ReadAllBytesAsync(await Archive("du.zip"));
        var truncated = Path.Combine(folder.Path, "thieu.zip");
        await File.WriteAllBytesAsync(truncated, whole[..(whole.Length / 2)]);
        var foreign = Path.Combine(folder.Path, "khac.zip");
        using (var zip = ZipFile.Open(foreign, ZipArchiveMode.Create))
        {
            await using var entry = zip.CreateEntry("bang-tinh.csv").Open();
            await entry.WriteAsync("Số,Tên\n1,Hà Nam\n"u8.ToArray());
        }

        var text = Path.Combine(folder.Path, "ghi-chu.zip");
        await File.WriteAllTextAsync(text, "không phải tệp nén");

        Should.Throw<BackupException>(() => BackupArchive.Open(truncated, "1.0.0")).Message
            .ShouldBe("Tệp thieu.zip không phải bản sao lưu của Oversight, hoặc đã bị hỏng hay chép thiếu: không đọc được. Không khôi phục gì.");
        Should.Throw<BackupException>(() => BackupArchive.Open(foreign, "1.0.0")).Message
            .ShouldBe("Tệp khac.zip không phải bản sao lưu của Oversight (thiếu phần mô tả manifest.json của phần mềm). Không khôi phục gì.");
        Should.Throw<BackupException>(() => BackupArchive.Open(text, "1.0.0")).Message.ShouldStartWith("Tệp ghi-chu.zip không phải bản sao lưu của Oversight");
        Should.Throw<BackupException>(() => BackupArchive.Open(Path.Combine(folder.Path, "khong-co.zip"), "1.0.0")).Message
            .ShouldStartWith("Không tìm thấy tệp sao lưu");
    }

    [Fact]
    public void Retention_removes_the_oldest_daily_backups_beyond_the_number_kept_and_nothing_else()
    {
        string[] daily = ["oversight-daily-2026-03-01-020000.zip", "oversight-daily-2026-03-02-020000.zip", "oversight-daily-2026-03-03-020001.zip",
            "oversight-daily-2026-03-04-020000.zip"];
        string[] others = ["oversight-2026-03-01-101500.zip", "oversight-truoc-khoi-phuc-2026-03-02-090000.zip", "ghi-chu.txt"];
        foreach (var name in daily.Concat(others))
        {
            File.WriteAllText(Path.Combine(folder.Path, name), name);
        }

        var removed = DailyBackups.Prune(folder.Path, keep: 2);

        removed.Select(Path.GetFileName).ShouldBe(daily[..2]);
        Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order().ShouldBe(daily[2..].Concat(others).Order());
    }

    public void Dispose() => folder.Dispose();
}
