using BudgetEngine.Api.Infrastructure.Audit;
using System.Text.Json;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Api.Features.Scenarios;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Features.Samples;

/// <summary>
/// On the first start of an empty database, stores the sample scenarios (samples/*.json, in file name order) and the DU VO samples
/// (samples/duvo/*.json, see <see cref="DuVoSampleLoader"/>).
/// </summary>
public sealed class SampleLoader(ScenarioStore store, DuVoSampleLoader duVo, IOptions<SamplesOptions> options, IHostEnvironment environment, ILogger<SampleLoader> logger)
{
    public async Task LoadIfEmptyAsync(CancellationToken ct)
    {
        if (!options.Value.LoadOnEmptyDatabase || await store.CountAllAsync(ct) > 0 || await duVo.AnyStoredAsync(ct))
        {
            return;
        }
        var folder = Folder();
        if (folder is null)
        {
            logger.LogWarning("No samples folder found from {ContentRoot}; set Samples:Path", environment.ContentRootPath);
            return;
        }
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var dto = JsonSerializer.Deserialize<ScenarioDto>(await File.ReadAllTextAsync(file, ct), ApiJson.Options);
            var (scenario, errors) = ScenarioMapper.Read(dto);
            if (scenario is null)
            {
                logger.LogWarning("Sample {File} is not valid: {Path}: {Message}", file, errors[0].Path, errors[0].Message);
                continue;
            }
            var (id, _) = await store.CreateAsync(scenario.Scenario.Organisation, scenario.Scenario.Name, ScenarioBodies.Serialize(scenario), Actor.System, ct);
            logger.LogInformation("Loaded sample {File} as scenario {Id}", Path.GetFileName(file), id);
        }
        await duVo.LoadAsync(folder, ct);
    }

    private string? Folder()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.Path))
        {
            var configured = Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
            return Directory.Exists(configured) ? configured : null;
        }
        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
