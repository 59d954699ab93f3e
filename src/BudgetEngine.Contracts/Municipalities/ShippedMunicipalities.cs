using System.Text.Json;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Municipalities;

namespace BudgetEngine.Contracts.Municipalities;

/// <summary>
/// The list of municipalities the product ships: <c>docs/reference/cbs-gemeenten.json</c>, embedded in this assembly (the file states
/// its source, date and what it covers). The API uses it until an admin stores CBS's full list; the command line always uses it.
/// </summary>
public static class ShippedMunicipalities
{
    /// <summary>Where the list is kept in the repository.</summary>
    public const string ReferenceFile = "docs/reference/cbs-gemeenten.json";

    private static readonly Lazy<(MunicipalityListDto Dto, MunicipalityRegistry Registry)> Shipped = new(Read);

    /// <summary>The list as the file has it.</summary>
    public static MunicipalityListDto List => Shipped.Value.Dto;

    /// <summary>The list as the calculations take it.</summary>
    public static MunicipalityRegistry Registry => Shipped.Value.Registry;

    private static (MunicipalityListDto, MunicipalityRegistry) Read()
    {
        using var stream = typeof(ShippedMunicipalities).Assembly.GetManifestResourceStream("BudgetEngine.Contracts.Municipalities.cbs-gemeenten.json")
            ?? throw new InvalidOperationException($"The list of municipalities ({ReferenceFile}) is not embedded in the contracts.");
        var dto = JsonSerializer.Deserialize(stream, ApiJson.TypeInfo<MunicipalityListDto>(ApiJson.SourceGenerated))
            ?? throw new InvalidOperationException($"{ReferenceFile} is empty.");
        var (registry, errors) = MunicipalityListMapper.Read(dto);
        return registry is null
            ? throw new InvalidOperationException($"{ReferenceFile} is not a valid list: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}")
            : (dto, registry);
    }
}
