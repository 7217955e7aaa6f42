using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Oversight.Web;

/// <summary>
/// Stylesheets and scripts are linked with their content's fingerprint (<c>asp-append-version</c> adds <c>?v=</c> + its hash): such a
/// link never changes content, so browsers keep it a year without asking; a link without it is checked every time (its ETag).
/// </summary>
public static class StaticFiles
{
    public static void Cache(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers.CacheControl = context.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "no-cache";
        headers.XContentTypeOptions = "nosniff";
    }
}
