using System.Text.Json;
using JasperFx.CommandLine;

namespace Oversight.Documents;

public enum TemplatesAction
{
    check,
    render,
}

public sealed class TemplatesInput
{
    [Description("check: thử mọi mẫu với dữ liệu mẫu (TÊN.sample.json, hoặc sample-data.json); render: dựng một văn bản từ một mẫu và một tệp dữ liệu JSON")]
    public TemplatesAction Action { get; set; }

    [Description("render: tệp mẫu .docx")]
    public string Template { get; set; } = "";

    [Description("render: tệp dữ liệu .json")]
    public string Data { get; set; } = "";

    [Description("render: tệp .docx sẽ ghi ra")]
    public string Output { get; set; } = "";

    [Description("check: thư mục chứa các mẫu (mặc định: templates bên cạnh ứng dụng)")]
    public string? FolderFlag { get; set; }
}

/// <summary>
/// For template authors: no server and no database needed. Program.cs runs it before the web host is
/// built, so it neither starts PostgreSQL nor minds an app running on the same data folder.
/// </summary>
[Description("Kiểm tra hoặc thử dựng các mẫu văn bản Word", Name = "templates")]
public sealed class TemplatesCommand : JasperFxCommand<TemplatesInput>
{
    /// <summary>Sample data every template may use: what the API gives for a programme with <c>?data=json</c>.</summary>
    public const string SharedSample = "sample-data.json";

    public TemplatesCommand()
    {
        Usage("Kiểm tra mọi mẫu").Arguments(input => input.Action);
        Usage("Dựng một văn bản").Arguments(input => input.Action, input => input.Template, input => input.Data, input => input.Output);
    }

    public override bool Execute(TemplatesInput input)
    {
        try
        {
            return input.Action == TemplatesAction.check ? Check(input.FolderFlag ?? new DocumentSettings().TemplateFolder) : Render(input);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException or JsonException or TemplateException)
        {
            Console.Error.WriteLine(problem.Message);
            return false;
        }
    }

    static bool Check(string folder)
    {
        var templates = Directory.GetFiles(folder, "*.docx").Order().ToList();
        var failures = 0;
        foreach (var template in templates)
        {
            var name = Path.GetFileName(template);
            var own = Path.ChangeExtension(template, ".sample.json");
            // A template's own sample is its author's data; otherwise the template receives a programme's data.
            var problems = File.Exists(own)
                ? WordTemplate.Check(File.ReadAllBytes(template), name, TemplateData.FromJson(File.ReadAllText(own)))
                : File.Exists(Path.Combine(folder, SharedSample))
                    ? WordTemplate.Check(File.ReadAllBytes(template), name, Templates.SampleData(folder), Templates.Shape)
                    : [$"Mẫu “{name}”: thiếu dữ liệu mẫu ({Path.GetFileName(own)} hoặc {SharedSample})."];
            failures += problems.Count > 0 ? 1 : 0;
            Console.WriteLine(problems.Count == 0 ? $"Đạt: {name}" : string.Join(Environment.NewLine, problems));
        }

        Console.WriteLine($"{templates.Count - failures}/{templates.Count} mẫu đạt.");
        return failures == 0;
    }

    static bool Render(TemplatesInput input)
    {
        var name = Path.GetFileName(input.Template);
        var document = WordTemplate.Render(File.ReadAllBytes(input.Template), name, TemplateData.FromJson(File.ReadAllText(input.Data)));
        File.WriteAllBytes(input.Output, document);
        Console.WriteLine($"Đã ghi {input.Output}.");
        return true;
    }
}
