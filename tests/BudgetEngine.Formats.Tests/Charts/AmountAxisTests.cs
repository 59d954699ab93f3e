using BudgetEngine.Formats.Charts;
using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Formats.Tests.Charts;

/// <summary>The chart's amount axis: round steps, zero always shown, amounts mapped to pixel rows exactly.</summary>
public sealed class AmountAxisTests
{
    [Theory]
    [InlineData("47600", "50000")]
    [InlineData("50000", "50000")]
    [InlineData("50001", "100000")]
    [InlineData("12000", "20000")]
    [InlineData("0.004", "0.01")]
    [InlineData("0.3", "0.5")]
    public void Steps_are_one_two_or_five_times_a_power_of_ten(string raw, string step) =>
        AmountAxis.RoundStep(decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be(decimal.Parse(step, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void The_axis_spans_zero_and_every_value_in_round_steps()
    {
        var axis = new AmountAxis([Money.FromEuros(238500m), Money.FromEuros(-200000m)], 0m, 100m);

        axis.Minimum.Should().Be(-200000m);
        axis.Maximum.Should().Be(300000m);
        axis.Ticks().Should().Contain(Money.Zero);
    }

    [Fact]
    public void Only_positive_values_still_start_at_zero()
    {
        new AmountAxis([Money.FromEuros(25000m)], 0m, 100m).Minimum.Should().Be(0m);
    }

    [Fact]
    public void The_ends_of_the_axis_are_the_ends_of_the_plot()
    {
        var axis = new AmountAxis([Money.FromEuros(100m)], 10m, 110m);

        axis.Y(Money.FromEuros(axis.Maximum)).Should().Be(10m);
        axis.Y(Money.FromEuros(axis.Minimum)).Should().Be(110m);
        axis.Y(Money.FromEuros(50m)).Should().Be(60m);
    }

    [Fact]
    public void Nothing_to_show_still_makes_an_axis()
    {
        var axis = new AmountAxis([Money.Zero], 0m, 100m);

        axis.Maximum.Should().BeGreaterThan(axis.Minimum);
    }
}
