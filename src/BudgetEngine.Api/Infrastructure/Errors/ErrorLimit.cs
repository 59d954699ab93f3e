namespace BudgetEngine.Api.Infrastructure.Errors;

/// <summary>
/// Keeps a 400's list of field errors bounded (Limits:MaxErrors): the first errors in order, then "moreErrors", the number
/// left out, so that a body with thousands of mistakes gets a small answer that still says how many there are.
/// </summary>
public static class ErrorLimit
{
    /// <summary>Cuts <paramref name="problem"/>'s errors to <paramref name="max"/> messages in all.</summary>
    public static void Apply(HttpValidationProblemDetails problem, int max)
    {
        max = Math.Max(1, max);
        var total = problem.Errors.Sum(e => e.Value.Length);
        if (total <= max) return;
        var kept = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var room = max;
        foreach (var (field, messages) in problem.Errors)
        {
            if (room == 0) break;
            var taken = messages.Length <= room ? messages : messages[..room];
            kept[field] = taken;
            room -= taken.Length;
        }
        problem.Errors = kept;
        problem.Extensions["moreErrors"] = total - max;
        problem.Detail = (problem.Detail is null ? "" : problem.Detail + " ")
            + $"Only the first {max} of {total} errors are listed (Limits:MaxErrors); correct them and send it again to see the rest.";
    }
}
