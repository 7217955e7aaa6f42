using System.Diagnostics;
using System.Globalization;
using JasperFx.CommandLine;

namespace Oversight.Backups;

public sealed class BackupInput : NetCoreInput
{
    [Description("Tệp sao lưu sẽ tạo (.zip); mặc định oversight-<ngày-giờ>.zip trong thư mục Backup__Folder")]
    public string File { get; set; } = "";
}

[Description("Sao lưu cơ sở dữ liệu vào một tệp .zip: bản pg_dump định dạng custom, kèm phiên bản phần mềm và mã kiểm tra SHA-256", Name = "backup")]
public sealed class BackupCommand : JasperFxAsyncCommand<BackupInput>
{
    public BackupCommand()
    {
        Usage("Sao lưu vào thư mục sao lưu");
        Usage("Sao lưu vào tệp đã chọn").Arguments(input => input.File);
    }

    public override async Task<bool> Execute(BackupInput input)
    {
        using var host = input.BuildHost();
        var backups = host.Services.GetRequiredService<DatabaseBackups>();
        var path = input.File is { Length: > 0 } file ? file : Path.Combine(backups.Folder, DatabaseBackups.NameAt(TimeProvider.System.GetUtcNow()));
        try
        {
            var watch = Stopwatch.StartNew();
            var manifest = await backups.Write(path, CancellationToken.None);
            Console.WriteLine($"Đã sao lưu vào {Path.GetFullPath(path)} ({Size(new FileInfo(path).Length)}, {watch.Elapsed.TotalSeconds.ToString("0.0", Vietnamese)} giây).");
            Console.WriteLine($"Phiên bản Oversight {manifest.AppVersion}; SHA-256 của dữ liệu: {manifest.DumpSha256}.");
            return true;
        }
        catch (BackupException refused)
        {
            Console.Error.WriteLine(refused.Message);
            return false;
        }
    }

    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    static string Size(long bytes) =>
        bytes < 1024 * 1024 ? $"{(bytes / 1024.0).ToString("0.0", Vietnamese)} KB" : $"{(bytes / 1024.0 / 1024.0).ToString("0.0", Vietnamese)} MB";
}
