using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>
/// A source name that matches none of the scenario's sources (seed 001 writes "GNHT" for GHNT once) gives
/// UNKNOWN_SOURCE: for a line, with what the line asks of that name; for a grant, with the grant's amount. A name close
/// to a code suggests it.
/// </summary>
public class UnknownSourceTests
{
    private static Finding[] Unknown(BudgetReconciliation r) => r.Findings.Where(f => f.Code == FindingCode.UnknownSource).ToArray();

    /// <summary>GHNT and the projectenpool over 2019-2020, GHNT with money enough, and <paramref name="line"/>.</summary>
    private static BudgetReconciliation WithLine(CostLine line) => Reconciler.Reconcile(Scenario(2019, 2020,
        [Source("GHNT"), Source("Projectenpool")], [Awarded("GHNT", 100_000, 2019)], [line]));

    /// <summary>GHNT and the projectenpool over 2019-2020 with <paramref name="grant"/> only.</summary>
    private static BudgetReconciliation WithGrant(Grant grant) => Reconciler.Reconcile(Scenario(2019, 2020,
        [Source("GHNT"), Source("Projectenpool")], [grant], []));

    [Fact]
    public void A_line_naming_an_unknown_source_gives_UNKNOWN_SOURCE_with_all_the_line_asks_of_it()
    {
        // 10,000 (2019) + 15,000 (2020) = 25,000 asked of 'Gemeente', which the scenario does not have.
        var r = WithLine(Line("Preventie", "Gemeente", (2019, 10_000), (2020, 15_000)));

        Unknown(r).Select(f => (f.Year, f.Source, f.Line, f.Amount, f.Severity))
            .Should().Equal(((int?)null, (string?)"Gemeente", (string?)"Preventie", (Money?)Eur(25_000), Severity.Error));
    }

    [Fact]
    public void A_line_naming_a_source_far_from_every_code_is_told_to_add_the_source_or_correct_the_name()
    {
        var found = Unknown(WithLine(Line("Preventie", "Gemeente", (2020, 15_000)))).Single();

        found.Suggestion.Should().BeNull();
        found.Message.Should().Be("The coverage of 'Preventie' names source 'Gemeente', which matches no funding source of the scenario; add the source or correct the name.");
        found.MessageIn(MessageLanguage.Dutch).Should().Be("De dekking van 'Preventie' noemt bron 'Gemeente', die bij geen financieringsbron van het scenario hoort; voeg de bron toe of verbeter de naam.");
    }

    [Fact]
    public void A_line_naming_a_misspelt_source_is_asked_whether_it_meant_the_nearest_code()
    {
        // "GNHT" is GHNT with two letters swapped.
        var found = Unknown(WithLine(Line("Borgen MDA++", "GNHT", (2020, 15_000)))).Single();

        found.Suggestion.Should().Be("GHNT");
        found.Message.Should().Be("The coverage of 'Borgen MDA++' names source 'GNHT', which matches no funding source of the scenario; did you mean 'GHNT'?");
        found.MessageIn(MessageLanguage.Dutch).Should().Be("De dekking van 'Borgen MDA++' noemt bron 'GNHT', die bij geen financieringsbron van het scenario hoort; bedoelt u 'GHNT'?");
    }

    [Fact]
    public void Every_unknown_name_of_a_flexible_coverage_is_flagged_with_the_whole_cost_of_the_line()
    {
        // Each source of a flexible coverage may be asked for all of the line: 12,000 for 'Gemeente' and 12,000 for 'Wmo'.
        var r = WithLine(Line("Nazorg", Coverage.Flexible("Gemeente", "GHNT", "Wmo"), (2020, 12_000)));

        Unknown(r).Select(f => (f.Source, f.Line, f.Amount)).Should().Equal(
            ((string?)"Gemeente", (string?)"Nazorg", (Money?)Eur(12_000)),
            ((string?)"Wmo", (string?)"Nazorg", (Money?)Eur(12_000)));
    }

    [Fact]
    public void Every_unknown_name_of_a_fixed_split_is_flagged_with_its_own_part_of_the_cost()
    {
        // 60,000 split GHNT 2 : Gemeente 1 : Wmo 3 = 20,000 : 10,000 : 30,000.
        var r = WithLine(Line("Campagne", Coverage.Split(("GHNT", 2), ("Gemeente", 1), ("Wmo", 3)), (2020, 60_000)));

        Unknown(r).Select(f => (f.Source, f.Amount)).Should().Equal(
            ((string?)"Gemeente", (Money?)Eur(10_000)),
            ((string?)"Wmo", (Money?)Eur(30_000)));
    }

    [Fact]
    public void A_grant_of_an_unknown_source_gives_UNKNOWN_SOURCE_with_its_amount()
    {
        var r = WithGrant(Awarded("Gemeente", 20_000, 2020));

        Unknown(r).Select(f => (f.Year, f.Source, f.Line, f.Amount, f.Severity))
            .Should().Equal(((int?)null, (string?)"Gemeente", (string?)null, (Money?)Eur(20_000), Severity.Error));
    }

    [Fact]
    public void A_grant_of_a_misspelt_source_is_named_by_status_id_project_and_year_and_asked_whether_it_meant_the_nearest_code()
    {
        var r = WithGrant(Awarded("GNHT", 75_000, 2019) with { Id = "g1", Project = "Trauma" });

        var found = Unknown(r).Single();
        found.Suggestion.Should().Be("GHNT");
        found.Message.Should().Be("The awarded GNHT grant 'g1' for 'Trauma' (2019) names source 'GNHT', which matches no funding source of the scenario; did you mean 'GHNT'?");
        found.MessageIn(MessageLanguage.Dutch).Should().Be("De toegekende subsidie van GNHT 'g1' voor 'Trauma' (2019) noemt bron 'GNHT', die bij geen financieringsbron van het scenario hoort; bedoelt u 'GHNT'?");
    }

    [Fact]
    public void A_grant_of_a_source_far_from_every_code_is_told_to_add_the_source_or_correct_the_name()
    {
        var found = Unknown(WithGrant(Conditional("Gemeente", 20_000, 2020))).Single();

        found.Suggestion.Should().BeNull();
        found.Message.Should().Be("The conditional Gemeente grant (2020) names source 'Gemeente', which matches no funding source of the scenario; add the source or correct the name.");
    }

    [Fact]
    public void Money_of_an_unknown_source_from_before_the_first_year_opens_the_budget_unfunded_and_in_no_source()
    {
        // 12,000 awarded in 2018 by 'Gemeente' (unknown): the budget opens 2019 at 12,000, all of it unfunded; GHNT opens at 0.
        var r = Reconciler.Reconcile(Scenario(2019, 2020, [Source("GHNT")], [Awarded("Gemeente", 12_000, 2018)], []));

        var first = r.Years[0];
        (first.OpeningBalance, first.Unfunded.OpeningBalance, first.BySource.Single().OpeningBalance).Should().Be((Eur(12_000), Eur(12_000), Eur(0)));
    }
}
