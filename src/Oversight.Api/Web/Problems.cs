using Microsoft.AspNetCore.Http.HttpResults;

namespace Oversight.Web;

/// <summary>ProblemDetails the way this app answers: a Vietnamese title and a detail saying what to do.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: StatusTexts.TitleFor(StatusCodes.Status404NotFound));
}
