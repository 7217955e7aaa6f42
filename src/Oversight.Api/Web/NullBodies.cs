using System.Text;

namespace Oversight.Web;

/// <summary>
/// JSON bodies the endpoints are not written to expect are refused before they reach them: one over the size
/// limit (413), and one of just <c>null</c>, which binds to no command at all (400). Only short bodies are
/// looked at for the <c>null</c>.
/// </summary>
public static class NullBodies
{
    const int Peek = 64;

    /// <summary>The largest JSON body the API reads; files go through multipart forms, which have their own limits.</summary>
    public const long MaxJsonBytes = 1024 * 1024;

    public static async Task Reject(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api") && request.HasJsonContentType())
        {
            if (request.ContentLength > MaxJsonBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            // A body sent without its length is cut off by the server at the same limit.
            if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxJsonBytes;
            }
        }

        if (request.Path.StartsWithSegments("/api") && request.HasJsonContentType() && request.ContentLength is null or < Peek)
        {
            request.EnableBuffering();
            var buffer = new byte[Peek];
            var read = 0;
            while (read < Peek && await request.Body.ReadAsync(buffer.AsMemory(read, Peek - read), context.RequestAborted) is var count and > 0)
            {
                read += count;
            }

            request.Body.Position = 0;
            if (read < Peek && Encoding.UTF8.GetString(buffer, 0, read).Trim() == "null")
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
        }

        await next(context);
    }
}
