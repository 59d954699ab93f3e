using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;

namespace BudgetEngine.Core.Tests.DuVo;

/// <summary>What a national distribution must state before it can be calculated (illustrative figures).</summary>
public class DistributionValidationTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    private static DistributionInput TwoCentres(int year = 2016) => new(
        year,
        E(1_000_000m),
        0.5m,
        [
            new DistributionEntry("GM0344", "Utrecht", E(600_000m), 1m),
            new DistributionEntry("GM0307", "Amersfoort", E(400_000m), 1m),
        ]);

    private static IEnumerable<(string Path, string Id)> Errors(DistributionInput input) =>
        DuVoDistribution.Validate(input).Select(e => (e.Path, e.Text!.Id));

    [Fact]
    public void Validating_no_distribution_at_all_is_a_programming_error()
    {
        FluentActions.Invoking(() => DuVoDistribution.Validate(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_year_must_be_positive()
    {
        Errors(TwoCentres(year: 0)).Should().Equal(("/year", "DuVo.YearNotPositive"));
        Errors(TwoCentres(year: 1)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.035")]
    [InlineData("1")]
    public void A_loss_cap_as_a_fraction_of_the_historical_amount_may_be_anything_from_0_to_1(string fraction)
    {
        var input = TwoCentres() with { LossCap = LossCap.Fraction(decimal.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture)) };

        Errors(input).Should().BeEmpty();
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1.01")]
    public void A_loss_cap_as_a_fraction_of_the_historical_amount_outside_0_to_1_is_refused_at_its_field(string fraction)
    {
        var input = TwoCentres() with { LossCap = LossCap.Fraction(decimal.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture)) };

        Errors(input).Should().Equal(("/lossCap/maxFraction", "DuVo.Distribution.MaxFractionRange"));
    }

    [Fact]
    public void A_loss_cap_as_an_amount_may_be_zero_but_not_negative()
    {
        Errors(TwoCentres() with { LossCap = LossCap.Amount(Money.Zero) }).Should().BeEmpty();
        Errors(TwoCentres() with { LossCap = LossCap.Amount(E(-0.01m)) })
            .Should().Equal(("/lossCap/maxAmount", "DuVo.Distribution.MaxAmountNegative"));
    }

    [Fact]
    public void Key_weights_that_are_all_zero_leave_nothing_to_split_by_and_are_refused()
    {
        var input = TwoCentres() with
        {
            Centrumgemeenten = [.. TwoCentres().Centrumgemeenten.Select(e => e with { KeyWeight = 0m })],
        };

        Errors(input).Should().Equal(("/centrumgemeenten", "DuVo.Distribution.KeyWeightsZero"));
    }

    [Fact]
    public void One_centrumgemeente_with_key_weight_zero_is_allowed_when_another_has_weight()
    {
        // Key 0 : 1 at phase-in 1: Utrecht's objective amount is 0, Amersfoort's the whole 1,000,000.00.
        var input = TwoCentres() with
        {
            PhaseIn = 1m,
            Centrumgemeenten = [TwoCentres().Centrumgemeenten[0] with { KeyWeight = 0m }, TwoCentres().Centrumgemeenten[1]],
        };

        Errors(input).Should().BeEmpty();
        DuVoDistribution.Calculate(input).Centrumgemeenten.Select(c => (c.Code.Value, c.Objective))
            .Should().Equal(("GM0307", E(1_000_000m)), ("GM0344", Money.Zero));
    }

    [Fact]
    public void A_phase_in_path_needs_its_list_of_steps_and_every_step_in_it()
    {
        new PhaseInPath(null!).Validate().Select(e => (e.Path, e.Text!.Id)).Should().Equal(("/steps", "DuVo.PhaseIn.StepsMissing"));
        new PhaseInPath([new PhaseInStep(2015, 0.5m), null!]).Validate().Select(e => (e.Path, e.Text!.Id))
            .Should().Equal(("/steps/1", "DuVo.PhaseIn.StepMissing"));
    }

    [Fact]
    public void A_phase_in_step_may_stand_at_either_end_of_the_move_0_or_1()
    {
        var path = new PhaseInPath([new PhaseInStep(2014, 0m), new PhaseInStep(2017, 1m)]);

        path.Validate().Should().BeEmpty();
        path.FractionFor(2016).Should().Be(0m);
        path.FractionFor(2017).Should().Be(1m);
    }
}
