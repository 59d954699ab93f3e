using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Limits;
using BudgetEngine.Api.Infrastructure.Security;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Api.Features.Keys;

/// <summary>The rules of a new key's body; each error names its field as a JSON pointer.</summary>
public static class CreateKeyValidation
{
    public static IReadOnlyList<ValidationError> Check(CreateKeyRequest request, LimitsOptions limits)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(request.Organisation))
            errors.Add(new ValidationError(FieldPath.Of("organisation"), ProblemTexts.Of("Field.KeyOrganisationMissing")));
        else if (request.Organisation.Length > limits.MaxStringLength)
            errors.Add(new ValidationError(FieldPath.Of("organisation"), ProblemTexts.Of("Field.TextTooLong", ProblemTexts.Number(request.Organisation.Length), ProblemTexts.Number(limits.MaxStringLength))));
        else if (Infrastructure.Limits.TextCharacters.Refusal(request.Organisation) is { } refusal)
            errors.Add(new ValidationError(FieldPath.Of("organisation"), refusal));
        if (request.Name is { Length: var length } && length > limits.MaxStringLength)
            errors.Add(new ValidationError(FieldPath.Of("name"), ProblemTexts.Of("Field.TextTooLong", ProblemTexts.Number(length), ProblemTexts.Number(limits.MaxStringLength))));
        if (request.Roles is not { Count: > 0 } roles)
        {
            errors.Add(new ValidationError(FieldPath.Of("roles"), ProblemTexts.Of("Field.RolesMissing", ProblemTexts.Text(string.Join(", ", Roles.All)))));
            return errors;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < roles.Count; i++)
        {
            if (!Roles.IsKnown(roles[i]))
                errors.Add(new ValidationError(FieldPath.Of("roles", i), ProblemTexts.Of("Field.RoleUnknown", ProblemTexts.Text(Shorten(roles[i])), ProblemTexts.Text(string.Join(", ", Roles.All)))));
            else if (!seen.Add(roles[i]!))
                errors.Add(new ValidationError(FieldPath.Of("roles", i), ProblemTexts.Of("Field.RoleTwice", ProblemTexts.Text(roles[i]!))));
        }
        return errors;
    }

    private static string Shorten(string? text) => text is null ? "null" : text.Length <= 40 ? text : text[..40] + "…";
}
