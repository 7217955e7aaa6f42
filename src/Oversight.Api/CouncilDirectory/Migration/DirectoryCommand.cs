using JasperFx.CommandLine;
using Marten;

namespace Oversight.CouncilDirectory.Migration;

public enum DirectoryAction
{
    migrate,
}

public sealed class DirectoryInput : NetCoreInput
{
    [Description("migrate: nối các tên cơ quan, tên Ban ghi trước khi có danh bạ với danh bạ, rồi in những tên chưa khớp")]
    public DirectoryAction Action { get; set; }

    [Description("Chỉ HĐND có mã này (mặc định: mọi HĐND)")]
    public string? CouncilFlag { get; set; }
}

[Description("Danh bạ của HĐND: đối chiếu tên đã ghi với danh bạ", Name = "directory")]
public sealed class DirectoryCommand : JasperFxAsyncCommand<DirectoryInput>
{
    public DirectoryCommand() => Usage("Đối chiếu").Arguments(input => input.Action);

    public override async Task<bool> Execute(DirectoryInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var logger = host.Services.GetRequiredService<ILogger<DirectoryCommand>>();
        var reports = await MatchingAtStart.MatchAll(store, onlyNew: false, logger, CancellationToken.None, input.CouncilFlag);
        if (input.CouncilFlag is { } wanted && reports.Count == 0)
        {
            await Console.Error.WriteLineAsync($"Không có HĐND mã “{wanted}”.");
            return false;
        }

        foreach (var (council, report) in reports)
        {
            Console.WriteLine($"{council.Id}: đã nối {report.Linked} tên; {(report.Complete ? "mọi tên đã khớp với danh bạ." : "còn chưa khớp:")}");
            foreach (var (kind, names) in new[] { ("cơ quan", report.Agencies), ("Ban", report.Committees) })
            {
                foreach (var name in names)
                {
                    var candidates = name.Candidates.Count > 1 ? $" (khớp nhiều mục: {string.Join("; ", name.Candidates)})" : "";
                    Console.WriteLine($"  {kind} “{name.Name}”{candidates}: {string.Join("; ", name.Uses.Select(use => use.What))}");
                }
            }
        }

        return true;
    }
}
