using System.Security.Cryptography;
using System.Text.Json;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Reconciliation;

namespace BudgetEngine.DataSet;

/// <summary>Hashes of every reconciliation of a written set, to show that an optimisation changed nothing.</summary>
public static class Fingerprint
{
    public static IEnumerable<(string Name, string Hash)> Compute(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(folder, "regions"), "*.json").Order(StringComparer.Ordinal)
            .Append(Path.Combine(folder, "flexible", "flexible-2000-lines.json"));
        var options = new (string Name, ReconciliationOptions Options)[]
        {
            ("default", ReconciliationOptions.Default),
            ("pro-rata", new ReconciliationOptions { Recognition = IncomeRecognition.ProRata }),
            ("without-conditional", new ReconciliationOptions { IncludeConditional = false }),
        };
        foreach (var file in files)
        {
            var dto = JsonSerializer.Deserialize<ScenarioDto>(File.ReadAllBytes(file), ApiJson.Options);
            var scenario = ScenarioMapper.Read(dto).Scenario ?? throw new InvalidOperationException($"{file} does not map.");
            foreach (var (name, option) in options)
            {
                var json = JsonSerializer.SerializeToUtf8Bytes(ReconciliationMapper.ToDto(Reconciler.Reconcile(scenario, option), Core.Findings.MessageLanguage.English), ApiJson.Options);
                yield return ($"{Path.GetFileName(file)} {name}", Convert.ToHexStringLower(SHA256.HashData(json)));
            }
        }
    }
}
