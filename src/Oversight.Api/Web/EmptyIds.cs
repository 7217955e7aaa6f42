namespace Oversight.Web;

/// <summary>
/// No record has the all-zero id: a route naming it (a hand-made link, a client's bug) is a 404 before anything
/// tries to load or write a stream under it.
/// </summary>
public static class EmptyIds
{
    public static Task Reject(HttpContext context, RequestDelegate next)
    {
        if (context.Request.RouteValues.Values.Any(value => value is string text && Guid.TryParse(text, out var id) && id == Guid.Empty))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
