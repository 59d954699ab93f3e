using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;

namespace BudgetEngine.Core.Tests.DuVo;

/// <summary>
/// A DU VO distribution made of components, each announced in its own circular. The figures are illustrative (made up for the
/// tests); the structure follows the DU VO since 2018: a basis, the Veilig Thuis money added through the IBP, and GHNT's regional
/// project leadership paid as a fixed amount through the centrumgemeente.
/// </summary>
public class ComponentDistributionTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    private static readonly DistributionEntry[] Roster =
    [
        new("GM0202", "Arnhem", Money.Zero, 0m),
        new("GM0344", "Utrecht", Money.Zero, 0m),
        new("GM0402", "Hilversum", Money.Zero, 0m),
    ];

    /// <summary>Basis 9,000,000 by historical 4M / 3M / 2M and equal weights (objective 3M each), phase-in from the distribution.</summary>
    private static KeyedComponent Basis => new("Basis", "meicirculaire 2019", E(9_000_000m),
    [
        new ComponentEntry("GM0202", E(4_000_000m), 1m),
        new ComponentEntry("GM0344", E(3_000_000m), 1m),
        new ComponentEntry("GM0402", E(2_000_000m), 1m),
    ]);

    /// <summary>Veilig Thuis 1,000,000 new money (no historical amounts), wholly by its key of equal weights.</summary>
    private static KeyedComponent VeiligThuis => new("Veilig Thuis (IBP)", "meicirculaire 2019", E(1_000_000m),
    [
        new ComponentEntry("GM0202", Money.Zero, 1m),
        new ComponentEntry("GM0344", Money.Zero, 1m),
        new ComponentEntry("GM0402", Money.Zero, 1m),
    ])
    { PhaseIn = 1m };

    /// <summary>GHNT regional project leadership: 75,000 to Hilversum for Gooi en Vechtstreek.</summary>
    private static FixedComponent Ghnt => new("GHNT regionale projectleiding", "meicirculaire 2018", [new FixedAmount("GM0402", E(75_000m))]);

    private static DistributionInput Input(params DistributionComponent[] components) =>
        new(2019, Money.Zero, 0.5m, Roster) { Components = components };

    private static DistributionResult ThreeComponents() => DuVoDistribution.Calculate(Input(Basis, VeiligThuis, Ghnt));

    [Fact]
    public void A_centrumgemeentes_payment_is_the_sum_of_its_component_shares()
    {
        // Basis at phase-in 0.5: H + 0.5 x (O - H) = 3,500,000 / 3,000,000 / 2,500,000.
        // Veilig Thuis: 1,000,000 / 3 = 333,333.33 each, the spare cent to the smaller code GM0202.
        // GHNT: 75,000 to Hilversum.
        //   Arnhem    3,500,000.00 + 333,333.34            = 3,833,333.34
        //   Utrecht   3,000,000.00 + 333,333.33            = 3,333,333.33
        //   Hilversum 2,500,000.00 + 333,333.33 + 75,000   = 2,908,333.33
        var result = ThreeComponents();

        result.Centrumgemeenten.Select(c => c.Payment).Should().Equal(E(3_833_333.34m), E(3_333_333.33m), E(2_908_333.33m));
        result.Find(CbsCode.Parse("GM0402"))!.Components.Should().Equal(
            new ComponentShare("Basis", "meicirculaire 2019", E(2_500_000m)),
            new ComponentShare("Veilig Thuis (IBP)", "meicirculaire 2019", E(333_333.33m)),
            new ComponentShare("GHNT regionale projectleiding", "meicirculaire 2018", E(75_000m)));
    }

    [Fact]
    public void A_centrumgemeente_has_a_share_only_of_the_components_it_is_in()
    {
        ThreeComponents().Find(CbsCode.Parse("GM0202"))!.Components.Select(c => c.Component)
            .Should().Equal("Basis", "Veilig Thuis (IBP)");
    }

    [Fact]
    public void Each_keyed_component_is_split_by_its_own_key_to_the_cent()
    {
        // 1,000,000.00 over three equal weights: 333,333.33 x 3 = 999,999.99; the spare cent ties and goes to GM0202.
        var veiligThuis = ThreeComponents().Components[1];

        veiligThuis.Centrumgemeenten.Select(c => c.Payment).Should().Equal(E(333_333.34m), E(333_333.33m), E(333_333.33m));
        veiligThuis.TotalPayments.Should().Be(E(1_000_000m));
        veiligThuis.Distribution!.MacroBudget.Should().Be(E(1_000_000m));
    }

    [Fact]
    public void A_keyed_component_without_a_phase_in_takes_the_distributions()
    {
        // The basis gives none, so the distribution's 0.5 applies: Arnhem 4,000,000 + 0.5 x (3,000,000 - 4,000,000) = 3,500,000.
        var basis = ThreeComponents().Components[0];

        basis.Distribution!.PhaseIn.Should().Be(0.5m);
        basis.Centrumgemeenten.Select(c => c.Payment).Should().Equal(E(3_500_000m), E(3_000_000m), E(2_500_000m));
    }

    [Fact]
    public void A_keyed_components_own_phase_in_overrides_the_distributions()
    {
        ThreeComponents().Components[1].Distribution!.PhaseIn.Should().Be(1m);
    }

    [Fact]
    public void Fixed_amounts_are_paid_as_given_without_a_distribution_of_their_own()
    {
        var ghnt = ThreeComponents().Components[2];

        ghnt.Centrumgemeenten.Should().Equal(new ComponentPayment(CbsCode.Parse("GM0402"), "Hilversum", E(75_000m)));
        ghnt.Distribution.Should().BeNull();
        ghnt.TotalPayments.Should().Be(E(75_000m));
    }

    [Fact]
    public void A_fixed_amount_counts_as_historical_objective_and_phased_payment_alike()
    {
        // Hilversum: historical 2,000,000 + 0 + 75,000; objective 3,000,000 + 333,333.33 + 75,000;
        // phased 2,500,000 + 333,333.33 + 75,000. Its redistribution effect is that of the keyed components only:
        // 2,908,333.33 - 2,075,000.00 = 833,333.33.
        var hilversum = ThreeComponents().Find(CbsCode.Parse("GM0402"))!;

        hilversum.Historical.Should().Be(E(2_075_000m));
        hilversum.Objective.Should().Be(E(3_408_333.33m));
        hilversum.PhasedPayment.Should().Be(E(2_908_333.33m));
        hilversum.RedistributionEffect.Should().Be(E(833_333.33m));
        hilversum.KeyWeight.Should().Be(0m, "each keyed component has its own key");
    }

    [Fact]
    public void The_payments_per_circular_add_up_the_components_of_each_circular()
    {
        // meicirculaire 2019: basis 9,000,000 + Veilig Thuis 1,000,000; meicirculaire 2018: GHNT 75,000.
        // Hilversum: 2,500,000.00 + 333,333.33 = 2,833,333.33 and 75,000.
        var result = ThreeComponents();

        result.ByCircular.Should().Equal(new CircularPayment("meicirculaire 2019", E(10_000_000m)), new CircularPayment("meicirculaire 2018", E(75_000m)));
        result.Find(CbsCode.Parse("GM0402"))!.ByCircular.Should().Equal(
            new CircularPayment("meicirculaire 2019", E(2_833_333.33m)), new CircularPayment("meicirculaire 2018", E(75_000m)));
    }

    [Fact]
    public void The_macro_budget_of_a_distribution_with_components_is_theirs_together_fixed_amounts_included()
    {
        // 9,000,000 + 1,000,000 + 75,000 = 10,075,000.00, all of it paid.
        var result = ThreeComponents();

        result.MacroBudget.Should().Be(E(10_075_000m));
        result.TotalPayments.Should().Be(E(10_075_000m));
        result.PhaseIn.Should().Be(0.5m);
    }

    [Fact]
    public void The_phase_in_rules_apply_per_component()
    {
        // The worked example of docs/duvo.md as the basis: macro 30,000,000; historical A 12M, B 6M, C 7M, D 5M; weights
        // 9 / 9 / 7.5 / 4.5; fully objective; a third of the cut at most; transition budget 10,000,000 unpaid ->
        // 11,000,000.00 / 9,000,000.00 / 7,500,000.00 / 4,833,333.33 and 7,666,666.67 unpaid. A second component of
        // 300,000 by equal weights without cap or transition budget adds 75,000 each.
        DistributionEntry[] roster = [new("GM0001", "A", Money.Zero, 0m), new("GM0002", "B", Money.Zero, 0m), new("GM0003", "C", Money.Zero, 0m), new("GM0004", "D", Money.Zero, 0m)];
        var basis = new KeyedComponent("Basis", "meicirculaire 2016", E(30_000_000m),
        [
            new ComponentEntry("GM0001", E(12_000_000m), 9m),
            new ComponentEntry("GM0002", E(6_000_000m), 9m),
            new ComponentEntry("GM0003", E(7_000_000m), 7.5m),
            new ComponentEntry("GM0004", E(5_000_000m), 4.5m),
        ])
        {
            LossCap = LossCap.FractionOfCut(0.3333333333m),
            TransitionBudget = new TransitionBudget("Transitiebudget", E(10_000_000m)) { Remainder = TransitionRemainder.Unpaid },
        };
        var extra = new KeyedComponent("Extra", "septembercirculaire 2016", E(300_000m),
            [.. roster.Select(r => new ComponentEntry(r.Code, Money.Zero, 1m))]);

        var result = DuVoDistribution.Calculate(new DistributionInput(2016, Money.Zero, 1m, roster) { Components = [basis, extra] });

        result.Centrumgemeenten.Select(c => c.Payment).Should().Equal(E(11_075_000m), E(9_075_000m), E(7_575_000m), E(4_908_333.33m));
        result.TransitionUnpaid.Should().Be(E(7_666_666.67m));
        result.TransitionBudget.Should().Be(E(10_000_000m));
        result.TotalTopUps.Should().Be(E(2_333_333.33m));
        result.TotalPayments.Should().Be(E(32_633_333.33m), "30,000,000 + 10,000,000 - 7,666,666.67 + 300,000");
    }

    [Fact]
    public void A_transition_budget_too_small_is_reported_by_its_component()
    {
        // Arnhem loses 500,000 of its basis at phase-in 0.5 and may lose nothing (maxAmount 0): it needs 500,000, the
        // budget has 100,000.
        var capped = Basis with { LossCap = LossCap.Amount(Money.Zero), TransitionBudget = new TransitionBudget("Knelpuntenpot basis", E(100_000m)) };

        var result = DuVoDistribution.Calculate(Input(capped, Ghnt));

        result.Findings.Should().ContainSingle().Which.Source.Should().Be("Knelpuntenpot basis");
        result.Findings[0].Amount.Should().Be(E(400_000m));
    }

    [Fact]
    public void A_distribution_without_components_has_no_component_figures()
    {
        var plain = new DistributionInput(2019, E(9_000_000m), 1m,
            [new DistributionEntry("GM0202", "Arnhem", E(4_000_000m), 1m), new DistributionEntry("GM0344", "Utrecht", E(5_000_000m), 2m)]);

        var result = DuVoDistribution.Calculate(plain);

        result.Components.Should().BeEmpty();
        result.ByCircular.Should().BeEmpty();
        result.Centrumgemeenten.Should().OnlyContain(c => c.Components.Count == 0 && c.ByCircular.Count == 0);
        result.Centrumgemeenten.Select(c => c.KeyWeight).Should().Equal(1m, 2m);
    }

    [Fact]
    public void The_order_of_centrumgemeenten_entries_and_amounts_changes_no_figure()
    {
        var reversed = new DistributionInput(2019, Money.Zero, 0.5m, [.. Roster.Reverse()])
        {
            Components =
            [
                Basis with { Centrumgemeenten = [.. Basis.Centrumgemeenten.Reverse()] },
                VeiligThuis with { Centrumgemeenten = [.. VeiligThuis.Centrumgemeenten.Reverse()] },
                Ghnt,
            ],
        };

        var result = DuVoDistribution.Calculate(reversed);

        result.Centrumgemeenten.Select(c => (c.Code.Value, c.Payment)).Should().Equal(
            ThreeComponents().Centrumgemeenten.Select(c => (c.Code.Value, c.Payment)));
    }

    [Fact]
    public void A_centrumgemeente_in_no_component_is_paid_nothing()
    {
        var result = DuVoDistribution.Calculate(Input(Ghnt));

        result.Centrumgemeenten.Select(c => (c.Code.Value, c.Payment)).Should().Equal(
            ("GM0202", Money.Zero), ("GM0344", Money.Zero), ("GM0402", E(75_000m)));
    }

    [Fact]
    public void Calculating_a_distribution_with_a_broken_component_throws_with_the_errors()
    {
        var broken = Input(Ghnt with { Circular = "" });

        FluentActions.Invoking(() => DuVoDistribution.Calculate(broken)).Should().Throw<DuVoValidationException>()
            .Which.Errors.Select(e => e.Path).Should().Equal("/components/0/circular");
    }

    [Fact]
    public void A_keyed_component_names_each_centrumgemeente_as_the_distribution_names_it()
    {
        ThreeComponents().Components[0].Centrumgemeenten.Select(c => c.Name).Should().Equal("Arnhem", "Utrecht", "Hilversum");
    }

    [Fact]
    public void A_fixed_component_lists_its_amounts_by_CBS_code_whatever_their_order()
    {
        var fixedAmounts = new FixedComponent("GHNT regionale projectleiding", "meicirculaire 2018",
            [new FixedAmount("GM0402", E(75_000m)), new FixedAmount("GM0202", E(25_000m))]);

        DuVoDistribution.Calculate(Input(Basis, fixedAmounts)).Components[1].Centrumgemeenten.Select(c => (c.Code.Value, c.Payment))
            .Should().Equal(("GM0202", E(25_000m)), ("GM0402", E(75_000m)));
    }
}
