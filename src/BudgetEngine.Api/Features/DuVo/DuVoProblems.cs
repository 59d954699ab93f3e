using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.Core.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>The problem responses of the DU VO endpoints, worded once.</summary>
public static class DuVoProblems
{
    /// <summary>The first year a DU VO route accepts.</summary>
    public const int MinYear = ScenarioValidator.MinYear;

    /// <summary>The last year a DU VO route accepts.</summary>
    public const int MaxYear = ScenarioValidator.MaxYear;

    /// <summary>What is wrong with the route's {code} and {year} (either may be left out); empty when both are fine.</summary>
    public static List<ValidationError> RouteErrors(string? code, int? year)
    {
        var errors = new List<ValidationError>();
        if (code is not null && !CbsCode.IsValid(code))
        {
            errors.Add(new ValidationError("code", $"'{code}' is not a CBS municipality code; give \"GM\" followed by four digits, e.g. GM0344 (upper-case GM)."));
        }
        if (year is < MinYear or > MaxYear)
        {
            errors.Add(new ValidationError("year", $"The year must be between {MinYear} and {MaxYear}."));
        }
        return errors;
    }

    public static ProblemHttpResult NoPlan(string code, int year) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such DU VO plan.",
        detail: $"No DU VO plan of {code} for {year} is stored; PUT /v1/centrumgemeenten/{code}/duvo/{year}/plan stores one.");

    public static ProblemHttpResult NoPlans(string code) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No DU VO plans.",
        detail: $"No DU VO plan of {code} is stored for any year; PUT /v1/centrumgemeenten/{code}/duvo/{{year}}/plan stores one.");

    public static ProblemHttpResult NoDistribution(int year) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such DU VO distribution.",
        detail: $"No national DU VO distribution for {year} is stored; PUT /v1/duvo/{year}/distribution stores one.");

    public static ProblemHttpResult NoSuchVersion(string what, int version, string versionsPath) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such version.",
        detail: $"The {what} has no version {version}; GET {versionsPath} lists them.");

    public static ProblemHttpResult PaymentUnknown(string missing) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The DU VO payment is not known.",
        detail: missing);

    public static ProblemHttpResult PreconditionRequired(string what) => TypedResults.Problem(
        statusCode: StatusCodes.Status428PreconditionRequired,
        title: "If-Match is required.",
        detail: $"The {what} exists already: send the ETag of the version you replace as If-Match, so that nobody else's change is lost. GET the {what} to learn it.");

    public static ProblemHttpResult PreconditionFailed(string what, string currentETag) => TypedResults.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed,
        title: $"The {what} has changed since you read it.",
        detail: $"If-Match does not match the current version {currentETag}. GET the {what}, apply your change to it and send it again with the new ETag.",
        extensions: new Dictionary<string, object?> { ["currentETag"] = currentETag });

    public static ProblemHttpResult NothingToMatch(string what) => TypedResults.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed,
        title: $"No {what} is stored yet.",
        detail: $"If-Match names a version, but no {what} is stored here yet. Send the PUT without If-Match to create it.");
}
