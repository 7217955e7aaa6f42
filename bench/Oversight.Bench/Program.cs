using System.Diagnostics;
using System.Text.Json;
using Oversight.Documents;
using Oversight.TemplateWriter;

// One layout, two tag syntaxes: Oversight's Scriban tags and docxtemplater's, on the same data.
const int Warmup = 50;
const int Iterations = 400;
var work = Directory.CreateTempSubdirectory("oversight-bench-");
var repository = FindRepository();

var ours = Path.Combine(work.FullName, "scriban.docx");
var theirs = Path.Combine(work.FullName, "docxtemplater.docx");
WriteTemplate(ours, new Tags("{{ place }}, {{ date }}", "Kết quả {{ title }}", "{{ for finding in findings }}", "- {{ finding.text }} ({{ finding.agency }})", "{{ end }}",
    "{{ for r in recommendations }}{{ r.code }}", "{{ r.text }}", "{{ r.due }}{{ end }}"));
WriteTemplate(theirs, new Tags("{place}, {date}", "Kết quả {title}", "{#findings}", "- {text} ({agency})", "{/findings}",
    "{#recommendations}{code}", "{text}", "{due}{/recommendations}"));

var data = new
{
    title = "Giám sát việc thực hiện chính sách pháp luật về trợ giúp xã hội đối với các đối tượng bảo trợ xã hội trên địa bàn tỉnh",
    place = "Hà Nam",
    date = "ngày 05 tháng 07 năm 2024",
    findings = Enumerable.Range(1, 40).Select(index => new
    {
        text = $"Ý kiến số {index}: việc chi trả trợ cấp thường xuyên cho đối tượng bảo trợ xã hội tại cộng đồng được thực hiện kịp thời, đúng đối tượng",
        agency = index % 2 == 0 ? "Sở Lao động - Thương binh và Xã hội" : "UBND tỉnh",
    }),
    recommendations = Enumerable.Range(1, 25).Select(index => new
    {
        code = $"KN-2024-001-{index:00}",
        text = $"Kiến nghị số {index}: tăng cường đào tạo, tập huấn nghiệp vụ cho cán bộ làm công tác bảo trợ xã hội ở cơ sở",
        due = "31/12/2024",
    }),
};
var dataFile = Path.Combine(work.FullName, "data.json");
File.WriteAllText(dataFile, JsonSerializer.Serialize(data));

var template = File.ReadAllBytes(ours);
var model = TemplateData.FromJson(File.ReadAllText(dataFile));
for (var i = 0; i < Warmup; i++)
{
    WordTemplate.Render(template, "bench.docx", model);
}

var times = new List<double>();
byte[] rendered = [];
for (var i = 0; i < Iterations; i++)
{
    var watch = Stopwatch.StartNew();
    rendered = WordTemplate.Render(template, "bench.docx", model);
    times.Add(watch.Elapsed.TotalMilliseconds);
}

var bytes = rendered.Length;
File.WriteAllBytes(Path.Combine(work.FullName, "ours.docx"), rendered);

times.Sort();
double At(double quantile) => times[Math.Min(times.Count - 1, (int)(quantile * times.Count))];

var node = Process.Start(new ProcessStartInfo("node", [Path.Combine(repository, "bench", "docxtemplater", "render.js"), theirs, dataFile, Warmup.ToString(), Iterations.ToString(),
    Path.Combine(work.FullName, "theirs.docx")])
{
    RedirectStandardOutput = true,
})!;
var docxtemplater = JsonDocument.Parse(node.StandardOutput.ReadToEnd()).RootElement;
node.WaitForExit();
var theirsP50 = docxtemplater.GetProperty("p50").GetDouble();

Console.WriteLine($"Results report, 40 findings and 25 recommendations, {Iterations} renders after {Warmup} warm-up ({Environment.ProcessorCount} cores):");
Console.WriteLine($"  Oversight (Scriban in .docx): p50 {At(0.5):F2} ms, p95 {At(0.95):F2} ms, {bytes:N0} bytes");
Console.WriteLine($"  docxtemplater (Node {Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true })!.StandardOutput.ReadToEnd().Trim()}): p50 {theirsP50:F2} ms, p95 {docxtemplater.GetProperty("p95").GetDouble():F2} ms, {docxtemplater.GetProperty("bytes").GetInt32():N0} bytes");
Console.WriteLine($"  ratio of p50 (Oversight / docxtemplater): {At(0.5) / theirsP50:F2}");
// Both outputs must hold the same content, or the timings compare different work.
foreach (var output in new[] { "ours.docx", "theirs.docx" })
{
    using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.Combine(work.FullName, output), false);
    var text = word.MainDocumentPart!.Document!.Body!.InnerText;
    var complete = text.Contains("KN-2024-001-25") && text.Contains("Ý kiến số 40:") && !text.Contains('{');
    Console.WriteLine($"  {output}: {(complete ? "all 40 findings and 25 recommendations present" : "INCOMPLETE OUTPUT")}");
}

work.Delete(recursive: true);

void WriteTemplate(string path, Tags tags) =>
    OfficialLayout.Write(path, document => document
        .Heading("HỘI ĐỒNG NHÂN DÂN TỈNH", "ĐOÀN GIÁM SÁT", "Số: ……/BC-ĐGS", tags.PlaceAndDate)
        .Title("BÁO CÁO", tags.Summary)
        .Heading1("I. KẾT QUẢ VÀ HẠN CHẾ")
        .Tag(tags.FindingsOpen)
        .Text(tags.Finding)
        .Tag(tags.FindingsEnd)
        .Heading1("II. KIẾN NGHỊ")
        .Table([1900, 5600, 1800], ["Mã", "Nội dung kiến nghị", "Thời hạn"], [tags.RowOpen, tags.RowText, tags.RowEnd])
        .Signature(["- Thường trực HĐND;", "- Lưu: VT."], "TM. ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN", "Đặng Thanh Sơn"));

static string FindRepository()
{
    var folder = new DirectoryInfo(AppContext.BaseDirectory);
    while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Oversight.sln")))
    {
        folder = folder.Parent;
    }

    return folder?.FullName ?? throw new InvalidOperationException("Run the benchmark from the repository.");
}

/// <summary>The places where the two engines' tag syntaxes differ.</summary>
sealed record Tags(string PlaceAndDate, string Summary, string FindingsOpen, string Finding, string FindingsEnd, string RowOpen, string RowText, string RowEnd);
