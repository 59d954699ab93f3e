using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.LineTotals;
using BudgetEngine.Core.Texts;
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
        void Error(ErrorText text, params object[] path) => errors.Add(new ValidationError(FieldPath.Of(path), text));
        Action<ErrorText, object[]> coverageError = Error;

        if (string.IsNullOrWhiteSpace(scenario.Organisation)) Error(Text("Scenario.OrganisationMissing"), "organisation");
        if (string.IsNullOrWhiteSpace(scenario.Name)) Error(Text("Scenario.NameMissing"), "name");
        var yearsValid = true;
        if (scenario.FirstYear is < MinYear or > MaxYear) { Error(Text("Scenario.FirstYearRange", Number(MinYear), Number(MaxYear)), "firstYear"); yearsValid = false; }
        if (scenario.LastYear is < MinYear or > MaxYear) { Error(Text("Scenario.LastYearRange", Number(MinYear), Number(MaxYear)), "lastYear"); yearsValid = false; }
        if (yearsValid && scenario.LastYear < scenario.FirstYear) { Error(Text("Scenario.LastYearBeforeFirst"), "lastYear"); yearsValid = false; }
        if (yearsValid && scenario.LastYear - scenario.FirstYear + 1 > MaxYears) { Error(Text("Scenario.TooManyYears", Number(MaxYears)), "lastYear"); yearsValid = false; }
        bool InHorizon(int year) => !yearsValid || (year >= scenario.FirstYear && year <= scenario.LastYear);
        if (scenario.Tolerance.IsNegative) Error(Text("Scenario.ToleranceNegative"), "tolerance");

        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < scenario.Sources.Count; i++)
        {
            var source = scenario.Sources[i];
            if (string.IsNullOrWhiteSpace(source.Code)) Error(Text("Source.CodeMissing"), "sources", i, "code");
            else if (!codes.Add(source.Code.Trim())) Error(Text("Source.CodeTaken", Name(source.Code)), "sources", i, "code");
            if (source.OpeningBalance.IsNegative) Error(Text("Source.OpeningBalanceNegative"), "sources", i, "openingBalance");
            if (!Enum.IsDefined(source.Kind)) Error(Text("Source.KindUnknown"), "sources", i, "kind");
        }

        for (var i = 0; i < scenario.Grants.Count; i++)
        {
            var grant = scenario.Grants[i];
            if (string.IsNullOrWhiteSpace(grant.Source)) Error(Text("Grant.SourceMissing"), "grants", i, "source");
            if (grant.Amount.IsNegative) Error(Text("Grant.AmountNegative"), "grants", i, "amount");
            if (grant.Period.Year is < MinYear - 10 or > MaxYear) Error(Text("Grant.PeriodYearRange", Number(MinYear - 10), Number(MaxYear)), "grants", i, "period", "year");
            if (grant.AwardYear is { } award && (award < MinYear - 10 || award > MaxYear)) Error(Text("Grant.AwardYearRange", Number(MinYear - 10), Number(MaxYear)), "grants", i, "awardYear");
            if (grant.Pm && !grant.Amount.IsZero) Error(Text("Grant.PmWithAmount"), "grants", i, "amount");
            if (grant.Received is { } received)
            {
                if (received.IsNegative) Error(Text("Grant.ReceivedNegative"), "grants", i, "received");
                else if (grant.Status == GrantStatus.Rejected && !received.IsZero) Error(Text("Grant.ReceivedRejected"), "grants", i, "received");
            }
            if (grant.Round is { } round && round.Year is < MinYear - 10 or > MaxYear) Error(Text("Round.YearRange", Number(MinYear - 10), Number(MaxYear)), "grants", i, "round");
            if (grant.TransferFrom is { } origin)
            {
                if (!DuVo.CbsCode.IsValid(origin.Centrumgemeente)) Error(Text("Grant.TransferFromCodeInvalid", MessageArgument.Text(origin.Centrumgemeente ?? "")), "grants", i, "transferFrom", "centrumgemeente");
                if (origin.Year is < MinYear - 10 or > MaxYear) Error(Text("Grant.TransferFromYearRange", Number(MinYear - 10), Number(MaxYear)), "grants", i, "transferFrom", "year");
            }
        }

        var caps = new HashSet<(string, GrantPeriod)>();
        for (var i = 0; i < scenario.GrantCaps.Count; i++)
        {
            var cap = scenario.GrantCaps[i];
            var field = cap.Round.Kind == PeriodKind.ProjectYear ? "round" : "year";
            if (string.IsNullOrWhiteSpace(cap.Source)) Error(Text("GrantCap.SourceMissing"), "grantCaps", i, "source");
            else if (!caps.Add((cap.Source.Trim().ToUpperInvariant(), cap.Round))) Error(Text("GrantCap.CappedTwice", Name(cap.Source)), "grantCaps", i, field);
            if (cap.Round.Year is < MinYear - 10 or > MaxYear) Error(Text("Round.YearRange", Number(MinYear - 10), Number(MaxYear)), "grantCaps", i, field);
            if (cap.MaxAmount.IsNegative) Error(Text("GrantCap.MaxAmountNegative"), "grantCaps", i, "maxAmount");
        }

        void Cost(int lineIndex, int year, Money amount)
        {
            if (!InHorizon(year)) Error(Text("Year.OutsideScenario", Number(year), Number(scenario.FirstYear), Number(scenario.LastYear)), "lines", lineIndex, "amounts", year);
            else if (amount.IsNegative) Error(Text("Line.CostNegative"), "lines", lineIndex, "amounts", year);
        }
        var lineNames = new HashSet<string>(scenario.Lines.Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < scenario.Lines.Count; i++)
        {
            var line = scenario.Lines[i];
            if (string.IsNullOrWhiteSpace(line.Name)) Error(Text("Line.NameMissing"), "lines", i, "name");
            else if (!lineNames.Add(line.Name.Trim())) Error(Text("Line.NameTaken", Name(line.Name)), "lines", i, "name");
            if (line.Actielijn is { } actielijn && actielijn is < 1 or > 3) Error(Text("Line.ActielijnRange"), "lines", i, "actielijn");
            if (line.Taakveld is { } taakveld && Iv3Taakvelden.Find(taakveld) is null)
            {
                Error(Text("Line.TaakveldUnknown", Name(taakveld), MessageArgument.Text(Iv3Taakvelden.ReferenceFile)), "lines", i, "taakveld");
            }
            for (var j = 0; j < line.PmYears.Count; j++)
            {
                var pmYear = line.PmYears[j];
                if (!InHorizon(pmYear)) Error(Text("Year.OutsideScenario", Number(pmYear), Number(scenario.FirstYear), Number(scenario.LastYear)), "lines", i, "pmYears", j);
                else if (!line.AmountIn(pmYear).IsZero) Error(Text("Line.PmWithAmount", Number(pmYear)), "lines", i, "pmYears", j);
            }
            // A dictionary's own enumerator, where the map is one, boxes nothing per line.
            if (line.Amounts is Dictionary<int, Money> amounts)
            {
                foreach (var (year, amount) in amounts) Cost(i, year, amount);
            }
            else
            {
                foreach (var (year, amount) in line.Amounts) Cost(i, year, amount);
            }
            foreach (var (year, actual) in line.Actuals)
            {
                if (!InHorizon(year)) Error(Text("Year.OutsideScenario", Number(year), Number(scenario.FirstYear), Number(scenario.LastYear)), "lines", i, "actuals", year);
                else if (actual.IsNegative) Error(Text("Line.ActualNegative"), "lines", i, "actuals", year);
            }
            ValidateCoverage(line.Coverage, i, coverageError);
        }

        foreach (var (name, figures) in new[] { ("totals", scenario.Declared.Totals), ("results", scenario.Declared.Results) })
        {
            foreach (var year in figures.Keys.Where(y => !InHorizon(y)))
            {
                Error(Text("Year.OutsideScenario", Number(year), Number(scenario.FirstYear), Number(scenario.LastYear)), "declared", name, year);
            }
        }
        var groups = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < scenario.Declared.Subtotals.Count; i++)
        {
            var group = scenario.Declared.Subtotals[i];
            if (string.IsNullOrWhiteSpace(group.Name)) Error(Text("Subtotal.NameMissing"), "declared", "subtotals", i, "name");
            else if (!groups.Add(group.Name.Trim())) Error(Text("Subtotal.DeclaredTwice", Name(group.Name)), "declared", "subtotals", i, "name");
            if (group.Actielijn is { } actielijn)
            {
                if (actielijn is < 1 or > 3) Error(Text("Line.ActielijnRange"), "declared", "subtotals", i, "actielijn");
                if (group.Lines.Count > 0) Error(Text("Subtotal.LinesWithActielijn"), "declared", "subtotals", i, "lines");
            }
            else if (group.Lines.Count == 0) Error(Text("Subtotal.LinesMissing"), "declared", "subtotals", i, "lines");
            for (var j = 0; j < group.Lines.Count; j++)
            {
                if (!lineNames.Contains(group.Lines[j]?.Trim() ?? "")) Error(Text("Subtotal.NoSuchLine", Name(group.Lines[j])), "declared", "subtotals", i, "lines", j);
            }
            foreach (var year in group.Amounts.Keys.Where(y => !InHorizon(y)))
            {
                Error(Text("Year.OutsideScenario", Number(year), Number(scenario.FirstYear), Number(scenario.LastYear)), "declared", "subtotals", i, "amounts", year);
            }
        }
        return errors;
    }

    private static void ValidateCoverage(Coverage? coverage, int line, Action<ErrorText, object[]> error)
    {
        if (coverage is null || coverage.Sources is null || coverage.Sources.Count == 0)
        {
            error(Text("Coverage.SourcesMissing"), ["lines", line, "coverage", "sources"]);
            return;
        }
        if (!Enum.IsDefined(coverage.Kind)) error(Text("Coverage.KindUnknown"), ["lines", line, "coverage", "kind"]);
        if (coverage.Kind == CoverageKind.Single && coverage.Sources.Count != 1)
        {
            error(Text("Coverage.SingleNamesOne"), ["lines", line, "coverage", "sources"]);
        }
        var anyWeight = false;
        for (var j = 0; j < coverage.Sources.Count; j++)
        {
            var name = coverage.Sources[j].Source;
            if (string.IsNullOrWhiteSpace(name)) error(Text("Coverage.SourceMissing"), ["lines", line, "coverage", "sources", j, "source"]);
            else if (NamedBefore(coverage.Sources, j)) error(Text("Coverage.SourceTwice", Name(name)), ["lines", line, "coverage", "sources", j, "source"]);
            if (coverage.Kind == CoverageKind.Split && coverage.Sources[j].Weight < 0m) error(Text("Coverage.WeightNegative"), ["lines", line, "coverage", "sources", j, "weight"]);
            anyWeight |= coverage.Sources[j].Weight > 0m;
        }
        if (coverage.Kind == CoverageKind.Split && !anyWeight)
        {
            error(Text("Coverage.SplitWeightsZero"), ["lines", line, "coverage", "sources"]);
        }
    }

    private static ErrorText Text(string id, params MessageArgument[] arguments) => ValidationTexts.Of(id, arguments);

    private static MessageArgument Number(int number) => MessageArgument.Number(number);

    private static MessageArgument Name(string? name) => MessageArgument.Text(name ?? "");

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
