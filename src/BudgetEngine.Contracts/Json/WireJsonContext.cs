using System.Text.Json.Serialization;

namespace BudgetEngine.Contracts.Json;

/// <summary>
/// The wire's documents with their JSON metadata generated at compile time (<see cref="ApiJson.SourceGenerated"/>); the
/// rules (names, enums, numbers, unknown and duplicate properties) come from <see cref="ApiJson.Configure"/>.
/// </summary>
[JsonSerializable(typeof(ScenarioDto))]
[JsonSerializable(typeof(ReconciliationDto))]
[JsonSerializable(typeof(ComparisonDto))]
[JsonSerializable(typeof(DuVoPlanDto))]
[JsonSerializable(typeof(DuVoDistributionDto))]
[JsonSerializable(typeof(DuVoBreakdownDto))]
[JsonSerializable(typeof(DuVoPlanBreakdownDto))]
[JsonSerializable(typeof(DuVoBreakdownRequestDto))]
[JsonSerializable(typeof(MunicipalityListDto))]
[JsonSerializable(typeof(CoverageDtoConverter.CoverageShape))]
internal sealed partial class WireJsonContext : JsonSerializerContext;
