using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>
/// How a line's coverage is read: a flexible coverage is one part with its sources in order of preference; a fixed
/// split has a part per source, each its source's first choice. Sources the line's tags exclude are flagged one by one;
/// a part that comes to nothing asks nothing.
/// </summary>
public class CoveragePartsTests
{
    [Fact]
    public void Each_part_of_a_fixed_split_is_its_sources_first_choice_so_it_shares_a_shortfall_with_a_line_of_that_source_alone()
    {
        // 'Campagne' 8,000 split GHNT 1 : PP 1 = 4,000 + 4,000; 'Training' asks PP 4,000. PP has 6,000 for 8,000 asked:
        // both ask it as first choice, so each gets 4,000 / 8,000 of 6,000 = 3,000 and is 1,000 short.
        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("GHNT"), Source("PP")],
            [Awarded("GHNT", 4_000, 2020), Awarded("PP", 6_000, 2020)],
            [Line("Campagne", Coverage.Split(("GHNT", 1), ("PP", 1)), (2020, 8_000)), Line("Training", "PP", (2020, 4_000))]));

        r.Allocations.Select(a => (a.Line, a.Shortfall)).Should().Equal(("Campagne", Eur(1_000)), ("Training", Eur(1_000)));
    }

    [Fact]
    public void Every_source_a_lines_tags_exclude_is_flagged_with_what_the_line_asks_of_it()
    {
        // Veilig Thuis for minors: both DU VO sources are excluded, each for the whole 400,000; Jeugd pays.
        var line = Line("Veilig Thuis jeugd", Coverage.Flexible("DUVO", "DUVO-Utrecht", "Jeugd"), (2020, 400_000)) with { Tags = [EligibilityRules.Minors] };

        var r = Reconciler.Reconcile(Scenario(2020, 2020,
            [Source("DUVO", FundingKind.Duvo), Source("DUVO-Utrecht", FundingKind.Duvo), Source("Jeugd", FundingKind.Gemeente)],
            [Awarded("Jeugd", 400_000, 2020)], [line]));

        r.Findings.Where(f => f.Code == FindingCode.IneligibleCoverage).Select(f => (f.Source, f.Line, f.Amount)).Should().Equal(
            ((string?)"DUVO", (string?)"Veilig Thuis jeugd", (Money?)Eur(400_000)),
            ((string?)"DUVO-Utrecht", (string?)"Veilig Thuis jeugd", (Money?)Eur(400_000)));
    }

    [Fact]
    public void A_source_of_weight_zero_in_a_fixed_split_is_asked_nothing_so_it_is_neither_ineligible_nor_short()
    {
        // 10,000 split Jeugd 1 : DUVO 0 = 10,000 + 0: the DU VO, which may not pay for minors, is asked nothing (only ZERO_WEIGHT says so).
        var line = Line("Veilig Thuis jeugd", Coverage.Split(("Jeugd", 1), ("DUVO", 0)), (2020, 10_000)) with { Tags = [EligibilityRules.Minors] };

        var r = Reconciler.Reconcile(Scenario(2020, 2020, [Source("DUVO", FundingKind.Duvo), Source("Jeugd", FundingKind.Gemeente)],
            [Awarded("Jeugd", 10_000, 2020)], [line]));

        r.Findings.Select(f => f.Code).Should().Equal(ReconciliationFindingCodes.ZeroWeight);
    }
}
