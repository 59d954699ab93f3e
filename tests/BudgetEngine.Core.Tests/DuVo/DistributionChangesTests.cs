using BudgetEngine.Core.Amendments;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;

namespace BudgetEngine.Core.Tests.DuVo;

/// <summary>
/// What changed between two versions of a year's distribution. Illustrative figures: Arnhem and Hilversum share a basis 3 : 1,
/// Hilversum receives GHNT's 75,000, and the septembercirculaire raises the basis from 1,000,000 to 1,200,000 (announcing it
/// again) and adds 100,000 for Veilig Thuis, split 1 : 1.
/// </summary>
public class DistributionChangesTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    private static readonly DistributionEntry[] Roster = [new("GM0202", "Arnhem", Money.Zero, 0m), new("GM0402", "Hilversum", Money.Zero, 0m)];

    private static KeyedComponent Basis(decimal macro, string circular) => new("Basis", circular, E(macro),
        [new ComponentEntry("GM0202", Money.Zero, 3m), new ComponentEntry("GM0402", Money.Zero, 1m)]);

    private static readonly FixedComponent Ghnt = new("GHNT regionale projectleiding", "meicirculaire 2018", [new FixedAmount("GM0402", E(75_000m))]);

    private static readonly KeyedComponent Ophoging = new("Veilig Thuis, ophoging", "septembercirculaire 2019", E(100_000m),
        [new ComponentEntry("GM0202", Money.Zero, 1m), new ComponentEntry("GM0402", Money.Zero, 1m)]);

    private static DistributionResult Of(params DistributionComponent[] components) => Of(Roster, components);

    private static DistributionResult Of(DistributionEntry[] roster, params DistributionComponent[] components) =>
        DuVoDistribution.Calculate(new DistributionInput(2019, Money.Zero, 1m, roster) { Components = components });

    /// <summary>Arnhem 750,000; Hilversum 250,000 + 75,000 = 325,000; together 1,075,000.</summary>
    private static DistributionResult Meicirculaire => Of(Basis(1_000_000m, "meicirculaire 2019"), Ghnt);

    /// <summary>Arnhem 900,000 + 50,000 = 950,000; Hilversum 300,000 + 75,000 + 50,000 = 425,000; together 1,375,000.</summary>
    private static DistributionResult Septembercirculaire => Of(Basis(1_200_000m, "septembercirculaire 2019"), Ghnt, Ophoging);

    [Fact]
    public void The_totals_before_and_after_and_their_difference_are_given()
    {
        var changes = DistributionChanges.Between(Meicirculaire, Septembercirculaire);

        (changes.TotalBefore, changes.TotalAfter, changes.Difference).Should().Be((E(1_075_000m), E(1_375_000m), E(300_000m)));
    }

    [Fact]
    public void Every_component_is_given_with_its_circulars_and_amounts_in_both_versions_in_the_later_order()
    {
        DistributionChanges.Between(Meicirculaire, Septembercirculaire).Components.Should().Equal(
            new ComponentChange("Basis", Change.Changed, "meicirculaire 2019", "septembercirculaire 2019", E(1_000_000m), E(1_200_000m)),
            new ComponentChange("GHNT regionale projectleiding", null, "meicirculaire 2018", "meicirculaire 2018", E(75_000m), E(75_000m)),
            new ComponentChange("Veilig Thuis, ophoging", Change.Added, null, "septembercirculaire 2019", Money.Zero, E(100_000m)));
    }

    [Fact]
    public void Every_circular_is_given_with_what_it_pays_in_both_versions()
    {
        // Before: meicirculaire 2019 pays the basis 1,000,000. After: septembercirculaire 2019 the basis and the ophoging,
        // 1,200,000 + 100,000 = 1,300,000; meicirculaire 2018 GHNT's 75,000 in both.
        DistributionChanges.Between(Meicirculaire, Septembercirculaire).Circulars.Should().Equal(
            new CircularChange("septembercirculaire 2019", Change.Added, Money.Zero, E(1_300_000m)),
            new CircularChange("meicirculaire 2018", null, E(75_000m), E(75_000m)),
            new CircularChange("meicirculaire 2019", Change.Removed, E(1_000_000m), Money.Zero));
    }

    [Fact]
    public void Each_centrumgemeente_gives_its_payment_in_both_versions_and_the_difference()
    {
        var changes = DistributionChanges.Between(Meicirculaire, Septembercirculaire).Centrumgemeenten;

        changes.Select(c => (c.Code.Value, c.Name, c.Change, c.Before, c.After, c.Difference)).Should().Equal(
            ("GM0202", "Arnhem", Change.Changed, E(750_000m), E(950_000m), E(200_000m)),
            ("GM0402", "Hilversum", Change.Changed, E(325_000m), E(425_000m), E(100_000m)));
    }

    [Fact]
    public void Each_centrumgemeente_gives_its_part_of_every_component_it_is_in()
    {
        var hilversum = DistributionChanges.Between(Meicirculaire, Septembercirculaire).Centrumgemeenten[1];

        hilversum.Components.Should().Equal(
            new ComponentChange("Basis", Change.Changed, "meicirculaire 2019", "septembercirculaire 2019", E(250_000m), E(300_000m)),
            new ComponentChange("GHNT regionale projectleiding", null, "meicirculaire 2018", "meicirculaire 2018", E(75_000m), E(75_000m)),
            new ComponentChange("Veilig Thuis, ophoging", Change.Added, null, "septembercirculaire 2019", Money.Zero, E(50_000m)));
    }

    [Fact]
    public void Each_centrumgemeente_gives_its_part_of_every_circular()
    {
        // Arnhem: basis 750,000 in the meicirculaire 2019; 900,000 + 50,000 = 950,000 in the septembercirculaire 2019.
        var arnhem = DistributionChanges.Between(Meicirculaire, Septembercirculaire).Centrumgemeenten[0];

        arnhem.Circulars.Should().Equal(
            new CircularChange("septembercirculaire 2019", Change.Added, Money.Zero, E(950_000m)),
            new CircularChange("meicirculaire 2019", Change.Removed, E(750_000m), Money.Zero));
    }

    [Fact]
    public void A_component_the_later_version_no_longer_has_is_removed()
    {
        var changes = DistributionChanges.Between(Septembercirculaire, Of(Basis(1_200_000m, "septembercirculaire 2019"), Ghnt));

        changes.Components.Where(c => c.Change is not null).Should().Equal(
            new ComponentChange("Veilig Thuis, ophoging", Change.Removed, "septembercirculaire 2019", null, E(100_000m), Money.Zero));
        changes.Centrumgemeenten.Select(c => c.Difference).Should().Equal(E(-50_000m), E(-50_000m));
    }

    [Fact]
    public void A_component_announced_again_in_another_circular_for_the_same_amount_is_changed()
    {
        var changes = DistributionChanges.Between(Meicirculaire, Of(Basis(1_000_000m, "septembercirculaire 2019"), Ghnt));

        var basis = changes.Components[0];
        (basis.Change, basis.CircularBefore, basis.CircularAfter, basis.Difference).Should().Be(
            (Change.Changed, "meicirculaire 2019", "septembercirculaire 2019", Money.Zero));
    }

    [Fact]
    public void Nothing_changed_gives_every_figure_without_a_change()
    {
        var changes = DistributionChanges.Between(Meicirculaire, Meicirculaire);

        changes.Components.Select(c => c.Change).Should().AllSatisfy(c => c.Should().BeNull());
        changes.Circulars.Select(c => c.Change).Should().AllSatisfy(c => c.Should().BeNull());
        changes.Centrumgemeenten.Select(c => (c.Change, c.Before, c.After)).Should().Equal(
            ((Change?)null, E(750_000m), E(750_000m)), ((Change?)null, E(325_000m), E(325_000m)));
    }

    [Fact]
    public void Component_names_compare_without_regard_to_case()
    {
        var renamed = Of(Basis(1_000_000m, "meicirculaire 2019") with { Name = "basis" }, Ghnt);

        DistributionChanges.Between(Meicirculaire, renamed).Components.Select(c => c.Change).Should().Equal(new Change?[] { null, null });
    }

    [Fact]
    public void Against_no_earlier_version_everything_is_added()
    {
        var changes = DistributionChanges.Between(null, Meicirculaire);

        changes.TotalBefore.Should().Be(Money.Zero);
        changes.Components.Select(c => (c.Component, c.Change, c.After)).Should().Equal(
            ("Basis", Change.Added, E(1_000_000m)), ("GHNT regionale projectleiding", Change.Added, E(75_000m)));
        changes.Centrumgemeenten.Select(c => (c.Change, c.After)).Should().Equal((Change.Added, E(750_000m)), (Change.Added, E(325_000m)));
    }

    [Fact]
    public void A_centrumgemeente_only_the_later_version_pays_is_added_with_its_components()
    {
        // Utrecht joins the basis with weight 4 of 8: 1,200,000 x 4/8 = 600,000.
        DistributionEntry[] withUtrecht = [.. Roster, new("GM0344", "Utrecht", Money.Zero, 0m)];
        var basis = Basis(1_200_000m, "septembercirculaire 2019");
        var later = Of(withUtrecht, basis with { Centrumgemeenten = [.. basis.Centrumgemeenten, new ComponentEntry("GM0344", Money.Zero, 4m)] }, Ghnt);

        var utrecht = DistributionChanges.Between(Meicirculaire, later).Centrumgemeenten.Single(c => c.Code.Value == "GM0344");

        (utrecht.Name, utrecht.Change, utrecht.Before, utrecht.After).Should().Be(("Utrecht", Change.Added, Money.Zero, E(600_000m)));
        utrecht.Components.Should().Equal(new ComponentChange("Basis", Change.Added, null, "septembercirculaire 2019", Money.Zero, E(600_000m)));
    }

    [Fact]
    public void A_centrumgemeente_the_later_version_no_longer_pays_is_removed()
    {
        // Only Arnhem in the basis: 1,000,000.
        var later = Of([Roster[0]], Basis(1_000_000m, "meicirculaire 2019") with { Centrumgemeenten = [new ComponentEntry("GM0202", Money.Zero, 1m)] });

        var hilversum = DistributionChanges.Between(Meicirculaire, later).Centrumgemeenten.Single(c => c.Code.Value == "GM0402");

        (hilversum.Change, hilversum.Before, hilversum.After, hilversum.Difference).Should().Be((Change.Removed, E(325_000m), Money.Zero, E(-325_000m)));
        hilversum.Components.Select(c => c.Change).Should().Equal(Change.Removed, Change.Removed);
    }

    [Fact]
    public void A_distribution_without_components_is_one_component_without_a_name_or_circular()
    {
        // 1,000,000 by 3 : 1 is 750,000 / 250,000; 1,200,000 is 900,000 / 300,000.
        static DistributionResult Plain(decimal macro) => DuVoDistribution.Calculate(new DistributionInput(2019, E(macro), 1m,
            [new DistributionEntry("GM0202", "Arnhem", Money.Zero, 3m), new DistributionEntry("GM0402", "Hilversum", Money.Zero, 1m)]));

        var changes = DistributionChanges.Between(Plain(1_000_000m), Plain(1_200_000m));

        changes.Components.Should().Equal(new ComponentChange(null, Change.Changed, null, null, E(1_000_000m), E(1_200_000m)));
        changes.Circulars.Should().BeEmpty();
        changes.Centrumgemeenten[0].Components.Should().Equal(new ComponentChange(null, Change.Changed, null, null, E(750_000m), E(900_000m)));
    }

    [Fact]
    public void A_centrumgemeente_whose_parts_did_not_change_has_no_change()
    {
        // Only Hilversum gets GHNT money; Arnhem's 750,000 stays.
        var moreGhnt = Of(Basis(1_000_000m, "meicirculaire 2019"), Ghnt with { Amounts = [new FixedAmount("GM0402", E(100_000m))] });

        DistributionChanges.Between(Meicirculaire, moreGhnt).Centrumgemeenten.Select(c => (c.Code.Value, c.Change)).Should().Equal(
            ("GM0202", (Change?)null), ("GM0402", Change.Changed));
    }

    [Fact]
    public void Money_moved_between_components_is_a_change_though_the_payment_stays()
    {
        // Hilversum's 75,000 moves from GHNT into a fixed amount of another name: 325,000 before and after.
        var moved = Of(Basis(1_000_000m, "meicirculaire 2019"), Ghnt with { Name = "Regionale projectleiding" });

        var hilversum = DistributionChanges.Between(Meicirculaire, moved).Centrumgemeenten[1];

        (hilversum.Change, hilversum.Difference).Should().Be((Change.Changed, Money.Zero));
        hilversum.Components.Select(c => (c.Component, c.Change)).Should().Equal(
            ("Basis", (Change?)null), ("Regionale projectleiding", Change.Added), ("GHNT regionale projectleiding", Change.Removed));
    }

    [Fact]
    public void A_circular_that_pays_another_amount_is_changed_by_the_difference()
    {
        // GHNT (meicirculaire 2018) rises from 75,000 to 100,000 for Hilversum: 25,000 more.
        var moreGhnt = Of(Basis(1_000_000m, "meicirculaire 2019"), Ghnt with { Amounts = [new FixedAmount("GM0402", E(100_000m))] });

        var circular = DistributionChanges.Between(Meicirculaire, moreGhnt).Circulars.Single(c => c.Circular == "meicirculaire 2018");

        (circular.Change, circular.Before, circular.After, circular.Difference).Should().Be((Change.Changed, E(75_000m), E(100_000m), E(25_000m)));
    }

    [Fact]
    public void A_centrumgemeente_is_named_as_the_later_version_names_it()
    {
        DistributionEntry[] renamed = [Roster[0], Roster[1] with { Name = "Gemeente Hilversum" }];

        var changes = DistributionChanges.Between(Meicirculaire, Of(renamed, Basis(1_000_000m, "meicirculaire 2019"), Ghnt));

        changes.Centrumgemeenten.Select(c => c.Name).Should().Equal("Arnhem", "Gemeente Hilversum");
    }

    [Fact]
    public void Comparing_with_no_later_version_is_a_programming_error()
    {
        FluentActions.Invoking(() => DistributionChanges.Between(Meicirculaire, null!)).Should().Throw<ArgumentNullException>();
    }
}
