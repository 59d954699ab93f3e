using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Formats.Charts;

/// <summary>
/// A vertical axis for euro amounts, computed in decimals: it spans zero and every value shown, in round steps of 1, 2 or
/// 5 times a power of ten (about five of them), and maps an amount to a pixel row of the plot.
/// </summary>
public sealed class AmountAxis
{
    private readonly decimal _top;
    private readonly decimal _bottom;

    /// <summary>An axis over <paramref name="values"/> (and zero) drawn from pixel row <paramref name="top"/> down to <paramref name="bottom"/>.</summary>
    public AmountAxis(IEnumerable<Money> values, decimal top, decimal bottom)
    {
        _top = top;
        _bottom = bottom;
        var euros = values.Select(v => v.Euros).Append(0m).ToArray();
        var low = euros.Min();
        var high = euros.Max();
        if (high == low) high = low + 1000m;
        Step = RoundStep((high - low) / 5m);
        Minimum = decimal.Floor(low / Step) * Step;
        Maximum = decimal.Ceiling(high / Step) * Step;
    }

    /// <summary>The lowest amount on the axis, in euros.</summary>
    public decimal Minimum { get; }

    /// <summary>The highest amount on the axis, in euros.</summary>
    public decimal Maximum { get; }

    /// <summary>The distance between ticks, in euros.</summary>
    public decimal Step { get; }

    /// <summary>The tick amounts from the minimum to the maximum.</summary>
    public IEnumerable<Money> Ticks()
    {
        for (var euros = Minimum; euros <= Maximum; euros += Step)
        {
            yield return Money.FromEuros(euros);
        }
    }

    /// <summary>The pixel row of <paramref name="amount"/>.</summary>
    public decimal Y(Money amount) => _bottom - ((amount.Euros - Minimum) * (_bottom - _top) / (Maximum - Minimum));

    /// <summary>The smallest of 1, 2, 5 times a power of ten (at least a cent) that is at least <paramref name="raw"/>.</summary>
    public static decimal RoundStep(decimal raw)
    {
        var magnitude = 0.01m;
        while (magnitude * 10m <= raw) magnitude *= 10m;
        foreach (var factor in (ReadOnlySpan<decimal>)[1m, 2m, 5m, 10m])
        {
            if (factor * magnitude >= raw) return factor * magnitude;
        }
        return 10m * magnitude;
    }
}
