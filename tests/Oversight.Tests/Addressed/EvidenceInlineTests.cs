using Alba;
using Oversight.Recommendations.Register;
using Oversight.Recommendations.FollowUp;
using Oversight.Tests.Security;
using Oversight.Tests.Support;

namespace Oversight.Tests.Addressed;

/// <summary>
/// Evidence is shown in the browser only when its content is a PDF, a PNG or a JPEG, always sandboxed; HTML and SVG are downloads,
/// whatever their name says.
/// </summary>
public sealed class EvidenceInlineTests(AppFixture fixture) : IntegrationContext(fixture)
{
    static readonly byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"u8.ToArray();
    static readonly byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    static readonly byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];
    static readonly byte[] html = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"u8.ToArray();
    static readonly byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>"u8.ToArray();

    [Fact]
    public async Task PDFs_and_pictures_are_shown_sandboxed_and_anything_else_disguised_or_not_is_downloaded()
    {
        var world = await World.Plan(Host, People.SecretariatA, member: null);
        var files = await Upload(world, ("bao-cao.pdf", pdf), ("anh-hien-truong.png", png), ("anh.jpg", jpeg), ("gia-mao.pdf", html), ("gia-mao.png", svg),
            ("anh-khong-duoi.jpeg", pdf));

        await Inline(files["bao-cao.pdf"], "application/pdf", pdf);
        await Inline(files["anh-hien-truong.png"], "image/png", png);
        await Inline(files["anh.jpg"], "image/jpeg", jpeg);
        // The content decides: a PDF called .jpeg is shown as the PDF it is.
        await Inline(files["anh-khong-duoi.jpeg"], "application/pdf", pdf);
        await Downloaded(files["gia-mao.pdf"], html);
        await Downloaded(files["gia-mao.png"], svg);
        await Downloaded(files["bao-cao.pdf"], pdf, "?download=true");

        // Files kept under their own names before the upload checks (or by another way in) are no different.
        await using (var session = Fixture.Store.LightweightSession(People.CouncilA))
        {
            foreach (var (name, content) in new[] { ("trang.html", html), ("hinh.svg", svg) })
            {
                var file = new EvidenceFile { Id = Guid.CreateVersion7(), RecommendationId = world.RecommendationId, FileName = name, Content = content };
                session.Store(file);
                files[name] = file.Id;
            }

            await session.SaveChangesAsync();
        }

        await Downloaded(files["trang.html"], html);
        await Downloaded(files["hinh.svg"], svg);
    }

    async Task<Dictionary<string, Guid>> Upload(World world, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent("Ảnh và báo cáo kèm theo"), "text" } };
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }

        await Host.Scenario(scenario =>
        {
            scenario.As(People.AgencyA);
            scenario.Post.MultipartFormData(form).ToUrl($"/api/recommendations/{world.RecommendationId}/progress");
            scenario.StatusCodeShouldBe(204);
        });
        var view = await Host.GetJson<RecommendationView>($"/api/recommendations/{world.RecommendationId}", People.SecretariatA);
        return view.History.SelectMany(entry => entry.Evidence).DistinctBy(file => file.FileName).ToDictionary(file => file.FileName, file => file.Id);
    }

    async Task Inline(Guid file, string type, byte[] content)
    {
        var result = await Get(file, "");
        var headers = result.Context.Response.Headers;
        (headers.ContentType.ToString(), headers.ContentDisposition.ToString().Split(';')[0]).ShouldBe((type, "inline"));
        Protected(result);
        (await result.ReadBytes()).ShouldBe(content);
    }

    async Task Downloaded(Guid file, byte[] content, string query = "")
    {
        var result = await Get(file, query);
        var headers = result.Context.Response.Headers;
        (headers.ContentType.ToString(), headers.ContentDisposition.ToString().Split(';')[0]).ShouldBe(("application/octet-stream", "attachment"));
        Protected(result);
        (await result.ReadBytes()).ShouldBe(content);
    }

    static void Protected(IScenarioResult result)
    {
        result.Context.Response.Headers.ContentSecurityPolicy.ToString().ShouldBe("sandbox");
        result.Context.Response.Headers.XContentTypeOptions.ToString().ShouldBe("nosniff");
    }

    Task<IScenarioResult> Get(Guid file, string query) => Host.Scenario(scenario =>
    {
        scenario.As(People.SecretariatA);
        scenario.Get.Url($"/api/evidence/{file}{query}");
        scenario.StatusCodeShouldBeOk();
    });
}
