using BudgetEngine.Durability.Tests.Server;
using static BudgetEngine.Durability.Tests.Clients.ClientProcess;

namespace BudgetEngine.Durability.Tests.Clients;

/// <summary>
/// A TypeScript client generated from the approved document alone (openapi-typescript 7.13.0 and openapi-fetch 0.17.0)
/// compiles under tsc --strict and works against the real server: it reconciles the Gooi en Vechtstreek sample
/// (years[1].closingBalance 97000), stores it, updates it with If-Match and reads the 412 problem of a stale one
/// (Clients/typescript/client.ts). The generated types and the compiled program are build artefacts in the tools folder
/// (scripts/install-contract-tools), never in the repository.
/// </summary>
[Trait("Category", "Durability")]
public sealed class TypeScriptClientTests : ServerOverTemporaryDatabase
{
    [Fact]
    public void A_generated_TypeScript_client_compiles_strictly_and_reconciles_stores_updates_and_reads_a_412()
    {
        var tools = Run(Path.Combine(Repository.Root, "scripts", "install-contract-tools"), [], Repository.Root).Output.Trim().Split('\n')[^1];
        var work = Path.Combine(tools, "clients", "typescript-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "tests", "BudgetEngine.Durability.Tests", "Clients", "typescript")))
                File.Copy(file, Path.Combine(work, Path.GetFileName(file)));
            var bin = Path.Combine(tools, "node_modules", ".bin");

            var generated = Run(Path.Combine(bin, "openapi-typescript"), [Path.Combine(Repository.Root, "openapi", "budgetengine.v1.json"), "-o", Path.Combine(work, "budgetengine.d.ts")], work);
            generated.ExitCode.Should().Be(0, generated.Output);
            var compiled = Run(Path.Combine(bin, "tsc"), ["-p", "tsconfig.json"], work);
            compiled.ExitCode.Should().Be(0, "the generated client compiles under --strict:\n" + compiled.Output);

            var ran = Run("node", [Path.Combine("out", "client.js")], work, new Dictionary<string, string>
            {
                ["BASE"] = Server.BaseAddress.ToString().TrimEnd('/'),
                ["KEY"] = ApiServer.AdminKey,
                ["SAMPLE"] = Path.Combine(Repository.Root, "samples", "gooi-en-vechtstreek-ghnt-2018-2021.json"),
            });

            ran.ExitCode.Should().Be(0, ran.Output + "\n" + Server.Log);
            ran.Output.Should().Contain("closingBalance=97000 version=2 stale=412");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
