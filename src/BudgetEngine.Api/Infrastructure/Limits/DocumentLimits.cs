using BudgetEngine.Api.Infrastructure.Errors;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Api.Infrastructure.Limits;

/// <summary>
/// The limits of any JSON document the API stores besides a scenario (a DU VO plan or distribution): every text at most
/// Limits:MaxStringLength characters and without control or bidirectional-override characters, every list at most
/// Limits:MaxLinesPerScenario items. The document is walked as it will be stored; each error names its field.
/// </summary>
public static class DocumentLimits
{
    public static IReadOnlyList<ValidationError> Check<TDocument>(TDocument document, LimitsOptions limits)
    {
        var errors = new List<ValidationError>();
        Walk(JsonSerializer.SerializeToNode(document, ApiJson.Options), [], limits, errors);
        return errors;
    }

    private static void Walk(JsonNode? node, List<object> path, LimitsOptions limits, List<ValidationError> errors)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    path.Add(name);
                    Text(name, path, limits, errors);
                    Walk(value, path, limits, errors);
                    path.RemoveAt(path.Count - 1);
                }
                break;
            case JsonArray array:
                if (array.Count > limits.MaxLinesPerScenario)
                    errors.Add(new ValidationError(FieldPath.Of([.. path]), ProblemTexts.Of("Field.ListTooLong", ProblemTexts.Number(array.Count), ProblemTexts.Number(limits.MaxLinesPerScenario))));
                for (var i = 0; i < array.Count && i <= limits.MaxLinesPerScenario; i++)
                {
                    path.Add(i);
                    Walk(array[i], path, limits, errors);
                    path.RemoveAt(path.Count - 1);
                }
                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                Text(text, path, limits, errors);
                break;
        }
    }

    private static void Text(string text, List<object> path, LimitsOptions limits, List<ValidationError> errors)
    {
        if (text.Length > limits.MaxStringLength)
            errors.Add(new ValidationError(FieldPath.Of([.. path]), ProblemTexts.Of("Field.TextTooLong", ProblemTexts.Number(text.Length), ProblemTexts.Number(limits.MaxStringLength))));
        else if (TextCharacters.Refusal(text) is { } refusal)
            errors.Add(new ValidationError(FieldPath.Of([.. path]), refusal));
    }
}
