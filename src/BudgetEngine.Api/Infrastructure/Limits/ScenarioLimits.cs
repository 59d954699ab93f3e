using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Contracts;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Api.Infrastructure.Limits;

/// <summary>Which fields of a scenario go over the configured limits or hold control or bidirectional-override characters; each error names its field as a JSON pointer.</summary>
public static class ScenarioLimits
{
    public static IReadOnlyList<ValidationError> Check(ScenarioDto scenario, LimitsOptions limits)
    {
        var errors = new List<ValidationError>();
        // Paths are spans on the stack; the array a field path is built from is made only for an error.
        bool TooLong(string? value) => value is not null && value.Length > limits.MaxStringLength;
        void Text(string? value, params ReadOnlySpan<object> path)
        {
            if (TooLong(value))
                errors.Add(new ValidationError(FieldPath.Of(path.ToArray()), ProblemTexts.Of("Field.TextTooLong", ProblemTexts.Number(value!.Length), ProblemTexts.Number(limits.MaxStringLength))));
            else if (TextCharacters.Refusal(value) is { } refusal)
                errors.Add(new ValidationError(FieldPath.Of(path.ToArray()), refusal));
        }
        void Texts(IReadOnlyList<string?>? values, params ReadOnlySpan<object> path)
        {
            if (values is null) return;
            Count(values.Count, path);
            for (var i = 0; i < values.Count; i++)
            {
                Text(values[i], [.. path, i]);
            }
        }
        void Count(int count, params ReadOnlySpan<object> path)
        {
            if (count > limits.MaxLinesPerScenario)
                errors.Add(new ValidationError(FieldPath.Of(path.ToArray()), ProblemTexts.Of("Field.ListTooLong", ProblemTexts.Number(count), ProblemTexts.Number(limits.MaxLinesPerScenario))));
        }
        void Years<T>(IReadOnlyDictionary<string, T>? amounts, params ReadOnlySpan<object> path)
        {
            if (amounts is null) return;
            if (amounts.Count > limits.MaxYearsPerScenario)
                errors.Add(new ValidationError(FieldPath.Of(path.ToArray()), ProblemTexts.Of("Field.AmountYearsTooMany", ProblemTexts.Number(amounts.Count), ProblemTexts.Number(limits.MaxYearsPerScenario))));
            foreach (var key in amounts.Keys)
            {
                Text(key, [.. path, key]);
            }
        }

        Text(scenario.Organisation, "organisation");
        Text(scenario.Name, "name");
        Text(scenario.Reason, "reason");
        Text(scenario.Decision, "decision");
        Text(scenario.Currency, "currency");
        if (scenario.FirstYear is { } first && scenario.LastYear is { } last && last - first + 1 > limits.MaxYearsPerScenario)
        {
            errors.Add(new ValidationError(FieldPath.Of("lastYear"), ProblemTexts.Of("Field.ScenarioSpanTooLong", ProblemTexts.Number(last - first + 1), ProblemTexts.Number(limits.MaxYearsPerScenario))));
        }
        if (scenario.Sources is { } sources)
        {
            Count(sources.Count, "sources");
            for (var i = 0; i < sources.Count && i <= limits.MaxLinesPerScenario; i++)
            {
                if (sources[i] is not { } source) continue;
                Text(source.Code, "sources", i, "code");
                Text(source.Name, "sources", i, "name");
                Texts(source.ExcludedTags, "sources", i, "excludedTags");
            }
        }
        if (scenario.Grants is { } grants)
        {
            Count(grants.Count, "grants");
            for (var i = 0; i < grants.Count && i <= limits.MaxLinesPerScenario; i++)
            {
                if (grants[i] is not { } grant) continue;
                Text(grant.Id, "grants", i, "id");
                Text(grant.Source, "grants", i, "source");
                Text(grant.Project, "grants", i, "project");
                Text(grant.Description, "grants", i, "description");
            }
        }
        if (scenario.Lines is { } lines)
        {
            Count(lines.Count, "lines");
            for (var i = 0; i < lines.Count && i <= limits.MaxLinesPerScenario; i++)
            {
                if (lines[i] is not { } line) continue;
                Text(line.Name, "lines", i, "name");
                Text(line.Project, "lines", i, "project");
                Text(line.Taakveld, "lines", i, "taakveld");
                Texts(line.Tags, "lines", i, "tags");
                Years(line.Amounts, "lines", i, "amounts");
                if (line.Coverage?.Sources is { } coverage)
                {
                    Count(coverage.Count, "lines", i, "coverage", "sources");
                    for (var j = 0; j < coverage.Count && j <= limits.MaxLinesPerScenario; j++) Text(coverage[j]?.Source, "lines", i, "coverage", "sources", j, "source");
                }
            }
        }
        if (scenario.Declared is { } declared)
        {
            Years(declared.Totals, "declared", "totals");
            Years(declared.Results, "declared", "results");
            if (declared.Subtotals is { } subtotals)
            {
                Count(subtotals.Count, "declared", "subtotals");
                for (var i = 0; i < subtotals.Count && i <= limits.MaxLinesPerScenario; i++)
                {
                    if (subtotals[i] is not { } subtotal) continue;
                    Text(subtotal.Name, "declared", "subtotals", i, "name");
                    Texts(subtotal.Lines, "declared", "subtotals", i, "lines");
                    Years(subtotal.Amounts, "declared", "subtotals", i, "amounts");
                }
            }
        }
        return errors;
    }
}
