using System.Text;

namespace Oversight.Web;

/// <summary>
/// A JSON body of just <c>null</c> binds to no command at all, which endpoints are not written to expect:
/// it is refused as a 400 before it reaches them. Only short bodies are looked at (a <c>null</c> is short).
/// </summary>
public static class NullBodies
{
    const int Peek = 64;

    public static async Task Reject(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
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
