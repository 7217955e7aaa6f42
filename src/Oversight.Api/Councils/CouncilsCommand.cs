using JasperFx.CommandLine;
using Marten;
using Oversight.Common;

namespace Oversight.Councils;

public enum CouncilsAction
{
    add,
    list,
}

public sealed class CouncilsInput : NetCoreInput
{
    [Description("add: thêm một HĐND; list: liệt kê")]
    public CouncilsAction Action { get; set; }

    [Description("add: mã HĐND (chữ thường không dấu, ví dụ ha-nam)")]
    public string Id { get; set; } = "";

    [Description("Tên đầy đủ, ví dụ \"Hội đồng nhân dân tỉnh Hà Nam\"")]
    public string? NameFlag { get; set; }

    [Description("Địa danh ghi trên văn bản, ví dụ \"Hà Nam\"")]
    public string? PlaceFlag { get; set; }

    [Description("Province hoặc Commune")]
    public CouncilLevel LevelFlag { get; set; } = CouncilLevel.Province;

    [Description("Với HĐND cấp xã: mã HĐND cấp tỉnh")]
    public string? ProvinceFlag { get; set; }

    [Description("Các Ban, ngăn cách bằng dấu ;")]
    public string? CommitteesFlag { get; set; }
}

[Description("Thêm hoặc liệt kê các HĐND dùng phần mềm (mỗi HĐND một vùng dữ liệu riêng)", Name = "councils")]
public sealed class CouncilsCommand : JasperFxAsyncCommand<CouncilsInput>
{
    public CouncilsCommand()
    {
        Usage("Liệt kê").Arguments(input => input.Action);
        Usage("Thêm").Arguments(input => input.Action, input => input.Id);
    }

    public override async Task<bool> Execute(CouncilsInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        if (input.Action == CouncilsAction.list)
        {
            await using var query = store.QuerySession();
            foreach (var council in await query.Query<Council>().OrderBy(council => council.Id).ToListAsync())
            {
                Console.WriteLine($"{council.Id}\t{Labels.Of(council.Level)}\t{council.Name}{(council.ProvinceId is null ? "" : $" (thuộc {council.ProvinceId})")}");
            }

            return true;
        }

        try
        {
            await using var session = store.LightweightSession();
            var council = await AddCouncilHandler.Add(new AddCouncil(input.Id, input.NameFlag, input.PlaceFlag, input.LevelFlag, input.ProvinceFlag,
                input.CommitteesFlag?.Split(';')), session, TimeProvider.System, CancellationToken.None);
            await session.SaveChangesAsync();
            Console.WriteLine($"Đã thêm {council.Name} (mã {council.Id}).");
            return true;
        }
        catch (Refusal refusal)
        {
            Console.Error.WriteLine(refusal.Message);
            return false;
        }
    }
}
