using BudgetEngine.Core.Amendments;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Amendments;

/// <summary>
/// A begrotingswijziging, worked out by hand. Version 1: GHNT 75,000 in 2019 and in 2020, the projectenpool's 50,000 for
/// project year 2019 onder voorbehoud; Projectleider 20,000 / 20,000 and Campagne 5,000 (2019), both from GHNT.
/// Version 2 ("raadsbesluit 2020-14"): Projectleider 2020 becomes 33,500, Campagne is dropped, Orange the World costs
/// 2,500 in 2020, and the projectenpool money is awarded.
/// </summary>
public class BudgetAmendmentTests
{
    private static Scenario Version1 => Scenario(2019, 2020, [Source("GHNT"), Source("Projectenpool")],
        [Awarded("GHNT", 75_000, 2019), Awarded("GHNT", 75_000, 2020),
            new Grant("Projectenpool", Eur(50_000), GrantPeriod.ProjectYear(2019), GrantStatus.Conditional)],
        [Line("Projectleider", "GHNT", (2019, 20_000), (2020, 20_000)), Line("Campagne", "GHNT", (2019, 5_000))]);

    private static Scenario Version2 => Version1 with
    {
        Grants = [Awarded("GHNT", 75_000, 2019), Awarded("GHNT", 75_000, 2020),
            new Grant("Projectenpool", Eur(50_000), GrantPeriod.ProjectYear(2019), GrantStatus.Awarded)],
        Lines = [Line("Projectleider", "GHNT", (2019, 20_000), (2020, 33_500)), Line("Orange the World", "GHNT", (2020, 2_500))],
        Reason = "Projectleiding 2020 uitgebreid",
        Decision = "raadsbesluit 2020-14",
    };

    private static BudgetAmendment Amendment =>
        BudgetAmendment.Between(Version1, Reconciler.Reconcile(Version1), Version2, Reconciler.Reconcile(Version2));

    [Fact]
    public void Only_the_line_years_that_differ_are_listed_by_line_name_and_year()
    {
        // Projectleider 2019 stays 20,000 and is not listed.
        Amendment.Lines.Select(c => (c.Line, c.Year, c.Change)).Should().Equal(
            ("Campagne", 2019, Change.Removed), ("Orange the World", 2020, Change.Added), ("Projectleider", 2020, Change.Changed));
    }

    [Fact]
    public void A_changed_line_year_shows_both_amounts_and_the_difference()
    {
        var projectleider = Amendment.Lines.Single(c => c.Line == "Projectleider");

        // 33,500 - 20,000 = 13,500.
        (projectleider.Before, projectleider.After, projectleider.Difference).Should().Be((Eur(20_000), Eur(33_500), Eur(13_500)));
    }

    [Fact]
    public void A_dropped_line_is_removed_and_a_new_line_added_with_zero_on_the_other_side()
    {
        var campagne = Amendment.Lines.Single(c => c.Line == "Campagne");
        var orange = Amendment.Lines.Single(c => c.Line == "Orange the World");

        (campagne.Before, campagne.After, campagne.Difference).Should().Be((Eur(5_000), Money.Zero, Eur(-5_000)));
        (orange.Before, orange.After, orange.Difference).Should().Be((Money.Zero, Eur(2_500), Eur(2_500)));
    }

    [Fact]
    public void A_grant_awarded_after_being_conditional_is_changed_with_both_statuses_and_the_same_amount()
    {
        var pool = Amendment.Grants.Should().ContainSingle().Subject;

        pool.Change.Should().Be(Change.Changed);
        (pool.StatusBefore, pool.StatusAfter).Should().Be((GrantStatus.Conditional, GrantStatus.Awarded));
        pool.Difference.Should().Be(Money.Zero);
    }

    [Fact]
    public void A_grant_is_matched_by_its_id_so_a_new_amount_is_a_change_not_a_removal_and_an_addition()
    {
        var before = Version1 with { Grants = [Awarded("GHNT", 75_000, 2019) with { Id = "ghnt-2019" }] };
        var after = Version1 with { Grants = [Awarded("GHNT", 80_000, 2019) with { Id = "GHNT-2019" }, Awarded("GHNT", 10_000, 2020)] };

        var changes = GrantChanges.Between(before, after);

        // 80,000 - 75,000 = 5,000 on the grant with the id; the 2020 grant is new.
        changes.Select(c => (c.Grant.Id, c.Change, c.Difference)).Should().Equal(("GHNT-2019", Change.Changed, Eur(5_000)), (null, Change.Added, Eur(10_000)));
    }

    [Fact]
    public void A_grant_keeps_its_identity_by_id_when_its_project_is_renamed()
    {
        var before = Version1 with { Grants = [Awarded("GHNT", 75_000, 2019) with { Id = "ghnt-2019", Project = "MDA++" }] };
        var after = Version1 with { Grants = [Awarded("GHNT", 75_000, 2019) with { Id = "ghnt-2019", Project = "Borgen MDA++" }] };

        GrantChanges.Between(before, after).Should().BeEmpty("the same id, amount, status and award year");
    }

    [Fact]
    public void A_grant_without_an_id_is_a_new_grant_when_its_project_changes()
    {
        var before = Version1 with { Grants = [Awarded("GHNT", 75_000, 2019) with { Project = "MDA++" }] };
        var after = Version1 with { Grants = [Awarded("GHNT", 75_000, 2019) with { Project = "Borgen MDA++" }] };

        GrantChanges.Between(before, after).Select(c => (c.Grant.Project, c.Change)).Should().Equal(
            ("Borgen MDA++", Change.Added), ("MDA++", Change.Removed));
    }

    [Fact]
    public void A_grant_without_an_id_is_matched_ignoring_case_spaces_and_a_blank_project()
    {
        var before = Version1 with { Grants = [Awarded("GHNT", 75_000, 2019) with { Project = null }] };
        var after = Version1 with { Grants = [Awarded(" ghnt ", 80_000, 2019) with { Project = "  " }] };

        GrantChanges.Between(before, after).Select(c => (c.Change, c.Difference)).Should().Equal((Change.Changed, Eur(5_000)));
    }

    [Fact]
    public void A_grant_only_in_the_earlier_version_is_removed_with_its_amount_before_and_zero_after()
    {
        var before = Version1 with { Grants = [Awarded("GHNT", 75_000, 2019), Awarded("GHNT", 75_000, 2020)] };
        var after = Version1 with { Grants = [Awarded("GHNT", 75_000, 2019)] };

        var removed = GrantChanges.Between(before, after).Should().ContainSingle().Subject;

        (removed.Change, removed.Before, removed.After, removed.StatusBefore, removed.StatusAfter)
            .Should().Be((Change.Removed, Eur(75_000), Money.Zero, GrantStatus.Awarded, (GrantStatus?)null));
    }

    [Fact]
    public void A_line_whose_name_changes_only_in_case_is_shown_as_the_later_version_writes_it()
    {
        var after = Version1 with { Lines = [Line("projectleider", "GHNT", (2019, 20_000), (2020, 21_000)), Line("Campagne", "GHNT", (2019, 5_000))] };

        LineChanges.Between(Version1, after).Select(c => (c.Line, c.Year, c.Change)).Should().Equal(("projectleider", 2020, Change.Changed));
    }

    [Fact]
    public void An_amendment_of_nothing_is_refused_naming_the_missing_version()
    {
        var reconciled = Reconciler.Reconcile(Version1);

        FluentActions.Invoking(() => BudgetAmendment.NothingBefore(null!)).Should().Throw<ArgumentNullException>().WithParameterName("first");
        FluentActions.Invoking(() => BudgetAmendment.Between(null!, reconciled, Version1, reconciled)).Should().Throw<ArgumentNullException>().WithParameterName("before");
        FluentActions.Invoking(() => BudgetAmendment.Between(Version1, reconciled, null!, reconciled)).Should().Throw<ArgumentNullException>().WithParameterName("after");
    }

    [Fact]
    public void The_effect_on_every_years_closing_balance_is_given_per_source()
    {
        // GHNT, version 1: 2019 75,000 - 25,000 = 50,000; 2020 50,000 + 75,000 - 20,000 = 105,000.
        // GHNT, version 2: 2019 75,000 - 20,000 = 55,000; 2020 55,000 + 75,000 - 33,500 - 2,500 = 94,000.
        var ghnt = Amendment.Years.Select(y => y.BySource.Single(s => s.Source == "GHNT").Balance.ClosingBalance).ToArray();

        ghnt.Select(d => (d.Baseline, d.Alternative, d.Delta)).Should().Equal(
            (Eur(50_000), Eur(55_000), Eur(5_000)), (Eur(105_000), Eur(94_000), Eur(-11_000)));
        Amendment.Years.Select(y => y.BySource.Single(s => s.Source == "Projectenpool").Balance.ClosingBalance.Delta).Should().Equal(Money.Zero, Money.Zero);
    }

    [Fact]
    public void The_reason_and_decision_are_those_of_the_later_version()
    {
        (Amendment.Reason, Amendment.Decision).Should().Be(("Projectleiding 2020 uitgebreid", "raadsbesluit 2020-14"));
    }

    [Fact]
    public void Against_the_empty_budget_before_it_the_first_version_is_all_added()
    {
        var empty = BudgetAmendment.NothingBefore(Version1);

        var first = BudgetAmendment.Between(empty, Reconciler.Reconcile(empty), Version1, Reconciler.Reconcile(Version1));

        first.Lines.Select(c => (c.Line, c.Year, c.Change, c.After)).Should().Equal(
            ("Campagne", 2019, Change.Added, Eur(5_000)), ("Projectleider", 2019, Change.Added, Eur(20_000)), ("Projectleider", 2020, Change.Added, Eur(20_000)));
        first.Grants.Should().HaveCount(3).And.OnlyContain(g => g.Change == Change.Added && g.StatusBefore == null);
        // GHNT closes 2020 at 150,000 - 45,000 = 105,000, against 0 before.
        first.Years[1].BySource.Single(s => s.Source == "GHNT").Balance.ClosingBalance.Delta.Should().Be(Eur(105_000));
    }

    [Fact]
    public void Two_equal_versions_change_nothing()
    {
        var same = BudgetAmendment.Between(Version1, Reconciler.Reconcile(Version1), Version1, Reconciler.Reconcile(Version1));

        same.Lines.Should().BeEmpty();
        same.Grants.Should().BeEmpty();
        same.Years.SelectMany(y => y.BySource).Should().OnlyContain(s => s.Balance.ClosingBalance.Delta.IsZero);
    }
}
