using BudgetEngine.Durability.Tests.Server;
using static BudgetEngine.Durability.Tests.Clients.ClientProcess;

namespace BudgetEngine.Durability.Tests.Clients;

/// <summary>
/// A C# client generated from the approved document alone (NSwag.ConsoleCore 14.8.0, pinned in .config/dotnet-tools.json)
/// compiles with warnings as errors and works against the real server (Clients/csharp/Program.cs): it reconciles the Gooi en
/// Vechtstreek sample (years[1].closingBalance 97000, a decimal), stores it, updates it with If-Match, reads the 412 problem
/// of a stale one, round-trips a scenario with a split and a flexible coverage, and breaks a DU VO plan down. The generated
/// client and the compiled program are build artefacts in a temporary folder, never in the repository.
/// </summary>
[Trait("Category", "Durability")]
public sealed class CSharpClientTests : ServerOverTemporaryDatabase
{
    [Fact]
    public void A_generated_CSharp_client_compiles_without_warnings_and_reconciles_stores_updates_reads_a_412_round_trips_coverages_and_breaks_down_a_plan()
    {
        var work = Path.Combine(Path.GetTempPath(), "budgetengine-csharp-client-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "tests", "BudgetEngine.Durability.Tests", "Clients", "csharp")))
                File.Copy(file, Path.Combine(work, Path.GetFileName(file)));

            var restored = Run("dotnet", ["tool", "restore"], Repository.Root);
            restored.ExitCode.Should().Be(0, restored.Output);
            var generated = Run("dotnet", ["tool", "run", "nswag", "openapi2csclient",
                "/input:" + Path.Combine(Repository.Root, "openapi", "budgetengine.v1.json"), "/output:" + Path.Combine(work, "BudgetEngineClient.cs"),
                "/namespace:BudgetEngine.Client", "/className:BudgetEngineClient", "/generateClientInterfaces:false",
                "/generateNullableReferenceTypes:true", "/generateOptionalPropertiesAsNullable:true"], Repository.Root);
            generated.ExitCode.Should().Be(0, generated.Output);
            var built = Run("dotnet", ["build", "client.csproj", "-c", "Release", "-nologo", "-v", "q"], work);
            built.ExitCode.Should().Be(0, "the generated client compiles with warnings as errors:\n" + built.Output);

            var ran = Run("dotnet", [Path.Combine(work, "bin", "Release", "net10.0", "client.dll")], work, new Dictionary<string, string>
            {
                ["BASE"] = Server.BaseAddress.ToString(),
                ["KEY"] = ApiServer.AdminKey,
                ["SAMPLE"] = Path.Combine(Repository.Root, "samples", "gooi-en-vechtstreek-ghnt-2018-2021.json"),
            });

            ran.ExitCode.Should().Be(0, ran.Output + "\n" + Server.Log);
            ran.Output.Should().Contain("ok closingBalance=97000.00 version=2 stale=412 coverages=split,flexible shortfall=400.00");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
