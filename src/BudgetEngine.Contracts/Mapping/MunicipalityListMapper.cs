using System.Globalization;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Municipalities;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Contracts.Mapping;

/// <summary>
/// Maps the wire list of municipalities to the core's <see cref="MunicipalityRegistry"/> and back. Reading never throws: every broken
/// rule is a <see cref="ValidationError"/> at its JSON pointer.
/// </summary>
public static class MunicipalityListMapper
{
    /// <summary>The registry <paramref name="dto"/> describes and every rule it breaks (null registry when any).</summary>
    public static (MunicipalityRegistry? Registry, IReadOnlyList<ValidationError> Errors) Read(MunicipalityListDto? dto)
    {
        if (dto is null) return (null, [new ValidationError(FieldPath.Root, WireTexts.Of("Municipalities.NotAnObject"))]);
        var errors = new List<ValidationError>();
        DateOnly date = default;
        if (dto.Date is null) errors.Add(new ValidationError(FieldPath.Of("date"), WireTexts.Of("Municipalities.DateMissing")));
        else date = Day(dto.Date, errors, "date") ?? default;
        var municipalities = new List<Municipality>();
        var items = dto.Municipalities ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                errors.Add(new ValidationError(FieldPath.Of("municipalities", i), ValidationTexts.Of("Municipalities.ListEmpty")));
                continue;
            }
            var code = Code(item.Code, errors, "municipalities", i, "code");
            var successors = new List<CbsCode>();
            var listed = item.Successors ?? [];
            for (var j = 0; j < listed.Count; j++)
                if (Code(listed[j], errors, "municipalities", i, "successors", j) is { } successor) successors.Add(successor);
            if (code is null) continue;
            municipalities.Add(new Municipality(code.Value, item.Name ?? "")
            {
                ValidFrom = item.ValidFrom is null ? null : Day(item.ValidFrom, errors, "municipalities", i, "validFrom"),
                ValidUntil = item.ValidUntil is null ? null : Day(item.ValidUntil, errors, "municipalities", i, "validUntil"),
                Successors = successors,
            });
        }
        var registry = new MunicipalityRegistry(dto.Source ?? "", date, municipalities);
        errors.AddRange(registry.Validate());
        return errors.Count == 0 ? (registry, errors) : (null, errors);
    }

    /// <summary>The canonical wire form of <paramref name="registry"/>: dates as yyyy-mm-dd, fields left out where they do not apply.</summary>
    public static MunicipalityListDto ToDto(MunicipalityRegistry registry, string? description) => new()
    {
        Source = registry.Source,
        Date = MunicipalityRegistry.Iso(registry.Date),
        Description = description,
        Municipalities = registry.Municipalities.Select(m => new MunicipalityDto
        {
            Code = m.Code.Value,
            Name = m.Name,
            ValidFrom = m.ValidFrom is { } from ? MunicipalityRegistry.Iso(from) : null,
            ValidUntil = m.ValidUntil is { } until ? MunicipalityRegistry.Iso(until) : null,
            Successors = m.Successors.Count == 0 ? null : m.Successors.Select(s => (string?)s.Value).ToArray(),
        }).ToArray(),
    };

    private static CbsCode? Code(string? text, List<ValidationError> errors, params object[] path)
    {
        if (CbsCode.TryParse(text, out var code)) return code;
        errors.Add(new ValidationError(FieldPath.Of(path), ValidationTexts.Of("DuVo.CbsCodeInvalid", MessageArgument.Text(text ?? ""))));
        return null;
    }

    private static DateOnly? Day(string text, List<ValidationError> errors, params object[] path)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        errors.Add(new ValidationError(FieldPath.Of(path), WireTexts.Of("Municipalities.DateInvalid", MessageArgument.Text(text))));
        return null;
    }
}
