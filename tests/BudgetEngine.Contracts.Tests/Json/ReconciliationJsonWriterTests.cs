using BudgetEngine.TestSupport.Scenarios;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.TestSupport.Json;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Contracts.Tests.Json;

/// <summary>
/// The streaming writer gives exactly the serializer's bytes of the DTO (docs/decisions): for the samples, for seeded random
/// scenarios full of text to escape, and for hand-made edge cases, under every option and in both views.
/// </summary>
public sealed class ReconciliationJsonWriterTests
{
    public static readonly ReconciliationOptions[] AllOptions =
    [
        new() { Recognition = IncomeRecognition.AwardYear, IncludeConditional = true },
        new() { Recognition = IncomeRecognition.AwardYear, IncludeConditional = false },
        new() { Recognition = IncomeRecognition.ProRata, IncludeConditional = true },
        new() { Recognition = IncomeRecognition.ProRata, IncludeConditional = false },
    ];

    public static readonly ReconciliationView[] Views = [ReconciliationView.Full, ReconciliationView.Summary];

    public static TheoryData<string> SampleFiles() => new(Directory.GetFiles(Repository.Samples, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public async Task The_samples_are_written_as_the_serializer_writes_them(string file)
    {
        var dto = JsonSerializer.Deserialize<ScenarioDto>(File.ReadAllBytes(Path.Combine(Repository.Samples, file)), ApiJson.Options)!;
        var scenario = ScenarioMapper.Read(dto).Scenario!;

        foreach (var options in AllOptions)
        {
            var reconciliation = Reconciler.Reconcile(scenario, options);
            foreach (var view in Views) await WriterAssert.SameAsSerializer(reconciliation, view, $"{file} {options}");
        }
    }

    [Fact]
    public async Task Seeded_random_scenarios_with_text_to_escape_are_written_as_the_serializer_writes_them()
    {
        var findings = new HashSet<string>();
        for (ulong seed = 1; seed <= 300; seed++)
        {
            var scenario = TrickyScenarioGenerator.Generate(seed);
            foreach (var options in AllOptions)
            {
                var reconciliation = Reconciler.Reconcile(scenario, options);
                findings.UnionWith(reconciliation.Findings.Select(f => f.Code));
                foreach (var view in Views) await WriterAssert.SameAsSerializer(reconciliation, view, $"seed {seed} {options}");
            }
        }

        findings.Should().Contain(["OVER_ALLOCATED", "UNCOVERED_COST", "CONDITIONAL_FUNDING", "DECLARED_TOTAL_MISMATCH", "UNKNOWN_SOURCE", "INELIGIBLE_COVERAGE"],
            "the generated scenarios reach the findings whose texts carry the escaped names");
    }

    [Fact]
    public async Task Edge_cases_are_written_as_the_serializer_writes_them()
    {
        foreach (var reconciliation in EdgeCases())
        {
            foreach (var view in Views) await WriterAssert.SameAsSerializer(reconciliation, view, "edge case");
        }
    }

    [Fact]
    public void The_generated_text_really_needs_escaping_and_the_two_encoders_differ()
    {
        // Guards the tests above: the default encoder escapes these names (\u0022, \\, \u003C, \u0026, \u0027, \u20AC, \u0001, \uD83D...);
        // the HTTP options' relaxed one leaves ö, €, <, &, ' and emoji as they are but still escapes quotes (as \") and control characters.
        var strict = System.Text.Encoding.UTF8.GetString(WriterAssert.Expected(EdgeCases().First(), ReconciliationView.Full, ApiJson.Options));
        var relaxed = System.Text.Encoding.UTF8.GetString(WriterAssert.Expected(EdgeCases().First(), ReconciliationView.Full, WriterAssert.HttpOptions));

        strict.Should().Contain("\\u0022").And.Contain("\\\\").And.Contain("\\u003C").And.Contain("\\u0026").And.Contain("\\u0027")
            .And.Contain("\\u20AC").And.Contain("\\u00F6").And.Contain("\\u0001").And.Contain("\\n").And.Contain("\\uD83D").And.Contain("\\uFFFD");
        relaxed.Should().Contain("\\\"").And.Contain("\\u0001").And.Contain("Coördinatie").And.Contain("€").And.Contain("<MDA++>").And.Contain("O'Brien");
        relaxed.Should().NotBe(strict);
    }

    [Fact]
    public void The_summary_is_the_full_reconciliation_without_its_allocations_property()
    {
        var scenario = TrickyScenarioGenerator.Generate(7);
        var reconciliation = Reconciler.Reconcile(scenario);
        reconciliation.Allocations.Should().NotBeEmpty();

        var full = JsonNode.Parse(ReconciliationJsonWriter.ToUtf8Bytes(reconciliation, ReconciliationView.Full, BudgetEngine.Core.Findings.MessageLanguage.Dutch, encoder: null))!.AsObject();
        var summary = JsonNode.Parse(ReconciliationJsonWriter.ToUtf8Bytes(reconciliation, ReconciliationView.Summary, BudgetEngine.Core.Findings.MessageLanguage.Dutch, encoder: null))!.AsObject();

        full.Select(p => p.Key).Should().Equal("years", "findings", "allocations", "options");
        summary.Select(p => p.Key).Should().Equal("years", "findings", "options");
        full.Remove("allocations");
        JsonNode.DeepEquals(full, summary).Should().BeTrue();
    }

    [Fact]
    public async Task A_large_reconciliation_is_flushed_in_parts_and_arrives_whole()
    {
        var scenario = TrickyScenarioGenerator.Generate(11);
        var texts = TrickyScenarioGenerator.TrickyTexts;
        var lines = Enumerable.Range(0, 1200).Select(i => scenario.Lines[i % scenario.Lines.Count] with
        {
            Name = $"{texts[i % texts.Length]} {i}",
            Amounts = scenario.Years.ToDictionary(y => y, y => Money.FromCents(100_00 + i * 7 + y)),
        }).ToArray();
        var reconciliation = Reconciler.Reconcile(scenario with { Lines = lines });

        var expected = WriterAssert.Expected(reconciliation, ReconciliationView.Full);
        expected.Length.Should().BeGreaterThan(6 * ReconciliationJsonWriter.FlushThresholdBytes);

        var (bytes, flushes) = await WriterAssert.ThroughPipeCounting(reconciliation, ReconciliationView.Full, ApiJson.Options);
        WriterAssert.Same(bytes, expected, "a large reconciliation through a pipe that pauses the writer");
        flushes.Should().BeGreaterThanOrEqualTo(expected.Length / ReconciliationJsonWriter.FlushThresholdBytes / 2, "the writer flushes about every threshold, not once at the end");
    }

    /// <summary>Reconciliations made by hand: every string field tricky, nulls, zero, negative and the largest amounts, every severity and option.</summary>
    private static IEnumerable<BudgetReconciliation> EdgeCases()
    {
        var texts = TrickyScenarioGenerator.TrickyTexts;
        Money[] amounts = [Money.Zero, Money.FromCents(1), Money.FromCents(-1), Money.FromCents(-12_345_67), Money.FromEuros(Money.MaxEuros), Money.FromEuros(-Money.MaxEuros), Money.FromEuros(0.1m)];
        Money At(int i) => amounts[i % amounts.Length];

        var years = Enumerable.Range(0, 3).Select(y => new YearReconciliation(2019 + y, At(y), At(y + 1), At(y + 2), At(y + 3), At(y + 4),
            texts.Select((t, i) => new SourceYear(t, At(i), At(i + 1), At(i + 2), At(i + 3), At(i + 4), At(i + 5), At(i + 6))).ToArray())).ToArray();
        var allocations = texts.Select((t, i) => new LineAllocation(t, 2019 + i, At(i),
            texts.Take(i % 4).Select((s, j) => new SourceShare(s, At(i + j), At(i + j + 1))).ToArray(), At(i + 2), i % 3 == 0 ? null : texts[(i + 1) % texts.Length])).ToArray();
        var findings = texts.Select((t, i) => new Finding(t, (Severity)(i % 3), i % 2 == 0 ? null : 2000 + i, i % 3 == 0 ? null : t, i % 4 == 0 ? null : t,
            i % 5 == 0 ? null : At(i), t) { Suggestion = i % 2 == 0 ? t : null }).ToArray();

        yield return new BudgetReconciliation(new ReconciliationOptions { Recognition = IncomeRecognition.ProRata, IncludeConditional = false }, years, allocations, findings);
        yield return new BudgetReconciliation(ReconciliationOptions.Default, [], [], []);
        yield return new BudgetReconciliation(ReconciliationOptions.Default, years.Take(1).ToArray(), allocations.Take(1).ToArray(), findings.Take(1).ToArray());
    }
}
