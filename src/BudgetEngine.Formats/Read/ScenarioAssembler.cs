using System.Globalization;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Scenarios;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Formats.Read;

/// <summary>
/// Makes a scenario of a budget table and the fields around it, and checks it with the same rules as a posted scenario
/// (<see cref="ScenarioMapper.Read"/>). Each rule broken by the table is reported at its cell; a rule broken by a field,
/// at the parameter or at the field of the scenario part.
/// </summary>
public static class ScenarioAssembler
{
    /// <summary>The scenario (wire and core form), or the errors.</summary>
    public static (ScenarioDto? Dto, Scenario? Scenario, IReadOnlyList<ImportError> Errors) Assemble(BudgetTable table, ImportFields fields)
    {
        var errors = new List<ImportError>();
        var part = fields.Scenario ?? new ScenarioDto();
        if (part.Lines is not null)
        {
            errors.Add(new ImportError("scenario/lines", ImportTexts.Of("Part.LinesFromTable")));
        }
        var title = string.IsNullOrWhiteSpace(table.Title) ? null : table.Title;
        var dto = new ScenarioDto
        {
            Organisation = Agree("organisation", fields.Organisation, part.Organisation, errors),
            Name = Agree("name", fields.Name, part.Name, errors) ?? title,
            FirstYear = Agree("firstYear", fields.FirstYear, part.FirstYear, errors) ?? table.Years.Min(y => y.Year),
            LastYear = Agree("lastYear", fields.LastYear, part.LastYear, errors) ?? table.Years.Max(y => y.Year),
            Sources = part.Sources ?? DefaultSources.For(table),
            Grants = Grants(table, part, errors),
            GrantCaps = part.GrantCaps,
            Tolerance = part.Tolerance,
            Lines = table.Lines.Select(ToDto).ToArray(),
            Declared = new DeclaredDto
            {
                Totals = Declared("totals", "Totaal", table.Totals, part.Declared?.Totals, errors),
                Results = Declared("results", "Resultaat", table.Results, part.Declared?.Results, errors),
                Subtotals = [.. part.Declared?.Subtotals ?? [], .. table.ActielijnTotals.Select(t => new SubtotalDto
                {
                    Name = t.Name,
                    Actielijn = t.Actielijn,
                    Amounts = t.Row.Amounts.OrderBy(a => a.Key).ToDictionary(a => Key(a.Key), a => a.Value.Euros),
                })],
            },
        };
        if (string.IsNullOrWhiteSpace(dto.Organisation))
        {
            errors.Add(new ImportError("organisation", ImportTexts.Of("Part.OrganisationMissing")));
        }
        if (errors.Count > 0) return (null, null, errors);

        var (scenario, invalid) = ScenarioMapper.Read(dto);
        if (scenario is null)
        {
            return (null, null, invalid.Select(e => new ImportError(Where(e.Field, table, fields), e.Message) { Text = e.Text }).ToArray());
        }
        return (ScenarioMapper.ToDto(scenario), scenario, []);
    }

    private static LineDto ToDto(TableLine line) => new()
    {
        Name = line.Name,
        Amounts = line.Amounts.OrderBy(a => a.Key).ToDictionary(a => Key(a.Key), a => a.Value.Euros),
        Coverage = new CoverageDto
        {
            Kind = line.Coverage.Count > 1 ? CoverageKindDto.Flexible : CoverageKindDto.Single,
            Sources = line.Coverage.Select(s => new CoverageSourceDto { Source = s }).ToArray(),
        },
        Actielijn = line.Actielijn,
        Taakveld = line.Taakveld,
        Tags = line.Tags,
        Project = line.Project,
        PmYears = line.PmYears.Count > 0 ? line.PmYears : null,
        Actuals = line.Actuals.Count > 0 ? line.Actuals.OrderBy(a => a.Key).ToDictionary(a => Key(a.Key), a => a.Value.Euros) : null,
    };

    /// <summary>The grants: the Baten rows of the table, or the scenario part's grants; not both.</summary>
    private static IReadOnlyList<GrantDto> Grants(BudgetTable table, ScenarioDto part, List<ImportError> errors)
    {
        if (table.Grants.Count == 0) return part.Grants ?? [];
        if (part.Grants is { Count: > 0 })
        {
            errors.Add(new ImportError("scenario/grants", ImportTexts.Of("Part.GrantsFromTable", ImportTexts.Number(table.Grants[0].Row))));
        }
        return table.Grants.Select(g => new GrantDto
        {
            Id = g.Id,
            Source = g.Source,
            Amount = g.Amount.Euros,
            Period = new PeriodDto { Kind = g.ProjectYear ? PeriodKindDto.ProjectYear : PeriodKindDto.CalendarYear, Year = g.Year },
            Status = g.Rejected ? GrantStatusDto.Rejected : g.Conditional ? GrantStatusDto.Conditional : GrantStatusDto.Awarded,
            Project = g.Project,
            AwardYear = g.AwardYear,
            Description = g.Description.Length == 0 ? null : g.Description,
            Pm = g.Pm ? true : null,
            Round = g.Round,
            Unspent = g.Unspent,
            Received = g.Received?.Euros,
        }).ToArray();
    }

    private static T? Agree<T>(string field, T? parameter, T? part, List<ImportError> errors)
    {
        if (parameter is not null && part is not null && !EqualityComparer<T>.Default.Equals(parameter, part))
        {
            errors.Add(new ImportError(field, ImportTexts.Of("Part.ParameterDiffers", ImportTexts.Text(field), ImportTexts.Text($"{parameter}"), ImportTexts.Text($"{part}"))));
        }
        return parameter ?? part;
    }

    private static IReadOnlyDictionary<string, decimal>? Declared(
        string field, string row, DeclaredRow? table, IReadOnlyDictionary<string, decimal>? part, List<ImportError> errors)
    {
        if (table is not null && part is not null)
        {
            errors.Add(new ImportError($"scenario/declared/{field}", ImportTexts.Of("Part.DeclaredFromTable", ImportTexts.Text(row), ImportTexts.Number(table.Row), ImportTexts.Text(field))));
        }
        return table is not null ? table.Amounts.OrderBy(a => a.Key).ToDictionary(a => Key(a.Key), a => a.Value.Euros) : part;
    }

    /// <summary>Where a rule broken at <paramref name="path"/> (a field of the assembled scenario) shows in the request: a cell, a parameter or a field of the scenario part.</summary>
    private static string Where(FieldPath path, BudgetTable table, ImportFields fields)
    {
        var segments = path.Segments.Select(s => s.ToString()).ToArray();
        if (segments.Length >= 2 && segments[0] == "lines" && path.Segments[1].Index is { } index && index < table.Lines.Count)
        {
            var row = table.Lines[index].Row;
            var field = segments.Length > 2 ? segments[2] : "";
            return field switch
            {
                "amounts" when segments.Length > 3 && Year(segments[3]) is { } year && table.YearColumn(year) is { } column
                    => new CellAddress(row, column.Column, column.Header).ToString(),
                "actuals" when segments.Length > 3 && Year(segments[3]) is { } year && table.Lines[index].ActualColumns.FirstOrDefault(c => c.Year == year) is { } column
                    => new CellAddress(row, column.Column, column.Header).ToString(),
                "name" => new CellAddress(row, 0).ToString(),
                "coverage" => new CellAddress(row, table.CoverageColumn, table.CoverageHeader).ToString(),
                _ => new CellAddress(row).ToString(),
            };
        }
        if (segments.Length >= 3 && segments[0] == "declared" && segments[1] is "totals" or "results")
        {
            var declared = segments[1] == "totals" ? table.Totals : table.Results;
            if (declared is not null)
            {
                return Year(segments[2]) is { } year && table.YearColumn(year) is { } column
                    ? new CellAddress(declared.Row, column.Column, column.Header).ToString()
                    : new CellAddress(declared.Row).ToString();
            }
        }
        if (segments.Length >= 2 && segments[0] == "grants" && table.Grants.Count > 0 && path.Segments[1].Index is { } grant && grant < table.Grants.Count)
        {
            var at = table.Grants[grant];
            if (segments.Length >= 3 && segments[2] == "received" && at.ReceivedColumn is { } received)
            {
                return new CellAddress(at.Row, received.Column, received.Header).ToString();
            }
            return new CellAddress(at.Row, at.Column, table.Years.FirstOrDefault(y => y.Column == at.Column)?.Header).ToString();
        }
        if (segments.Length == 1 && segments[0] is "organisation" or "name" or "firstYear" or "lastYear")
        {
            return segments[0];
        }
        if (segments.Length >= 1 && segments[0] == "sources" && fields.Scenario?.Sources is null)
        {
            return "sources (from the Dekking column)";
        }
        return "scenario" + path.ToJsonPointer();
    }

    private static int? Year(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private static string Key(int year) => year.ToString(CultureInfo.InvariantCulture);
}
