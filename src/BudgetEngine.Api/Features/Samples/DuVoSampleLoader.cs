using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Api.Infrastructure.Audit;
using System.Text.Json;
using System.Text.RegularExpressions;
using BudgetEngine.Contracts;
using BudgetEngine.Api.Features.DuVo;
using BudgetEngine.Contracts.Json;

namespace BudgetEngine.Api.Features.Samples;

/// <summary>
/// Stores the DU VO samples of the samples folder's duvo/ subfolder, in file name order: distribution-{year}*.json as the national
/// distribution of that year (a later file of the same year as its next version, e.g. the septembercirculaire after the meicirculaire),
/// plan-{code}-{year}*.json as that centrumgemeente's plan. Called by <see cref="SampleLoader"/> on the first
/// start of an empty database; a file that is not valid is skipped with a warning.
/// </summary>
public sealed partial class DuVoSampleLoader(DuVoPlanStore plans, DuVoDistributionStore distributions, ILogger<DuVoSampleLoader> logger)
{
    /// <summary>The subfolder of the samples folder.</summary>
    public const string Folder = "duvo";

    /// <summary>True when any DU VO plan or distribution is stored.</summary>
    public async Task<bool> AnyStoredAsync(CancellationToken ct) =>
        await plans.CountAsync(ct) > 0 || await distributions.CountAsync(ct) > 0;

    /// <summary>Stores every DU VO sample under <paramref name="samplesFolder"/>/duvo.</summary>
    public async Task LoadAsync(string samplesFolder, CancellationToken ct)
    {
        var folder = Path.Combine(samplesFolder, Folder);
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var json = await File.ReadAllTextAsync(file, ct);
            if (DistributionFile().Match(name) is { Success: true } distribution)
            {
                var year = int.Parse(distribution.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var dto = JsonSerializer.Deserialize<DuVoDistributionDto>(json, ApiJson.Options);
                var (input, errors) = DuVoDistributionMapper.Read(dto, year);
                if (input is null) { Skip(name, errors[0]); continue; }
                var earlier = (await distributions.FindAsync(year, version: null, ct)).Document?.Version;
                await distributions.PutAsync(year, earlier, DuVoBodies.Serialize(input, dto!.Description), Actor.System, ct);
                logger.LogInformation("Loaded DU VO sample {File} as version {Version} of the distribution of {Year}", name, (earlier ?? 0) + 1, year);
            }
            else if (PlanFile().Match(name) is { Success: true } plan)
            {
                var code = plan.Groups["code"].Value;
                var year = int.Parse(plan.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var dto = JsonSerializer.Deserialize<DuVoPlanDto>(json, ApiJson.Options);
                var (core, errors) = DuVoPlanMapper.Read(dto, code, year);
                if (core is null) { Skip(name, errors[0]); continue; }
                await plans.PutAsync(code, year, core.Name, null, DuVoBodies.Serialize(core, dto!.Description), Actor.System, ct);
                logger.LogInformation("Loaded DU VO sample {File} as the plan of {Code} for {Year}", name, code, year);
            }
            else
            {
                logger.LogWarning("DU VO sample {File} is not named distribution-{{year}}.json or plan-{{code}}-{{year}}.json; skipped", name);
            }
        }
    }

    private void Skip(string file, Core.Validation.ValidationError error) =>
        logger.LogWarning("DU VO sample {File} is not valid: {Path}: {Message}", file, error.Path, error.Message);

    [GeneratedRegex(@"^distribution-(?<year>\d{4})(-[^.]*)?\.json$")]
    private static partial Regex DistributionFile();

    [GeneratedRegex(@"^plan-(?<code>GM\d{4})-(?<year>\d{4})(-[^.]*)?\.json$")]
    private static partial Regex PlanFile();
}
