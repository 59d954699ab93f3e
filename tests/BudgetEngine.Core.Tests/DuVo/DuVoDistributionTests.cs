using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.Tests.DuVo;

/// <summary>
/// The national DU VO distribution. All national figures here are made up for the tests (illustrative): the engine
/// takes macro budgets, historical amounts and key weights as input.
/// </summary>
public class DuVoDistributionTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    // Three centrumgemeenten, macro budget 10,000,000.00, historical amounts summing to the macro budget,
    // equal key weights (so the objective amounts are thirds, which do not divide evenly in cents).
    private static DistributionInput ThreeCentres(decimal phaseIn = 0.5m) => new(
        2015,
        E(10_000_000m),
        phaseIn,
        [
            new DistributionEntry("GM0202", "Arnhem", E(6_000_000m), 1m),
            new DistributionEntry("GM0344", "Utrecht", E(2_500_000m), 1m),
            new DistributionEntry("GM0402", "Hilversum", E(1_500_000m), 1m),
        ]);

    [Fact]
    public void Objective_amounts_split_the_macro_budget_by_the_key_with_the_spare_cent_to_the_smaller_code()
    {
        // 10,000,000.00 / 3 = 3,333,333.333...; the one cent left over ties and goes to GM0202.
        var result = DuVoDistribution.Calculate(ThreeCentres());

        result.Centrumgemeenten.Select(c => c.Objective).Should().Equal(
            E(3_333_333.34m), E(3_333_333.33m), E(3_333_333.33m));
    }

    [Fact]
    public void Phase_in_moves_the_given_fraction_from_historical_to_objective_to_the_cent()
    {
        // Quota = H + 0.5 x (O - H):
        //   GM0202: 6,000,000 + 0.5 x (3,333,333.34 - 6,000,000) = 4,666,666.67
        //   GM0344: 2,500,000 + 0.5 x (3,333,333.33 - 2,500,000) = 2,916,666.665
        //   GM0402: 1,500,000 + 0.5 x (3,333,333.33 - 1,500,000) = 2,416,666.665
        // Floors 4,666,666.67 + 2,916,666.66 + 2,416,666.66 = 9,999,999.99; the last cent ties (.005 each)
        // and goes to the smaller code GM0344.
        var result = DuVoDistribution.Calculate(ThreeCentres());

        result.Centrumgemeenten.Select(c => c.PhasedPayment).Should().Equal(
            E(4_666_666.67m), E(2_916_666.67m), E(2_416_666.66m));
        result.Centrumgemeenten.Select(c => c.Payment).Should().Equal(
            E(4_666_666.67m), E(2_916_666.67m), E(2_416_666.66m));
        result.TotalPayments.Should().Be(E(10_000_000m));
        result.Centrumgemeenten.Select(c => c.RedistributionEffect).Should().Equal(
            E(-1_333_333.33m), E(416_666.67m), E(916_666.66m));
    }

    [Fact]
    public void Phase_zero_pays_the_historical_amounts_and_phase_one_the_objective_amounts()
    {
        DuVoDistribution.Calculate(ThreeCentres(0m)).Centrumgemeenten.Select(c => c.Payment)
            .Should().Equal(E(6_000_000m), E(2_500_000m), E(1_500_000m));
        DuVoDistribution.Calculate(ThreeCentres(1m)).Centrumgemeenten.Select(c => c.Payment)
            .Should().Equal(E(3_333_333.34m), E(3_333_333.33m), E(3_333_333.33m));
    }

    [Fact]
    public void Loss_cap_is_topped_up_from_the_transition_budget_and_the_rest_goes_by_the_key()
    {
        // Cap 20%: GM0202's floor is 6,000,000 x 0.8 = 4,800,000.00; its phased payment 4,666,666.67,
        // so it needs a top-up of 133,333.33. The others gain and need none.
        // Transition budget 200,000.00: after the top-up, 66,666.67 is left, split by the (equal) key:
        // 22,222.2233... each; floors 22,222.22 x 3 = 66,666.66; the spare cent ties and goes to GM0202.
        //   GM0202: 4,666,666.67 + 133,333.33 + 22,222.23 = 4,822,222.23
        //   GM0344: 2,916,666.67 +          0 + 22,222.22 = 2,938,888.89
        //   GM0402: 2,416,666.66 +          0 + 22,222.22 = 2,438,888.88
        // Total 10,200,000.00 = macro + transition.
        var input = ThreeCentres() with
        {
            LossCap = LossCap.Fraction(0.20m),
            TransitionBudget = new TransitionBudget("Transitiebudget", E(200_000m)),
        };

        var result = DuVoDistribution.Calculate(input);

        result.Centrumgemeenten.Select(c => c.TopUp).Should().Equal(E(133_333.33m), Money.Zero, Money.Zero);
        result.Centrumgemeenten.Select(c => c.TransitionShare).Should().Equal(E(22_222.23m), E(22_222.22m), E(22_222.22m));
        result.Centrumgemeenten.Select(c => c.Payment).Should().Equal(
            E(4_822_222.23m), E(2_938_888.89m), E(2_438_888.88m));
        result.TotalPayments.Should().Be(E(10_200_000m));
        result.TotalTopUps.Should().Be(E(133_333.33m));
        result.TransitionRemainder.Should().Be(E(66_666.67m));
        result.Centrumgemeenten[0].RedistributionEffect.Should().Be(E(-1_177_777.77m));
        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public void A_transition_budget_too_small_for_the_top_ups_is_spent_on_them_and_flagged()
    {
        // As above, but only 100,000.00 of transition budget for the 133,333.33 needed:
        // GM0202 gets all of it (the only one in need); 33,333.33 of its loss stays uncompensated.
        var input = ThreeCentres() with
        {
            LossCap = LossCap.Fraction(0.20m),
            TransitionBudget = new TransitionBudget("Transitiebudget", E(100_000m)),
        };

        var result = DuVoDistribution.Calculate(input);

        result.Centrumgemeenten.Select(c => c.Payment).Should().Equal(
            E(4_766_666.67m), E(2_916_666.67m), E(2_416_666.66m));
        result.TotalPayments.Should().Be(E(10_100_000m));
        result.TransitionRemainder.Should().Be(Money.Zero);
        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be("TRANSITION_BUDGET_INSUFFICIENT");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Year.Should().Be(2015);
        finding.Source.Should().Be("Transitiebudget");
        finding.Line.Should().Be("GM0202");
        finding.Amount.Should().Be(E(33_333.33m));
    }

    [Fact]
    public void A_short_transition_budget_is_split_over_the_needed_top_ups_by_the_allocator()
    {
        // Historical 4,000,000 each (sum 12,000,000) against a macro budget of 12,000,000; key 1 : 1 : 4.
        // Objective 2,000,000 / 2,000,000 / 8,000,000; phase 0.5 -> phased 3,000,000 / 3,000,000 / 6,000,000.
        // Cap: a loss of at most 500,000.00 -> floor 3,500,000, so GM0202 and GM0344 each need 500,000.00.
        // Transition budget 333,333.33 split 1 : 1 -> 166,666.665 each; the spare cent ties -> GM0202.
        var input = new DistributionInput(
            2016,
            E(12_000_000m),
            0.5m,
            [
                new DistributionEntry("GM0402", "Hilversum", E(4_000_000m), 4m),
                new DistributionEntry("GM0344", "Utrecht", E(4_000_000m), 1m),
                new DistributionEntry("GM0202", "Arnhem", E(4_000_000m), 1m),
            ])
        {
            LossCap = LossCap.Amount(E(500_000m)),
            TransitionBudget = new TransitionBudget("Transitiebudget", E(333_333.33m)),
        };

        var result = DuVoDistribution.Calculate(input);

        result.Centrumgemeenten.Select(c => c.Code.Value).Should().Equal("GM0202", "GM0344", "GM0402");
        result.Centrumgemeenten.Select(c => c.TopUpNeeded).Should().Equal(E(500_000m), E(500_000m), Money.Zero);
        result.Centrumgemeenten.Select(c => c.TopUp).Should().Equal(E(166_666.67m), E(166_666.66m), Money.Zero);
        result.Centrumgemeenten.Select(c => c.Payment).Should().Equal(E(3_166_666.67m), E(3_166_666.66m), E(6_000_000m));
        result.TotalPayments.Should().Be(E(12_333_333.33m));
        result.Findings.Select(f => (f.Line, f.Amount)).Should().Equal(
            ("GM0202", (Money?)E(333_333.33m)), ("GM0344", (Money?)E(333_333.34m)));
    }

    [Fact]
    public void Historical_amounts_that_do_not_sum_to_the_macro_budget_are_scaled_to_it()
    {
        // Historical 3,000,000 + 1,000,000 = 4,000,000, macro 5,000,000, key 1 : 1, phase 0.25.
        // Scaled historical: 3,750,000 / 1,250,000; objective 2,500,000 / 2,500,000.
        // Quota = 0.75 x scaled + 0.25 x objective = 3,437,500 / 1,562,500.
        var input = new DistributionInput(
            2015,
            E(5_000_000m),
            0.25m,
            [
                new DistributionEntry("GM0344", "Utrecht", E(3_000_000m), 1m),
                new DistributionEntry("GM0307", "Amersfoort", E(1_000_000m), 1m),
            ]);

        var result = DuVoDistribution.Calculate(input);

        result.Centrumgemeenten.Select(c => (c.Code.Value, c.Payment)).Should().Equal(
            ("GM0307", E(1_562_500m)), ("GM0344", E(3_437_500m)));
        result.Centrumgemeenten.Select(c => c.RedistributionEffect).Should().Equal(E(562_500m), E(437_500m));
    }

    [Fact]
    public void Payments_sum_exactly_to_macro_plus_transition_budget_for_awkward_figures()
    {
        var entries = Enumerable.Range(1, 35)
            .Select(i => new DistributionEntry(
                $"GM{i * 37:0000}", $"Centrum {i}", Money.FromCents(100_000_000L + (i * 7_777_777L)), 1m + (i % 7) * 0.137m))
            .ToArray();
        var input = new DistributionInput(2016, E(153_456_789.01m), 0.37m, entries)
        {
            LossCap = LossCap.Fraction(0.035m),
            TransitionBudget = new TransitionBudget("Transitiebudget", E(10_000_000m)),
        };

        var result = DuVoDistribution.Calculate(input);

        result.TotalPayments.Should().Be(E(163_456_789.01m));
        Money.Sum(result.Centrumgemeenten.Select(c => c.Objective)).Should().Be(E(153_456_789.01m));
        Money.Sum(result.Centrumgemeenten.Select(c => c.PhasedPayment)).Should().Be(E(153_456_789.01m));
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_centrumgemeenten()
    {
        var input = ThreeCentres() with
        {
            LossCap = LossCap.Fraction(0.20m),
            TransitionBudget = new TransitionBudget("Transitiebudget", E(200_000m)),
        };
        var reversed = input with { Centrumgemeenten = input.Centrumgemeenten.Reverse().ToArray() };

        var a = DuVoDistribution.Calculate(input);
        var b = DuVoDistribution.Calculate(reversed);

        b.Centrumgemeenten.Should().Equal(a.Centrumgemeenten);
        b.Findings.Should().Equal(a.Findings);
    }

    [Fact]
    public void Invalid_input_is_reported_with_json_pointer_paths()
    {
        var input = new DistributionInput(
            2015,
            Money.Zero,
            1.5m,
            [
                new DistributionEntry("GM0344", "Utrecht", E(-1m), 1m),
                new DistributionEntry("GM344", "", E(1m), -2m),
                new DistributionEntry("GM0344", "Utrecht again", E(1m), 1m),
            ])
        {
            TransitionBudget = new TransitionBudget("", E(-5m)),
            LossCap = new LossCap(),
        };

        var errors = DuVoDistribution.Validate(input);

        errors.Select(e => (e.Path, e.Text!.Id)).Should().Equal(
            ("/macroBudget", "DuVo.Distribution.MacroBudgetNotPositive"),
            ("/phaseIn", "DuVo.Distribution.PhaseInRange"),
            ("/transitionBudget/name", "DuVo.Distribution.TransitionNameMissing"),
            ("/transitionBudget/amount", "DuVo.Distribution.TransitionNegative"),
            ("/lossCap", "DuVo.Distribution.LossCapOne"),
            ("/centrumgemeenten/0/historical", "DuVo.Distribution.HistoricalNegative"),
            ("/centrumgemeenten/1/code", "DuVo.CbsCodeInvalid"),
            ("/centrumgemeenten/1/name", "DuVo.NameMissing"),
            ("/centrumgemeenten/1/keyWeight", "DuVo.Distribution.KeyWeightNegative"),
            ("/centrumgemeenten/2/code", "DuVo.CodeTwice"));
        errors[1].MessageIn(MessageLanguage.Dutch).Should().Be("De ingroeifractie moet tussen 0 en 1 liggen; die is 1,5.");
        errors[1].MessageIn(MessageLanguage.English).Should().Be("The phase-in fraction must be between 0 and 1; it is 1.5.");
        FluentActions.Invoking(() => DuVoDistribution.Calculate(input))
            .Should().Throw<DuVoValidationException>()
            .Which.Errors.Should().Equal(errors);
    }

    [Fact]
    public void Phase_in_path_gives_the_fraction_of_the_year_and_holds_after_the_last_step()
    {
        var path = new PhaseInPath([new PhaseInStep(2016, 0.5m), new PhaseInStep(2015, 0.25m), new PhaseInStep(2017, 1m)]);

        path.FractionFor(2014).Should().Be(0m);
        path.FractionFor(2015).Should().Be(0.25m);
        path.FractionFor(2016).Should().Be(0.5m);
        path.FractionFor(2020).Should().Be(1m);
    }

    [Fact]
    public void Phase_in_path_rejects_a_year_given_twice_and_fractions_outside_0_to_1()
    {
        var path = new PhaseInPath([new PhaseInStep(2015, 0.5m), new PhaseInStep(2015, 1.5m)]);

        path.Validate().Select(e => (e.Path, e.Text!.Id)).Should().Equal(("/steps/1/year", "DuVo.PhaseIn.YearTwice"), ("/steps/1/fraction", "DuVo.PhaseIn.FractionRange"));
        FluentActions.Invoking(() => path.FractionFor(2015)).Should().Throw<DuVoValidationException>();
    }

    [Fact]
    public void Loss_cap_by_fraction_rounds_the_allowed_loss_down_so_the_floor_protects_the_centrumgemeente()
    {
        // 3.5% of 1,000.01 = 35.00035 -> the allowed loss is 35.00, the floor 965.01.
        LossCap.Fraction(0.035m).FloorFor(E(1_000.01m), E(500m)).Should().Be(E(965.01m));
        LossCap.Amount(E(2_000m)).FloorFor(E(1_000m), E(500m)).Should().Be(Money.Zero);
    }

    [Fact]
    public void A_loss_cap_without_a_transition_budget_pays_no_top_ups_and_flags_every_excess_loss()
    {
        var result = DuVoDistribution.Calculate(ThreeCentres() with { LossCap = LossCap.Fraction(0.20m) });

        result.TotalPayments.Should().Be(E(10_000_000m));
        result.TotalTopUps.Should().Be(Money.Zero);
        var finding = result.Findings.Should().ContainSingle().Subject;
        (finding.Line, finding.Source, finding.Amount).Should().Be(("GM0202", (string?)null, (Money?)E(133_333.33m)));
    }

    [Fact]
    public void Without_historical_amounts_only_the_fully_objective_distribution_is_possible()
    {
        DistributionInput Input(decimal phase) => new(
            2017, E(100m), phase,
            [new DistributionEntry("GM0344", "Utrecht", Money.Zero, 2m), new DistributionEntry("GM0307", "Amersfoort", Money.Zero, 1m)]);

        DuVoDistribution.Validate(Input(0.5m)).Select(e => (e.Path, e.Text!.Id)).Should().Equal(("/centrumgemeenten", "DuVo.Distribution.HistoricalZero"));
        // 100.00 x 1/3 = 33.333... and x 2/3 = 66.666...: the spare cent goes to the larger remainder (GM0344).
        DuVoDistribution.Calculate(Input(1m)).Centrumgemeenten.Select(c => c.Payment).Should().Equal(E(33.33m), E(66.67m));
    }

    /// <summary>
    /// The worked example of docs/duvo.md: macro 30,000,000; historical A 12M, B 6M, C 7M, D 5M; key weights 9, 9, 7.5,
    /// 4.5 (objective 9M, 9M, 7.5M, 4.5M); fully objective (phase-in 1); a loss of at most a third of the cut.
    /// </summary>
    private static DistributionInput FourCentres(TransitionRemainder remainder, decimal transition = 10_000_000m) => new(
        2016,
        E(30_000_000m),
        1m,
        [
            new DistributionEntry("GM0001", "A", E(12_000_000m), 9m),
            new DistributionEntry("GM0002", "B", E(6_000_000m), 9m),
            new DistributionEntry("GM0003", "C", E(7_000_000m), 7.5m),
            new DistributionEntry("GM0004", "D", E(5_000_000m), 4.5m),
        ])
    {
        LossCap = LossCap.FractionOfCut(0.3333333333m),
        TransitionBudget = new TransitionBudget("Knelpuntenpot", E(transition)) { Remainder = remainder },
    };

    [Fact]
    public void A_loss_capped_at_a_fraction_of_the_cut_lets_a_losing_centrumgemeente_lose_that_fraction_of_its_cut()
    {
        // A: cut 12M - 9M = 3M, a third (0.3333333333 x 3,000,000 = 999,999.9999 -> 1,000,000.00) may be lost: floor 11M.
        // D: cut 0.5M, 0.3333333333 x 500,000 = 166,666.66665 -> 166,666.67: floor 4,833,333.33.
        LossCap.FractionOfCut(0.3333333333m).FloorFor(E(12_000_000m), E(9_000_000m)).Should().Be(E(11_000_000m));
        LossCap.FractionOfCut(0.3333333333m).FloorFor(E(5_000_000m), E(4_500_000m)).Should().Be(E(4_833_333.33m));
    }

    [Fact]
    public void A_gaining_centrumgemeente_has_no_cut_so_its_floor_is_its_historical_amount()
    {
        LossCap.FractionOfCut(0.5m).FloorFor(E(6_000_000m), E(9_000_000m)).Should().Be(E(6_000_000m));
    }

    [Fact]
    public void With_an_unpaid_remainder_the_transition_budget_pays_only_the_top_ups_and_the_rest_stays_with_the_Rijk()
    {
        var result = DuVoDistribution.Calculate(FourCentres(TransitionRemainder.Unpaid));

        // Top-ups: A 11M - 9M = 2,000,000.00; D 4,833,333.33 - 4.5M = 333,333.33; unpaid 10M - 2,333,333.33.
        result.Centrumgemeenten.Select(c => c.Payment).Should().Equal(E(11_000_000m), E(9_000_000m), E(7_500_000m), E(4_833_333.33m));
        result.TransitionUnpaid.Should().Be(E(7_666_666.67m));
        result.TransitionRemainder.Should().Be(Money.Zero);
        result.TotalPayments.Should().Be(E(30_000_000m) + E(10_000_000m) - E(7_666_666.67m));
    }

    [Fact]
    public void With_an_unpaid_remainder_no_centrumgemeente_receives_more_than_the_larger_of_its_historical_and_objective_amounts()
    {
        var result = DuVoDistribution.Calculate(FourCentres(TransitionRemainder.Unpaid));

        result.Centrumgemeenten.Should().OnlyContain(c => c.Payment <= Money.Max(c.Historical, c.Objective));
    }

    [Fact]
    public void By_key_the_rest_of_the_transition_budget_is_split_over_everyone_by_the_objective_key()
    {
        var result = DuVoDistribution.Calculate(FourCentres(TransitionRemainder.ByKey));

        // 7,666,666.67 by 9 : 9 : 7.5 : 4.5 (of 30): 2,300,000.00, 2,300,000.00, 1,916,666.67, 1,150,000.00.
        result.Centrumgemeenten.Select(c => c.TransitionShare).Should().Equal(E(2_300_000m), E(2_300_000m), E(1_916_666.67m), E(1_150_000m));
        result.TransitionUnpaid.Should().Be(Money.Zero);
        result.TotalPayments.Should().Be(E(40_000_000m));
    }

    [Fact]
    public void A_transition_budget_too_small_for_the_top_ups_is_split_by_what_each_needs_and_nothing_is_left_unpaid()
    {
        // Needed 2,000,000.00 and 333,333.33 (2,333,333.33); 700,000 split 6:1 -> 600,000.00 and 100,000.00 (to the cent:
        // 700,000 x 2,000,000 / 2,333,333.33 = 600,000.0000857 and 99,999.9999143).
        var result = DuVoDistribution.Calculate(FourCentres(TransitionRemainder.Unpaid, transition: 700_000m));

        result.Centrumgemeenten.Select(c => c.TopUp).Should().Equal(E(600_000m), Money.Zero, Money.Zero, E(100_000m));
        result.TransitionUnpaid.Should().Be(Money.Zero);
        result.Findings.Select(f => (f.Line, f.Amount)).Should().Equal(("GM0001", (Money?)E(1_400_000m)), ("GM0004", E(233_333.33m)));
    }

    [Fact]
    public void A_transition_budget_exactly_the_size_of_the_top_ups_pays_each_in_full_and_leaves_nothing()
    {
        // Needed 2,000,000.00 (A) + 333,333.33 (D) = 2,333,333.33, exactly the budget: no loss uncompensated, nothing unpaid.
        var result = DuVoDistribution.Calculate(FourCentres(TransitionRemainder.Unpaid, transition: 2_333_333.33m));

        result.Centrumgemeenten.Select(c => c.TopUp).Should().Equal(E(2_000_000m), Money.Zero, Money.Zero, E(333_333.33m));
        result.TransitionUnpaid.Should().Be(Money.Zero);
        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public void A_loss_cap_must_be_stated_in_exactly_one_way()
    {
        var both = ThreeCentres() with { LossCap = new LossCap { MaxFraction = 0.1m, MaxFractionOfCut = 0.5m } };
        var none = ThreeCentres() with { LossCap = new LossCap() };
        var outside = ThreeCentres() with { LossCap = LossCap.FractionOfCut(1.5m) };

        DuVoDistribution.Validate(both).Select(e => (e.Path, e.Text!.Id)).Should().Equal(("/lossCap", "DuVo.Distribution.LossCapOne"));
        DuVoDistribution.Validate(none).Select(e => (e.Path, e.Text!.Id)).Should().Equal(("/lossCap", "DuVo.Distribution.LossCapOne"));
        DuVoDistribution.Validate(outside).Select(e => (e.Path, e.Text!.Id)).Should().Equal(("/lossCap/maxFractionOfCut", "DuVo.Distribution.MaxFractionOfCutRange"));
    }

    [Theory]
    [InlineData(2015, "0", 12_000_000, 5_000_000, 6_500_000)]
    [InlineData(2016, "0.3333333333", 11_000_000, 4_833_333.33, 7_666_666.67)]
    [InlineData(2017, "1", 9_000_000, 4_500_000, 10_000_000)]
    public void The_2015_to_2017_path_loses_nothing_then_a_third_of_the_cut_then_all_of_it(int year, string fractionOfCut, decimal a, decimal d, decimal unpaid)
    {
        // docs/duvo.md's series: fully objective each year, the loss capped at none, a third and all of the cut.
        // 2015: A and D keep 12M and 5M (top-ups 3M and 0.5M), 10M - 3.5M = 6.5M unpaid; 2016: see the worked example;
        // 2017: everyone at the objective amount, no top-up, the whole 10M unpaid.
        var input = FourCentres(TransitionRemainder.Unpaid) with { Year = year, LossCap = LossCap.FractionOfCut(decimal.Parse(fractionOfCut, System.Globalization.CultureInfo.InvariantCulture)) };

        var result = DuVoDistribution.Calculate(input);

        (result.Find(CbsCode.Parse("GM0001"))!.Payment, result.Find(CbsCode.Parse("GM0004"))!.Payment, result.TransitionUnpaid)
            .Should().Be((E(a), E(d), E(unpaid)));
    }
}
