using BudgetEngine.Seeding;
using System.Text;
using System.Text.Json;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Core.DuVo;

namespace BudgetEngine.DataSet;

/// <summary>
/// The synthetic national set: 28 regional scenarios (10 years, 200 lines, 6 sources, 40 grants, 10% flexible),
/// 342 municipalities of which 35 centrumgemeenten, a DU VO national distribution and 35 spend plans of 18
/// regiogemeenten, and the flexible stress scenario (2,000 flexible lines). Deterministic by seed: each part has its
/// own generator derived from the seed and the part's name, so one part does not shift when another changes.
/// </summary>
public sealed record NationalDataSet(
    ulong Seed,
    IReadOnlyList<(string FileName, ScenarioDto Scenario)> Regions,
    ScenarioDto Flexible,
    IReadOnlyList<string> Municipalities,
    DistributionInput Distribution,
    IReadOnlyList<SpendPlan> Plans)
{
    public const int RegionCount = 28;
    public const int MunicipalityCount = 342;
    public const int CentrumgemeenteCount = 35;
    public const int RegionSize = 18;

    public static NationalDataSet Generate(ulong seed)
    {
        var regionNames = Names.Regions();
        var regions = new List<(string, ScenarioDto)>(RegionCount);
        for (var r = 0; r < RegionCount; r++)
        {
            var scenario = RegionScenarioGenerator.Generate(SeededRandom.For(seed, "region", r), regionNames[r], ScenarioShape.Region);
            regions.Add(($"{r + 1:D2}-{Slug(regionNames[r])}.json", scenario));
        }
        var flexible = RegionScenarioGenerator.Generate(SeededRandom.For(seed, "flexible", 0), "Flexibel (stresstest)", ScenarioShape.Flexible);
        var municipalities = Names.Municipalities(MunicipalityCount);
        var distribution = DuVoGenerator.Distribution(SeededRandom.For(seed, "duvo-distribution", 0), municipalities, CentrumgemeenteCount);
        var plans = DuVoGenerator.Plans(SeededRandom.For(seed, "duvo-plans", 0), municipalities, CentrumgemeenteCount, RegionSize);
        return new NationalDataSet(seed, regions, flexible, municipalities, distribution, plans);
    }

    /// <summary>A region's scenario as the API accepts it (UTF-8 JSON, the API's own options).</summary>
    public static byte[] ToJson(ScenarioDto scenario) => JsonSerializer.SerializeToUtf8Bytes(scenario, ApiJson.Options);

    /// <summary>Writes the set into <paramref name="folder"/>: regions/, flexible/, duvo/ and a manifest.</summary>
    public void Write(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "regions"));
        Directory.CreateDirectory(Path.Combine(folder, "flexible"));
        Directory.CreateDirectory(Path.Combine(folder, "duvo", "plans"));
        foreach (var (file, scenario) in Regions) File.WriteAllBytes(Path.Combine(folder, "regions", file), ToJson(scenario));
        File.WriteAllBytes(Path.Combine(folder, "flexible", "flexible-2000-lines.json"), ToJson(Flexible));
        // The DU VO bodies as the API's PUT /v1/duvo/... endpoints accept them, through the API's own mappers.
        File.WriteAllBytes(Path.Combine(folder, "duvo", $"distribution-{Distribution.Year}.json"),
            JsonSerializer.SerializeToUtf8Bytes(DuVoDistributionMapper.ToDto(Distribution, "Synthetische landelijke verdeling"), ApiJson.Options));
        foreach (var plan in Plans)
        {
            File.WriteAllBytes(Path.Combine(folder, "duvo", "plans", $"{plan.Centrumgemeente}.json"),
                JsonSerializer.SerializeToUtf8Bytes(DuVoPlanMapper.ToDto(plan, "Synthetisch bestedingsplan"), ApiJson.Options));
        }
        var manifest = new
        {
            seed = Seed,
            note = "Synthetic data: every figure, every municipality name and every CBS code (GM9001 and up) is made up.",
            regions = Regions.Select(r => "regions/" + r.FileName).ToArray(),
            flexible = "flexible/flexible-2000-lines.json",
            municipalities = Municipalities.Select((name, i) => new { code = Names.MunicipalityCode(i), name, centrumgemeente = i < CentrumgemeenteCount }).ToArray(),
            duvo = new { distribution = $"duvo/distribution-{Distribution.Year}.json", plans = Plans.Select(p => $"duvo/plans/{p.Centrumgemeente}.json").ToArray() },
        };
        File.WriteAllText(Path.Combine(folder, "manifest.json"), JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>
    /// Writes the peer comparison into <paramref name="folder"/>/peers: the regions in peer-comparable form
    /// (<c>regions/*.json</c>, the same file names) and the same figures as one ledger journal (<c>national.journal</c>).
    /// </summary>
    public void WritePeers(string folder)
    {
        var peers = Path.Combine(folder, "peers");
        Directory.CreateDirectory(Path.Combine(peers, "regions"));
        var comparable = Regions.Select(r => (r.FileName, Scenario: PeerComparable.Of(r.Scenario))).ToArray();
        foreach (var (file, scenario) in comparable) File.WriteAllBytes(Path.Combine(peers, "regions", file), ToJson(scenario));
        File.WriteAllText(Path.Combine(peers, "national.journal"), LedgerJournal.Write(comparable.Select(r => r.Scenario)));
    }

    /// <summary>The region files of a written set, in order, as raw JSON.</summary>
    public static IReadOnlyList<byte[]> ReadRegions(string folder) =>
        Directory.GetFiles(Path.Combine(folder, "regions"), "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

    private static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if ((c == ' ' || c == '-') && builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }

}
