using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.Tests.DuVo;

/// <summary>Structural co-financing: costs the municipalities share by a rule, whether or not the DU VO falls short.</summary>
public class CofinancingRuleTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    // Illustrative: Veilig Thuis costs 1,600,000, of which 600,000 for minors paid from youth money; the DU VO (1,000,000) pays
    // the rest exactly, so there is no shortfall at all.
    private static SpendPlan VeiligThuisWithMinors(params CofinancingRule[] rules) =>
        new("GM0344", 2016, [new SpendCategory("Veilig Thuis", E(1_600_000m))
        {
            Parts = [new CategoryPart("Veilig Thuis voor minderjarigen", E(600_000m)) { Source = DuVoSources.Jeugd, Tags = [DuVoTags.Minors] }],
        }])
        {
            Payment = E(1_000_000m),
            Regiogemeenten =
            [
                new Regiogemeente("GM0355", "Zeist") { Inhabitants = 65_000, Inhabitants0To17 = 30_000 },
                new Regiogemeente("GM0307", "Amersfoort") { Inhabitants = 160_000, Inhabitants0To17 = 10_000 },
                new Regiogemeente("GM0344", "Utrecht") { Inhabitants = 360_000, Inhabitants0To17 = 20_000 },
            ],
            CofinancingRules = rules,
        };

    private static readonly CofinancingRule MinorsByYouth =
        new(CofinancingKey.Inhabitants0To17, CofinancingStatus.Agreed) { Category = "Veilig Thuis", Part = "Veilig Thuis voor minderjarigen" };

    [Fact]
    public void The_minors_part_of_Veilig_Thuis_is_split_by_youth_inhabitants_without_any_shortfall()
    {
        // 600,000 over 10,000 / 20,000 / 30,000 youths (60,000 together): 600,000 x 1/6, 2/6, 3/6 = 100,000 / 200,000 / 300,000.
        var result = SpendPlanCalculator.Calculate(VeiligThuisWithMinors(MinorsByYouth));

        result.Shortfall.Should().Be(Money.Zero);
        var rule = result.CofinancingRules.Single();
        rule.Amount.Should().Be(E(600_000m));
        rule.Contributions.Select(c => (c.Code.Value, c.Amount)).Should().Equal(
            ("GM0307", E(100_000m)), ("GM0344", E(200_000m)), ("GM0355", E(300_000m)));
        result.Cofinancing.Should().BeEmpty("there is no shortfall to split");
    }

    [Fact]
    public void A_fixed_amount_split_by_inhabitants_adds_up_to_the_cent()
    {
        // 100,000.00 over 160,000 / 360,000 / 65,000 inhabitants (585,000): exact 27,350.4273.. / 61,538.4615.. / 11,111.1111..;
        // floors 27,350.42 + 61,538.46 + 11,111.11 = 99,999.99; the spare cent goes to the largest remainder (Amersfoort, .73 of a cent).
        var rule = new CofinancingRule(CofinancingKey.Inhabitants, CofinancingStatus.Agreed) { Amount = E(100_000m) };

        var result = SpendPlanCalculator.Calculate(VeiligThuisWithMinors(rule));

        result.CofinancingRules.Single().Contributions.Select(c => c.Amount).Should().Equal(E(27_350.43m), E(61_538.46m), E(11_111.11m));
    }

    [Fact]
    public void Proposed_contributions_are_totalled_apart_from_agreed_ones()
    {
        // Agreed: the minors part, 100,000 / 200,000 / 300,000. Proposed: 30,000 agreed per municipality as 5,000 / 10,000 / 15,000.
        var proposed = new CofinancingRule(CofinancingKey.AgreedAmounts, CofinancingStatus.Proposed)
        {
            Amount = E(30_000m),
            AgreedAmounts = [new AgreedAmount("GM0355", E(15_000m)), new AgreedAmount("GM0307", E(5_000m)), new AgreedAmount("GM0344", E(10_000m))],
        };

        var result = SpendPlanCalculator.Calculate(VeiligThuisWithMinors(MinorsByYouth, proposed));

        result.AgreedContributions.Select(c => c.Amount).Should().Equal(E(100_000m), E(200_000m), E(300_000m));
        result.ProposedContributions.Select(c => (c.Code.Value, c.Amount)).Should().Equal(
            ("GM0307", E(5_000m)), ("GM0344", E(10_000m)), ("GM0355", E(15_000m)));
    }

    [Fact]
    public void A_rule_keyed_by_youth_needs_the_youth_inhabitants_of_every_regiogemeente()
    {
        var plan = VeiligThuisWithMinors(MinorsByYouth);
        plan = plan with { Regiogemeenten = [.. plan.Regiogemeenten.Take(2), plan.Regiogemeenten[2] with { Inhabitants0To17 = null }] };

        SpendPlanCalculator.Validate(plan).Select(e => (e.Path, e.Text!.Id)).Should().Equal(("/regiogemeenten/2/inhabitants0to17", "DuVo.Cofinancing.WeightMissing"));
    }

    [Fact]
    public void A_rule_names_an_existing_category_and_part_or_a_fixed_amount_but_not_both()
    {
        var both = MinorsByYouth with { Amount = E(1m) };
        var noPart = MinorsByYouth with { Part = "Onbekend" };
        var agreedOff = new CofinancingRule(CofinancingKey.AgreedAmounts, CofinancingStatus.Agreed)
        {
            Amount = E(10m),
            AgreedAmounts = [new AgreedAmount("GM0307", E(4m)), new AgreedAmount("GM9999", E(5m))],
        };

        var errors = SpendPlanCalculator.Validate(VeiligThuisWithMinors(both, noPart, agreedOff));

        errors.Select(e => (e.Path, e.Text!.Id)).Should().Equal(
            ("/cofinancing/rules/0", "DuVo.Cofinancing.AmountOrCategory"),
            ("/cofinancing/rules/1/part", "DuVo.Cofinancing.NoSuchPart"),
            ("/cofinancing/rules/2/amounts/1/code", "DuVo.Cofinancing.NotARegiogemeente"),
            ("/cofinancing/rules/2/amounts", "DuVo.Cofinancing.AgreedSumDiffers"));
        // 4.00 + 5.00 agreed against the 10.00 the rule shares.
        errors[3].MessageIn(MessageLanguage.Dutch).Should().Be("De afgesproken bedragen zijn samen € 9,00, maar de regel verdeelt € 10,00; die moeten gelijk zijn.");
    }

    private static IEnumerable<(string Path, string Id)> Errors(SpendPlan plan) => SpendPlanCalculator.Validate(plan).Select(e => (e.Path, e.Text!.Id));

    private static readonly CofinancingRule ByInhabitants = new(CofinancingKey.Inhabitants, CofinancingStatus.Agreed) { Amount = E(30_000m) };

    [Fact]
    public void A_rule_that_shares_a_whole_category_shares_all_of_its_cost()
    {
        // Veilig Thuis 1,600,000.00 (youth part included) by 10,000 / 20,000 / 30,000 youths: 266,666.666.. / 533,333.333.. / 800,000;
        // floors 266,666.66 + 533,333.33 + 800,000.00 = 1,599,999.99, the spare cent to the largest remainder (GM0307, .67 of a cent).
        var wholeCategory = new CofinancingRule(CofinancingKey.Inhabitants0To17, CofinancingStatus.Agreed) { Category = "Veilig Thuis" };

        var rule = SpendPlanCalculator.Calculate(VeiligThuisWithMinors(wholeCategory)).CofinancingRules.Single();

        rule.Amount.Should().Be(E(1_600_000m));
        rule.Contributions.Select(c => c.Amount).Should().Equal(E(266_666.67m), E(533_333.33m), E(800_000m));
    }

    [Fact]
    public void The_rules_must_be_a_list_without_gaps()
    {
        Errors(VeiligThuisWithMinors() with { CofinancingRules = null! }).Should().Equal(("/cofinancing/rules", "DuVo.Cofinancing.RulesNotList"));
        Errors(VeiligThuisWithMinors(MinorsByYouth, null!)).Should().Equal(("/cofinancing/rules/1", "DuVo.Cofinancing.RuleMissing"));
    }

    [Fact]
    public void A_rule_needs_regiogemeenten_to_share_over()
    {
        Errors(VeiligThuisWithMinors(MinorsByYouth) with { Regiogemeenten = [] })
            .Should().Equal(("/regiogemeenten", "DuVo.Cofinancing.NoRegiogemeenten"));
    }

    [Fact]
    public void A_rule_with_regiogemeenten_that_are_not_a_list_is_reported_not_thrown()
    {
        Errors(VeiligThuisWithMinors(MinorsByYouth) with { Regiogemeenten = null! }).Should().Equal(
            ("/regiogemeenten", "DuVo.Plan.RegiogemeentenNotList"),
            ("/regiogemeenten", "DuVo.Cofinancing.NoRegiogemeenten"));
    }

    [Fact]
    public void A_rule_by_inhabitants_needs_the_inhabitants_of_every_regiogemeente()
    {
        // The region agreed fixed shares of 40% and 60% but gives no inhabitants: nothing to weigh the rule by.
        var plan = VeiligThuisWithMinors(ByInhabitants) with
        {
            Regiogemeenten = [new Regiogemeente("GM0307", "Amersfoort") { FixedShare = 40m }, new Regiogemeente("GM0344", "Utrecht") { FixedShare = 60m }],
        };

        Errors(plan).Should().Equal(
            ("/regiogemeenten/0/inhabitants", "DuVo.Cofinancing.WeightMissing"),
            ("/regiogemeenten/1/inhabitants", "DuVo.Cofinancing.WeightMissing"),
            ("/cofinancing/rules/0/key", "DuVo.Cofinancing.WeightsZero"));
    }

    [Fact]
    public void A_rule_by_fixed_share_needs_the_fixed_share_of_every_regiogemeente()
    {
        var byShare = ByInhabitants with { Key = CofinancingKey.FixedShare };

        Errors(VeiligThuisWithMinors(byShare)).Should().Equal(
            ("/regiogemeenten/0/fixedShare", "DuVo.Cofinancing.WeightMissing"),
            ("/regiogemeenten/1/fixedShare", "DuVo.Cofinancing.WeightMissing"),
            ("/regiogemeenten/2/fixedShare", "DuVo.Cofinancing.WeightMissing"),
            ("/cofinancing/rules/0/key", "DuVo.Cofinancing.WeightsZero"));
    }

    [Fact]
    public void A_fixed_amount_to_share_may_not_be_negative_nor_name_a_part()
    {
        Errors(VeiligThuisWithMinors(ByInhabitants with { Amount = E(-0.01m) }))
            .Should().Equal(("/cofinancing/rules/0/amount", "DuVo.AmountNegative"));
        Errors(VeiligThuisWithMinors(ByInhabitants with { Part = "Veilig Thuis voor minderjarigen" }))
            .Should().Equal(("/cofinancing/rules/0/part", "DuVo.Cofinancing.PartWithoutCategory"));
    }

    [Fact]
    public void A_rule_names_a_category_the_plan_has()
    {
        Errors(VeiligThuisWithMinors(MinorsByYouth with { Category = "Opvang" }))
            .Should().Equal(("/cofinancing/rules/0/category", "DuVo.Cofinancing.NoSuchCategory"));
    }

    [Fact]
    public void A_rule_by_agreed_amounts_lists_them()
    {
        var agreed = ByInhabitants with { Key = CofinancingKey.AgreedAmounts };

        Errors(VeiligThuisWithMinors(agreed with { AgreedAmounts = null! }))
            .Should().Equal(("/cofinancing/rules/0/amounts", "DuVo.Cofinancing.AgreedAmountsMissing"));
        Errors(VeiligThuisWithMinors(agreed with { AgreedAmounts = [] }))
            .Should().Equal(("/cofinancing/rules/0/amounts", "DuVo.Cofinancing.AgreedAmountsMissing"));
    }

    [Fact]
    public void Agreed_amounts_name_each_regiogemeente_once_with_an_amount_of_zero_or_more()
    {
        // Each list adds up to the 30,000.00 the rule shares, so only the broken entry is reported.
        var agreed = ByInhabitants with { Key = CofinancingKey.AgreedAmounts };

        Errors(VeiligThuisWithMinors(agreed with { AgreedAmounts = [null!, new AgreedAmount("GM0307", E(30_000m))] }))
            .Should().Equal(("/cofinancing/rules/0/amounts/0", "DuVo.Cofinancing.RuleMissing"));
        Errors(VeiligThuisWithMinors(agreed with { AgreedAmounts = [new AgreedAmount("GM0307", E(10_000m)), new AgreedAmount("GM0307", E(20_000m))] }))
            .Should().Equal(("/cofinancing/rules/0/amounts/1/code", "DuVo.CodeTwice"));
        Errors(VeiligThuisWithMinors(agreed with { AgreedAmounts = [new AgreedAmount("GM0307", E(-10_000m)), new AgreedAmount("GM0344", E(40_000m))] }))
            .Should().Equal(("/cofinancing/rules/0/amounts/0/amount", "DuVo.AmountNegative"));
    }
}
