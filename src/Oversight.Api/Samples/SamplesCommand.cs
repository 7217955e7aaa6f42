using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Oversight.Samples;

public sealed class SamplesInput : NetCoreInput
{
    [Description("Thư mục chứa các tệp dữ liệu mẫu *.json (mặc định: samples bên cạnh ứng dụng)")]
    public string? FolderFlag { get; set; }
}

[Description("Nạp dữ liệu mẫu qua đúng các lệnh nghiệp vụ của ứng dụng (bỏ qua cuộc giám sát đã có)", Name = "samples")]
public sealed class SamplesCommand : JasperFxAsyncCommand<SamplesInput>
{
    public override async Task<bool> Execute(SamplesInput input)
    {
        using var host = input.BuildHost();
        // The commands run on the started app; it listens on a throwaway loopback port meanwhile so it
        // never takes the port of a running instance.
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        addresses.Clear();
        addresses.Add("http://127.0.0.1:0");
        await host.StartAsync();
        var folder = input.FolderFlag ?? SamplePlayer.DefaultFolder;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var loaded = await scope.ServiceProvider.GetRequiredService<SamplePlayer>().LoadFolder(folder, CancellationToken.None);
            Console.WriteLine($"Đã nạp {loaded} cuộc giám sát mẫu từ {folder}.");
        }

        await host.StopAsync();
        return true;
    }
}
