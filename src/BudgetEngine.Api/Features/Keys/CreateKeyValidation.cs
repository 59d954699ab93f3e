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
            errors.Add(new ValidationError("/organisation", "Give the organisation the key belongs to, e.g. \"Regio Gooi en Vechtstreek\", \"GM0402\" or \"national\"."));
        else if (request.Organisation.Length > limits.MaxStringLength)
            errors.Add(new ValidationError("/organisation", $"The text is {request.Organisation.Length} characters; at most {limits.MaxStringLength} are accepted."));
        else if (Infrastructure.Limits.TextCharacters.Refusal(request.Organisation) is { } refusal)
            errors.Add(new ValidationError("/organisation", refusal));
        if (request.Name is { Length: var length } && length > limits.MaxStringLength)
            errors.Add(new ValidationError("/name", $"The text is {length} characters; at most {limits.MaxStringLength} are accepted."));
        if (request.Roles is not { Count: > 0 } roles)
        {
            errors.Add(new ValidationError("/roles", $"Give one or more roles: {string.Join(", ", Roles.All)}."));
            return errors;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < roles.Count; i++)
        {
            if (!Roles.IsKnown(roles[i]))
                errors.Add(new ValidationError($"/roles/{i}", $"'{Shorten(roles[i])}' is not a role; use {string.Join(", ", Roles.All)}."));
            else if (!seen.Add(roles[i]!))
                errors.Add(new ValidationError($"/roles/{i}", $"The role '{roles[i]}' is given twice."));
        }
        return errors;
    }

    private static string Shorten(string? text) => text is null ? "null" : text.Length <= 40 ? text : text[..40] + "…";
}
