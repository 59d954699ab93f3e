using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Core.Scenarios;

/// <summary>
/// The structural rules a scenario must meet before it can be reconciled. Everything a finance officer may
/// legitimately get wrong in a budget (an unknown source name, a declared total that differs) is a finding of the
/// reconciliation instead, not a validation error.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>The earliest budget year accepted.</summary>
    public const int MinYear = 2000;
    /// <summary>The latest budget year accepted.</summary>
    public const int MaxYear = 2100;
    /// <summary>The most years one scenario may span.</summary>
    public const int MaxYears = 30;

    /// <summary>The scenario as validated when it breaks no rule, else null and every rule it breaks.</summary>
    public static (ValidatedScenario? Valid, IReadOnlyList<ValidationError> Errors) Check(Scenario scenario)
    {
        var errors = Validate(scenario);
        return (errors.Count == 0 ? new ValidatedScenario(scenario) : null, errors);
    }

    /// <summary>Every rule <paramref name="scenario"/> breaks, with the path of the field; empty when valid.</summary>
    public static IReadOnlyList<ValidationError> Validate(Scenario scenario)
    {
        var errors = new List<ValidationError>();
        void Error(string message, params object[] path) => errors.Add(new ValidationError(FieldPath.Of(path), message));
        Action<string, object[]> coverageError = Error;

        if (string.IsNullOrWhiteSpace(scenario.Organisation)) Error("Give the organisation whose budget this is.", "organisation");
        if (string.IsNullOrWhiteSpace(scenario.Name)) Error("Give the scenario a name.", "name");
        var yearsValid = true;
        if (scenario.FirstYear is < MinYear or > MaxYear) { Error($"The first year must be between {MinYear} and {MaxYear}.", "firstYear"); yearsValid = false; }
        if (scenario.LastYear is < MinYear or > MaxYear) { Error($"The last year must be between {MinYear} and {MaxYear}.", "lastYear"); yearsValid = false; }
        if (yearsValid && scenario.LastYear < scenario.FirstYear) { Error("The last year must not be before the first year.", "lastYear"); yearsValid = false; }
        if (yearsValid && scenario.LastYear - scenario.FirstYear + 1 > MaxYears) { Error($"A scenario spans at most {MaxYears} years.", "lastYear"); yearsValid = false; }
        bool InHorizon(int year) => !yearsValid || (year >= scenario.FirstYear && year <= scenario.LastYear);

        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < scenario.Sources.Count; i++)
        {
            var source = scenario.Sources[i];
            if (string.IsNullOrWhiteSpace(source.Code)) Error("Give the source a code.", "sources", i, "code");
            else if (!codes.Add(source.Code.Trim())) Error($"The code '{source.Code}' is used by another source; codes must be unique (ignoring case).", "sources", i, "code");
            if (source.OpeningBalance.IsNegative) Error("An opening balance cannot be below zero.", "sources", i, "openingBalance");
            if (!Enum.IsDefined(source.Kind)) Error("Unknown kind of source.", "sources", i, "kind");
        }

        for (var i = 0; i < scenario.Grants.Count; i++)
        {
            var grant = scenario.Grants[i];
            if (string.IsNullOrWhiteSpace(grant.Source)) Error("Name the source that gives this grant.", "grants", i, "source");
            if (grant.Amount.IsNegative) Error("A grant's amount cannot be below zero.", "grants", i, "amount");
            if (grant.Period.Year is < MinYear - 10 or > MaxYear) Error($"The period's year must be between {MinYear - 10} and {MaxYear}.", "grants", i, "period", "year");
            if (grant.AwardYear is { } award && (award < MinYear - 10 || award > MaxYear)) Error($"The award year must be between {MinYear - 10} and {MaxYear}.", "grants", i, "awardYear");
        }

        void Cost(int lineIndex, int year, Money amount)
        {
            if (!InHorizon(year)) Error($"{year} is outside the scenario's years {scenario.FirstYear}-{scenario.LastYear}.", "lines", lineIndex, "amounts", year);
            else if (amount.IsNegative) Error("A cost cannot be below zero.", "lines", lineIndex, "amounts", year);
        }
        var lineNames = new HashSet<string>(scenario.Lines.Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < scenario.Lines.Count; i++)
        {
            var line = scenario.Lines[i];
            if (string.IsNullOrWhiteSpace(line.Name)) Error("Give the line a name.", "lines", i, "name");
            else if (!lineNames.Add(line.Name.Trim())) Error($"The name '{line.Name}' is used by another line; line names must be unique.", "lines", i, "name");
            if (line.Actielijn is { } actielijn && actielijn is < 1 or > 3) Error("The actielijn must be 1, 2 or 3.", "lines", i, "actielijn");
            // A dictionary's own enumerator, where the map is one, boxes nothing per line.
            if (line.Amounts is Dictionary<int, Money> amounts)
            {
                foreach (var (year, amount) in amounts) Cost(i, year, amount);
            }
            else
            {
                foreach (var (year, amount) in line.Amounts) Cost(i, year, amount);
            }
            ValidateCoverage(line.Coverage, i, coverageError);
        }

        foreach (var (name, figures) in new[] { ("totals", scenario.Declared.Totals), ("results", scenario.Declared.Results) })
        {
            foreach (var year in figures.Keys.Where(y => !InHorizon(y)))
            {
                Error($"{year} is outside the scenario's years {scenario.FirstYear}-{scenario.LastYear}.", "declared", name, year);
            }
        }
        var groups = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < scenario.Declared.Subtotals.Count; i++)
        {
            var group = scenario.Declared.Subtotals[i];
            if (string.IsNullOrWhiteSpace(group.Name)) Error("Give the group a name.", "declared", "subtotals", i, "name");
            else if (!groups.Add(group.Name.Trim())) Error($"The group '{group.Name}' is declared twice.", "declared", "subtotals", i, "name");
            if (group.Lines.Count == 0) Error("Name the lines the subtotal covers.", "declared", "subtotals", i, "lines");
            for (var j = 0; j < group.Lines.Count; j++)
            {
                if (!lineNames.Contains(group.Lines[j]?.Trim() ?? "")) Error($"There is no line named '{group.Lines[j]}'.", "declared", "subtotals", i, "lines", j);
            }
            foreach (var year in group.Amounts.Keys.Where(y => !InHorizon(y)))
            {
                Error($"{year} is outside the scenario's years {scenario.FirstYear}-{scenario.LastYear}.", "declared", "subtotals", i, "amounts", year);
            }
        }
        return errors;
    }

    private static void ValidateCoverage(Coverage? coverage, int line, Action<string, object[]> error)
    {
        if (coverage is null || coverage.Sources is null || coverage.Sources.Count == 0)
        {
            error("Name at least one source that pays this line.", ["lines", line, "coverage", "sources"]);
            return;
        }
        if (!Enum.IsDefined(coverage.Kind)) error("The coverage kind must be single, split or flexible.", ["lines", line, "coverage", "kind"]);
        if (coverage.Kind == CoverageKind.Single && coverage.Sources.Count != 1)
        {
            error("A single coverage names exactly one source; use split or flexible for more.", ["lines", line, "coverage", "sources"]);
        }
        var anyWeight = false;
        for (var j = 0; j < coverage.Sources.Count; j++)
        {
            var name = coverage.Sources[j].Source;
            if (string.IsNullOrWhiteSpace(name)) error("Name the source.", ["lines", line, "coverage", "sources", j, "source"]);
            else if (NamedBefore(coverage.Sources, j)) error($"'{name}' is named twice in this coverage.", ["lines", line, "coverage", "sources", j, "source"]);
            if (coverage.Kind == CoverageKind.Split && coverage.Sources[j].Weight < 0m) error("A weight cannot be below zero.", ["lines", line, "coverage", "sources", j, "weight"]);
            anyWeight |= coverage.Sources[j].Weight > 0m;
        }
        if (coverage.Kind == CoverageKind.Split && !anyWeight)
        {
            error("At least one weight of a split must be above zero.", ["lines", line, "coverage", "sources"]);
        }
    }

    /// <summary>Whether source <paramref name="j"/> of a coverage repeats an earlier one (ignoring case and surrounding spaces).</summary>
    private static bool NamedBefore(IReadOnlyList<CoverageSource> sources, int j)
    {
        var name = sources[j].Source.AsSpan().Trim();
        for (var i = 0; i < j; i++)
        {
            if (sources[i].Source is { } earlier && name.Equals(earlier.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
