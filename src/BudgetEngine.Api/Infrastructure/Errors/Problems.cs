using BudgetEngine.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetEngine.Api.Infrastructure.Errors;

/// <summary>The problem responses the endpoints give, worded once.</summary>
public static class Problems
{
    /// <summary>400 listing each field (a JSON pointer, or a query parameter's name) and what is wrong with it.</summary>
    public static ValidationProblem Validation(IEnumerable<ValidationError> errors, string title = "The scenario is not valid.") =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            detail: "See errors: each key is a JSON pointer to the field (or the name of the query parameter), each value says what is wrong.",
            title: title);

    public static ProblemHttpResult NotFound(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such scenario.",
        detail: $"No scenario has the id '{id}'.");

    public static ProblemHttpResult VersionNotFound(string id, int version) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such version.",
        detail: $"The scenario '{id}' has no version {version}; GET /v1/scenarios/{id}/versions lists them.");

    public static ProblemHttpResult Gone(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status410Gone,
        title: "The scenario was deleted.",
        detail: $"The scenario '{id}' was deleted; its history remains at /v1/scenarios/{id}/versions.");

    public static ProblemHttpResult PreconditionRequired() => TypedResults.Problem(
        statusCode: StatusCodes.Status428PreconditionRequired,
        title: "If-Match is required.",
        detail: "Send the ETag of the version you changed as If-Match, so that nobody else's change is lost. GET the scenario to learn it.");

    public static ProblemHttpResult PreconditionFailed(string currentETag) => TypedResults.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed,
        title: "The scenario has changed since you read it.",
        detail: $"If-Match does not match the current version {currentETag}. GET the scenario, apply your change to it and send it again with the new ETag.",
        extensions: new Dictionary<string, object?> { ["currentETag"] = currentETag });
}
