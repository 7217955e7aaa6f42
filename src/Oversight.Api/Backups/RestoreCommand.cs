using System.Diagnostics;
using JasperFx.CommandLine;
using Oversight.Common;

namespace Oversight.Backups;

public sealed class RestoreInput : NetCoreInput
{
    [Description("Tệp sao lưu (.zip) do lệnh backup hoặc bản sao lưu hằng ngày tạo ra")]
    public string File { get; set; } = "";
}

[Description("Khôi phục cơ sở dữ liệu từ một tệp sao lưu, khi ứng dụng đã dừng (dữ liệu đang có được sao lưu trước)", Name = "restore")]
public sealed class RestoreCommand : JasperFxAsyncCommand<RestoreInput>
{
    public RestoreCommand() => Usage("Khôi phục").Arguments(input => input.File);

    public override async Task<bool> Execute(RestoreInput input)
    {
        using var host = input.BuildHost();
        var backups = host.Services.GetRequiredService<DatabaseBackups>();
        try
        {
            var watch = Stopwatch.StartNew();
            var (restored, safetyCopy) = await backups.Restore(input.File, CancellationToken.None);
            if (safetyCopy is not null)
            {
                Console.WriteLine($"Dữ liệu có trước khi khôi phục được sao lưu vào {safetyCopy}.");
            }

            Console.WriteLine($"Đã khôi phục {Path.GetFileName(input.File)} (sao lưu lúc {VietnamTime.Format(restored.TakenAt)} bởi Oversight {restored.AppVersion}) " +
                $"trong {watch.Elapsed.TotalSeconds.ToString("0.0", BackupCommand.Vietnamese)} giây. Lần khởi động tới, ứng dụng tự cập nhật lược đồ dữ liệu nếu cần.");
            return true;
        }
        catch (BackupException refused)
        {
            Console.Error.WriteLine(refused.Message);
            return false;
        }
    }
}
