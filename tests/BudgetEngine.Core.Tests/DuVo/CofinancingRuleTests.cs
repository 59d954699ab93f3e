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
}
