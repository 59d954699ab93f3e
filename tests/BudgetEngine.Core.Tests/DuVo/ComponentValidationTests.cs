using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;

namespace BudgetEngine.Core.Tests.DuVo;

/// <summary>What a distribution with components must give: each broken rule at its field, with its message id.</summary>
public class ComponentValidationTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    private static readonly DistributionEntry[] Roster =
    [
        new("GM0202", "Arnhem", Money.Zero, 0m),
        new("GM0402", "Hilversum", Money.Zero, 0m),
    ];

    private static KeyedComponent Keyed => new("Basis", "meicirculaire 2019", E(1_000_000m),
        [new ComponentEntry("GM0202", E(600_000m), 1m), new ComponentEntry("GM0402", E(400_000m), 1m)]);

    private static FixedComponent Fixed => new("GHNT", "meicirculaire 2018", [new FixedAmount("GM0402", E(75_000m))]);

    private static DistributionInput Input(params DistributionComponent[] components) =>
        new(2019, Money.Zero, 0.5m, Roster) { Components = components };

    private static (string Path, string Id)[] Errors(DistributionInput input) =>
        DuVoDistribution.Validate(input).Select(e => (e.Path, e.Text!.Id)).ToArray();

    [Fact]
    public void A_valid_distribution_with_components_has_no_errors()
    {
        Errors(Input(Keyed, Fixed)).Should().BeEmpty();
    }

    [Fact]
    public void With_components_the_macro_budget_transition_budget_and_loss_cap_are_given_per_component()
    {
        var input = Input(Keyed) with
        {
            MacroBudget = E(1m),
            TransitionBudget = new TransitionBudget("Transitiebudget", E(1m)),
            LossCap = LossCap.Fraction(0.1m),
        };

        Errors(input).Should().Equal(
            ("/macroBudget", "DuVo.Component.PerComponent"),
            ("/transitionBudget", "DuVo.Component.PerComponent"),
            ("/lossCap", "DuVo.Component.PerComponent"));
    }

    [Fact]
    public void With_components_the_centrumgemeenten_give_no_historical_amount_or_key_weight()
    {
        var input = Input(Fixed) with { Centrumgemeenten = [Roster[0] with { Historical = E(1m), KeyWeight = 2m }, Roster[1]] };

        Errors(input).Should().Equal(
            ("/centrumgemeenten/0/historical", "DuVo.Component.PerComponent"),
            ("/centrumgemeenten/0/keyWeight", "DuVo.Component.PerComponent"));
    }

    [Fact]
    public void The_message_names_the_field_to_give_per_component()
    {
        var error = DuVoDistribution.Validate(Input(Fixed) with { MacroBudget = E(1m) }).Single();

        error.Message.Should().Contain("components[].macroBudget");
    }

    [Fact]
    public void The_centrumgemeenten_are_still_required_and_checked()
    {
        Errors(Input(Fixed) with { Centrumgemeenten = [] }).Should().Equal(
            ("/centrumgemeenten", "DuVo.Distribution.CentrumgemeentenMissing"),
            ("/components/0/fixedAmounts/0/code", "DuVo.Component.NotInCentrumgemeenten"));
        Errors(Input(Fixed) with { Centrumgemeenten = [Roster[1], null!, Roster[1] with { Name = " " }, Roster[0] with { Code = "0202" }] }).Should().Equal(
            ("/centrumgemeenten/1", "DuVo.Distribution.EntryMissing"),
            ("/centrumgemeenten/2/code", "DuVo.CodeTwice"),
            ("/centrumgemeenten/2/name", "DuVo.NameMissing"),
            ("/centrumgemeenten/3/code", "DuVo.CbsCodeInvalid"));
    }

    [Fact]
    public void A_component_needs_a_name_of_its_own()
    {
        Errors(Input(Keyed with { Name = "" }, Fixed)).Should().Equal(("/components/0/name", "DuVo.NameMissing"));
        Errors(Input(Keyed, Fixed with { Name = "basis" })).Should().Equal(("/components/1/name", "DuVo.Component.NameTwice"));
    }

    [Fact]
    public void A_component_names_its_circular()
    {
        Errors(Input(Keyed with { Circular = " " })).Should().Equal(("/components/0/circular", "DuVo.Component.CircularMissing"));
    }

    [Fact]
    public void A_missing_component_is_reported_at_its_place()
    {
        Errors(Input(Keyed, null!)).Should().Equal(("/components/1", "DuVo.Component.Missing"));
    }

    [Fact]
    public void A_keyed_component_breaks_the_rules_of_a_distribution_at_its_own_fields()
    {
        var broken = Keyed with
        {
            MacroBudget = Money.Zero,
            Centrumgemeenten = [Keyed.Centrumgemeenten[0] with { KeyWeight = -1m }, Keyed.Centrumgemeenten[1] with { Historical = E(-1m) }],
            TransitionBudget = new TransitionBudget("", E(-1m)),
            LossCap = LossCap.FractionOfCut(2m),
        };

        Errors(Input(broken)).Should().Equal(
            ("/components/0/macroBudget", "DuVo.Distribution.MacroBudgetNotPositive"),
            ("/components/0/transitionBudget/name", "DuVo.Distribution.TransitionNameMissing"),
            ("/components/0/transitionBudget/amount", "DuVo.Distribution.TransitionNegative"),
            ("/components/0/lossCap/maxFractionOfCut", "DuVo.Distribution.MaxFractionOfCutRange"),
            ("/components/0/centrumgemeenten/0/keyWeight", "DuVo.Distribution.KeyWeightNegative"),
            ("/components/0/centrumgemeenten/1/historical", "DuVo.Distribution.HistoricalNegative"));
    }

    [Fact]
    public void A_keyed_components_own_phase_in_is_checked_at_the_component()
    {
        Errors(Input(Keyed with { PhaseIn = 1.5m })).Should().Equal(("/components/0/phaseIn", "DuVo.Distribution.PhaseInRange"));
    }

    [Fact]
    public void A_phase_in_the_components_take_from_the_distribution_is_reported_once_at_the_distribution()
    {
        Errors(Input(Keyed, Keyed with { Name = "Veilig Thuis" }) with { PhaseIn = -0.1m }).Should().Equal(("/phaseIn", "DuVo.Distribution.PhaseInRange"));
    }

    [Fact]
    public void A_year_that_is_not_positive_is_reported_once_at_the_distribution()
    {
        Errors(Input(Keyed) with { Year = 0 }).Should().Equal(("/year", "DuVo.YearNotPositive"));
    }

    [Fact]
    public void A_keyed_component_with_only_zero_historical_amounts_must_be_fully_objective()
    {
        var newMoney = Keyed with { Centrumgemeenten = [.. Keyed.Centrumgemeenten.Select(e => e with { Historical = Money.Zero })] };

        Errors(Input(newMoney)).Should().Equal(("/components/0/centrumgemeenten", "DuVo.Distribution.HistoricalZero"));
        Errors(Input(newMoney with { PhaseIn = 1m })).Should().BeEmpty();
    }

    [Fact]
    public void A_keyed_component_needs_its_centrumgemeenten()
    {
        Errors(Input(Keyed with { Centrumgemeenten = null! })).Should().Equal(("/components/0/centrumgemeenten", "DuVo.Distribution.CentrumgemeentenMissing"));
        Errors(Input(Keyed with { Centrumgemeenten = [Keyed.Centrumgemeenten[0], null!] })).Should().Equal(("/components/0/centrumgemeenten/1", "DuVo.Distribution.EntryMissing"));
    }

    [Fact]
    public void A_component_names_only_the_distributions_centrumgemeenten()
    {
        var elsewhere = Keyed with { Centrumgemeenten = [.. Keyed.Centrumgemeenten, new ComponentEntry("GM0344", E(0m), 1m)] };
        var fixedElsewhere = Fixed with { Amounts = [new FixedAmount("GM0344", E(1m))] };

        Errors(Input(elsewhere, fixedElsewhere)).Should().Equal(
            ("/components/0/centrumgemeenten/2/code", "DuVo.Component.NotInCentrumgemeenten"),
            ("/components/1/fixedAmounts/0/code", "DuVo.Component.NotInCentrumgemeenten"));
    }

    [Fact]
    public void A_component_entry_with_a_broken_code_is_reported_once()
    {
        var broken = Keyed with { Centrumgemeenten = [Keyed.Centrumgemeenten[0], Keyed.Centrumgemeenten[1] with { Code = "gm0402" }] };

        Errors(Input(broken)).Should().Equal(("/components/0/centrumgemeenten/1/code", "DuVo.CbsCodeInvalid"));
    }

    [Fact]
    public void A_component_entry_without_a_code_is_reported_once_at_its_code()
    {
        // A component entry has no name of its own (the distribution's centrumgemeenten name it), so nothing is said about one.
        var broken = Keyed with { Centrumgemeenten = [Keyed.Centrumgemeenten[0], Keyed.Centrumgemeenten[1] with { Code = null! }] };

        Errors(Input(broken)).Should().Equal(("/components/0/centrumgemeenten/1/code", "DuVo.CbsCodeInvalid"));
    }

    [Fact]
    public void A_centrumgemeente_without_a_name_is_reported_once_at_the_distributions_list()
    {
        var input = Input(Keyed) with { Centrumgemeenten = [Roster[0], Roster[1] with { Name = "" }] };

        Errors(input).Should().Equal(("/centrumgemeenten/1/name", "DuVo.NameMissing"));
    }

    [Fact]
    public void A_fixed_component_gives_at_least_one_amount()
    {
        Errors(Input(Fixed with { Amounts = [] })).Should().Equal(("/components/0/fixedAmounts", "DuVo.Component.FixedAmountsMissing"));
        Errors(Input(Fixed with { Amounts = null! })).Should().Equal(("/components/0/fixedAmounts", "DuVo.Component.FixedAmountsMissing"));
    }

    [Fact]
    public void A_fixed_amount_names_a_centrumgemeente_once_with_an_amount_of_zero_or_more()
    {
        var broken = Fixed with
        {
            Amounts =
            [
                new FixedAmount("GM0402", E(-0.01m)),
                null!,
                new FixedAmount("GM0402", E(1m)),
                new FixedAmount("Hilversum", E(1m)),
                new FixedAmount("GM0202", Money.Zero),
            ],
        };

        Errors(Input(broken)).Should().Equal(
            ("/components/0/fixedAmounts/0/amount", "DuVo.AmountNegative"),
            ("/components/0/fixedAmounts/1", "DuVo.Distribution.EntryMissing"),
            ("/components/0/fixedAmounts/2/code", "DuVo.CodeTwice"),
            ("/components/0/fixedAmounts/3/code", "DuVo.CbsCodeInvalid"));
    }

    [Fact]
    public void Every_message_of_a_component_rule_reads_in_dutch_and_english()
    {
        var input = Input(Keyed with { Name = "" }, Fixed with { Name = "Basis", Circular = "", Amounts = [] }, null!) with { MacroBudget = E(1m) };

        foreach (var error in DuVoDistribution.Validate(input))
        {
            error.MessageIn(Core.Findings.MessageLanguage.Dutch).Should().NotBe(error.MessageIn(Core.Findings.MessageLanguage.English), error.Text!.Id);
        }
    }
}
