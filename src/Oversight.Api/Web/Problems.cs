using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Oversight.Web;

/// <summary>ProblemDetails the way this app answers: a Vietnamese title and a detail saying what to do.</summary>
public static class Problems
{
    /// <summary>400 listing each invalid field, or Wolverine's "carry on" marker when there is none.</summary>
    public static ProblemDetails Invalid(IReadOnlyDictionary<string, string> errors) =>
        errors.Count == 0
            ? WolverineContinue.NoProblems
            : new ValidationProblemDetails(errors.ToDictionary(error => error.Key, error => new[] { error.Value }))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = StatusTexts.TitleFor(StatusCodes.Status400BadRequest),
                Detail = string.Join(" ", errors.Values),
            };

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: StatusTexts.TitleFor(StatusCodes.Status404NotFound));
}
