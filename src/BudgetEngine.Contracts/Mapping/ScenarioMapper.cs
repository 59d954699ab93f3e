using BudgetEngine.Core.Texts;
using BudgetEngine.Core.Findings;
using System.Globalization;
using BudgetEngine.Contracts;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Contracts.Mapping;

/// <summary>
/// Maps the wire scenario to the core's and back. Reading never throws: what the wire shape allows but the core cannot
/// hold (a missing field, a sub-cent amount, a year key that is no year) becomes a <see cref="ValidationError"/> whose
/// path follows the wire shape, as do the core validator's paths (lists are mapped in order, never reordered).
/// </summary>
public static class ScenarioMapper
{
    /// <summary>The core scenario <paramref name="dto"/> describes and every rule it breaks; the scenario is null when any rule is broken.</summary>
    public static (ValidatedScenario? Scenario, IReadOnlyList<ValidationError> Errors) Read(ScenarioDto? dto)
    {
        if (dto is null)
        {
            return (null, [new ValidationError(FieldPath.Root, WireTexts.Of("Scenario.NotAnObject"))]);
        }
        var reader = new Reader();
        var scenario = reader.Scenario(dto);
        var errors = reader.Errors;
        // The core's own rules, checked once here: the reconciler takes the validated scenario as it is. A field the mapping
        // already rejected is not reported twice.
        var (valid, rules) = ScenarioValidator.Check(scenario);
        foreach (var error in rules)
        {
            if (!errors.Any(e => error.Field.IsSameOrInside(e.Field)))
            {
                errors.Add(error);
            }
        }
        return errors.Count == 0 ? (valid, errors) : (null, errors);
    }

    /// <summary>The canonical wire form of a scenario: every field present, amounts with two decimals, years in order, coverage as an object.</summary>
    public static ScenarioDto ToDto(Scenario scenario) => new()
    {
        Organisation = scenario.Organisation,
        Name = scenario.Name,
        FirstYear = scenario.FirstYear,
        LastYear = scenario.LastYear,
        Sources = scenario.Sources.Select(s => new SourceDto
        {
            Code = s.Code,
            Kind = WireEnums.ToDto(s.Kind),
            Name = s.Name,
            CarriesOver = s.CarriesOver,
            OpeningBalance = s.OpeningBalance.Euros,
            ExcludedTags = s.ExcludedTags?.ToArray(),
        }).ToArray(),
        Grants = scenario.Grants.Select(g => new GrantDto
        {
            Id = g.Id,
            Source = g.Source,
            Amount = g.Amount.Euros,
            Period = new PeriodDto { Kind = WireEnums.ToDto(g.Period.Kind), Year = g.Period.Year },
            Status = WireEnums.ToDto(g.Status),
            Project = g.Project,
            AwardYear = g.AwardYear,
            Round = g.Round?.Year,
            Unspent = g.Unspent is { } unspent ? WireEnums.ToDto(unspent) : null,
            Description = g.Description,
            Pm = g.Pm ? true : null,
            Received = g.Received?.Euros,
            TransferFrom = g.TransferFrom is { } origin ? new GrantTransferOriginDto { Centrumgemeente = origin.Centrumgemeente, Year = origin.Year, Purpose = origin.Purpose } : null,
        }).ToArray(),
        GrantCaps = scenario.GrantCaps.Select(c => new GrantCapDto
        {
            Source = c.Source,
            Round = c.Round.Kind == PeriodKind.ProjectYear ? c.Round.Year : null,
            Year = c.Round.Kind == PeriodKind.CalendarYear ? c.Round.Year : null,
            MaxAmount = c.MaxAmount.Euros,
        }).ToArray(),
        Lines = scenario.Lines.Select(l => new LineDto
        {
            Name = l.Name,
            Actielijn = l.Actielijn,
            Taakveld = l.Taakveld,
            Amounts = ByYear(l.Amounts),
            Actuals = l.Actuals.Count > 0 ? ByYear(l.Actuals) : null,
            Coverage = new CoverageDto
            {
                Kind = WireEnums.ToDto(l.Coverage.Kind),
                Sources = l.Coverage.Sources.Select(c => new CoverageSourceDto { Source = c.Source, Weight = c.Weight }).ToArray(),
            },
            Tags = l.Tags.ToArray(),
            Project = l.Project,
            PmYears = l.PmYears.Count > 0 ? l.PmYears.Distinct().Order().ToArray() : null,
        }).ToArray(),
        Tolerance = scenario.Tolerance.IsZero ? null : scenario.Tolerance.Euros,
        Reason = scenario.Reason,
        Decision = scenario.Decision,
        Declared = new DeclaredDto
        {
            Totals = ByYear(scenario.Declared.Totals),
            Results = ByYear(scenario.Declared.Results),
            Subtotals = scenario.Declared.Subtotals.Select(s => new SubtotalDto
            {
                Name = s.Name,
                Lines = s.Lines.ToArray(),
                Amounts = ByYear(s.Amounts),
                Actielijn = s.Actielijn,
            }).ToArray(),
        },
    };

    private static Dictionary<string, decimal> ByYear(IReadOnlyDictionary<int, Money> amounts) =>
        amounts.OrderBy(a => a.Key).ToDictionary(a => a.Key.ToString(CultureInfo.InvariantCulture), a => a.Value.Euros);

    /// <summary>Collects errors while it maps; invalid values become placeholders so every other field is still checked.</summary>
    private sealed class Reader
    {
        public List<ValidationError> Errors { get; } = [];

        private void Error(ErrorText text, params object[] path) => Errors.Add(new ValidationError(FieldPath.Of(path), text));

        private static ErrorText Text(string id, params MessageArgument[] arguments) => WireTexts.Of(id, arguments);

        public Scenario Scenario(ScenarioDto dto)
        {
            if (dto.Currency is not null && dto.Currency != "EUR") Error(Text("Scenario.CurrencyNotEuro", MessageArgument.Text(Shorten(dto.Currency))), "currency");
            if (dto.FirstYear is null) Error(Text("Scenario.FirstYearMissing"), "firstYear");
            if (dto.LastYear is null) Error(Text("Scenario.LastYearMissing"), "lastYear");
            var sources = List(dto.Sources, "sources", Source);
            var grants = List(dto.Grants, "grants", Grant);
            var caps = List(dto.GrantCaps, "grantCaps", GrantCap);
            var lines = List(dto.Lines, "lines", Line);
            return new Scenario(OrganisationName.Normalise(dto.Organisation ?? ""), dto.Name ?? "", dto.FirstYear ?? 0, dto.LastYear ?? 0, sources, grants, lines)
            {
                GrantCaps = caps,
                Declared = Declared(dto.Declared),
                Tolerance = dto.Tolerance is { } tolerance ? Amount(tolerance, [], "tolerance") : Money.Zero,
                Reason = dto.Reason,
                Decision = dto.Decision,
            };
        }

        private List<T> List<TDto, T>(IReadOnlyList<TDto?>? items, string name, Func<TDto, object[], T> map)
            where TDto : class
        {
            var result = new List<T>(items?.Count ?? 0);
            if (items is null) return result;
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is not { } item)
                {
                    Error(Text("Item.Null"), name, i);
                    continue;
                }
                result.Add(map(item, [name, i]));
            }
            return result;
        }

        private FundingSource Source(SourceDto dto, object[] at)
        {
            if (dto.Kind is null) Error(Text("Source.KindMissing"), [.. at, "kind"]);
            return new FundingSource(dto.Code ?? "", WireEnums.ToCore(dto.Kind ?? FundingKindDto.Other))
            {
                Name = dto.Name,
                CarriesOver = dto.CarriesOver ?? true,
                OpeningBalance = dto.OpeningBalance is { } opening ? Amount(opening, at, "openingBalance") : Money.Zero,
                ExcludedTags = dto.ExcludedTags is null ? null : Strings(dto.ExcludedTags, at, "excludedTags"),
            };
        }

        private Grant Grant(GrantDto dto, object[] at)
        {
            if (dto.Amount is null) Error(Text("Grant.AmountMissing"), [.. at, "amount"]);
            if (dto.Status is null) Error(Text("Grant.StatusMissing"), [.. at, "status"]);
            var period = GrantPeriod.CalendarYear(ScenarioValidator.MinYear);
            if (dto.Period is null)
            {
                Error(Text("Grant.PeriodMissing"), [.. at, "period"]);
            }
            else
            {
                if (dto.Period.Kind is null) Error(Text("Period.KindMissing"), [.. at, "period", "kind"]);
                if (dto.Period.Year is null) Error(Text("Period.YearMissing"), [.. at, "period", "year"]);
                period = new GrantPeriod(WireEnums.ToCore(dto.Period.Kind ?? PeriodKindDto.CalendarYear), dto.Period.Year ?? ScenarioValidator.MinYear);
            }
            return new Grant(
                dto.Source ?? "",
                dto.Amount is { } amount ? Amount(amount, at, "amount") : Money.Zero,
                period,
                WireEnums.ToCore(dto.Status ?? GrantStatusDto.Rejected))
            {
                Id = dto.Id,
                Description = dto.Description,
                Project = dto.Project,
                AwardYear = dto.AwardYear,
                Pm = dto.Pm == true,
                Received = dto.Received is { } received ? Amount(received, at, "received") : null,
                Round = dto.Round is { } round ? GrantPeriod.ProjectYear(round) : null,
                Unspent = dto.Unspent is { } unspent ? WireEnums.ToCore(unspent) : null,
                TransferFrom = dto.TransferFrom is { } origin
                    ? new TransferOrigin(origin.Centrumgemeente ?? "", origin.Year ?? 0) { Purpose = origin.Purpose }
                    : null,
            };
        }

        private GrantCap GrantCap(GrantCapDto dto, object[] at)
        {
            if (dto.MaxAmount is null) Error(Text("GrantCap.MaxAmountMissing"), [.. at, "maxAmount"]);
            if ((dto.Round is null) == (dto.Year is null))
            {
                Error(Text("GrantCap.RoundOrYear"), [.. at, dto.Round is null ? "round" : "year"]);
            }
            var round = dto.Round is { } start ? GrantPeriod.ProjectYear(start) : GrantPeriod.CalendarYear(dto.Year ?? ScenarioValidator.MinYear);
            return new GrantCap(dto.Source ?? "", round, dto.MaxAmount is { } max ? Amount(max, at, "maxAmount") : Money.Zero);
        }

        private CostLine Line(LineDto dto, object[] at)
        {
            Coverage coverage;
            if (dto.Coverage is null)
            {
                Error(Text("Line.CoverageMissing"), [.. at, "coverage"]);
                coverage = new Coverage(CoverageKind.Single, []);
            }
            else
            {
                coverage = Coverage(dto.Coverage, at);
            }
            return new CostLine(dto.Name ?? "", Amounts(dto.Amounts, at, "amounts"), coverage)
            {
                Actielijn = dto.Actielijn,
                Taakveld = dto.Taakveld,
                Tags = dto.Tags is null ? [] : Strings(dto.Tags, at, "tags"),
                Project = dto.Project,
                PmYears = dto.PmYears?.ToArray() ?? [],
                Actuals = dto.Actuals is null ? new Dictionary<int, Money>() : Amounts(dto.Actuals, at, "actuals"),
            };
        }

        /// <summary>The coverage of the line at <paramref name="line"/>.</summary>
        private Coverage Coverage(CoverageDto dto, object[] line)
        {
            var items = dto.Sources ?? [];
            var sources = new List<CoverageSource>(items.Count);
            for (var j = 0; j < items.Count; j++)
            {
                if (items[j] is not { } item)
                {
                    Error(Text("Item.Null"), [.. line, "coverage", "sources", j]);
                    continue;
                }
                sources.Add(new CoverageSource(item.Source ?? "", item.Weight ?? 1m));
            }
            var kind = dto.Kind is { } k ? WireEnums.ToCore(k) : sources.Count > 1 ? CoverageKind.Flexible : CoverageKind.Single;
            return new Coverage(kind, sources);
        }

        private DeclaredFigures Declared(DeclaredDto? dto)
        {
            if (dto is null) return DeclaredFigures.None;
            return new DeclaredFigures
            {
                Totals = Amounts(dto.Totals, ["declared"], "totals"),
                Results = Amounts(dto.Results, ["declared"], "results"),
                Subtotals = List(dto.Subtotals, "subtotals", (SubtotalDto s, object[] at) => new DeclaredSubtotal(
                    s.Name ?? "",
                    s.Lines is null ? [] : Strings(s.Lines, ["declared", .. at], "lines"),
                    Amounts(s.Amounts, ["declared", .. at], "amounts"))
                {
                    Actielijn = s.Actielijn,
                }),
            };
        }

        /// <summary>Amounts by year at <paramref name="parent"/>/<paramref name="field"/>; paths are built only for errors.</summary>
        private Dictionary<int, Money> Amounts(IReadOnlyDictionary<string, decimal>? amounts, object[] parent, string field)
        {
            var result = new Dictionary<int, Money>(amounts?.Count ?? 0);
            if (amounts is null) return result;
            void Add(string key, decimal euros)
            {
                if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                {
                    Error(Text("Amounts.KeyNotAYear", MessageArgument.Text(key)), [.. parent, field, key]);
                    return;
                }
                if (!result.TryAdd(year, Amount(euros, parent, field, key)))
                {
                    Error(Text("Amounts.YearTwice", MessageArgument.Number(year)), [.. parent, field, key]);
                }
            }
            // A dictionary's own enumerator, where the map is one, boxes nothing per line.
            if (amounts is Dictionary<string, decimal> dictionary)
            {
                foreach (var (key, euros) in dictionary) Add(key, euros);
            }
            else
            {
                foreach (var (key, euros) in amounts) Add(key, euros);
            }
            return result;
        }

        /// <summary>The amount at <paramref name="parent"/>/<paramref name="field"/>[/<paramref name="key"/>]; the path is built only for an error.</summary>
        private Money Amount(decimal euros, object[] parent, object field, object? key = null)
        {
            if (Money.TryFromEuros(euros, out var money))
            {
                return money;
            }
            object[] at = key is null ? [.. parent, field] : [.. parent, field, key];
            if (Math.Abs(euros) > Money.MaxEuros)
            {
                Error(Text("Amount.TooLarge", MessageArgument.Text(euros.ToString(CultureInfo.InvariantCulture)), MessageArgument.Text(Money.MaxEuros.ToString("0", CultureInfo.InvariantCulture))), at);
            }
            else
            {
                Error(Text("Amount.FinerThanCent", MessageArgument.Text(euros.ToString(CultureInfo.InvariantCulture))), at);
            }
            return Money.Zero;
        }

        private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

        /// <summary>The strings at <paramref name="parent"/>/<paramref name="field"/>; a path is built only for an error.</summary>
        private string[] Strings(IReadOnlyList<string?> items, object[] parent, string field)
        {
            if (items.Count == 0) return [];
            var result = new List<string>(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is { } item) result.Add(item);
                else Error(Text("String.Null"), [.. parent, field, i]);
            }
            return [.. result];
        }
    }
}
