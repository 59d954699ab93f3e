namespace BudgetEngine.Core.Amounts;

/// <summary>
/// How an amount finer than a cent becomes whole cents. The one place where money is rounded.
/// Dutch public finance rounds half away from zero, which is the default.
/// </summary>
public readonly record struct MoneyRounding
{
    private MoneyRounding(MidpointRounding mode) => Mode = mode;

    /// <summary>The midpoint rule applied.</summary>
    public MidpointRounding Mode { get; }

    /// <summary>Half a cent goes away from zero (0.005 becomes 0.01, -0.005 becomes -0.01): the default.</summary>
    public static MoneyRounding HalfAwayFromZero { get; } = new(MidpointRounding.AwayFromZero);

    /// <summary>Half a cent goes to the even cent (banker's rounding).</summary>
    public static MoneyRounding HalfToEven { get; } = new(MidpointRounding.ToEven);

    /// <summary>Always towards zero (truncate).</summary>
    public static MoneyRounding TowardZero { get; } = new(MidpointRounding.ToZero);

    /// <summary>Rounds euros to whole cents.</summary>
    public decimal Round(decimal euros) => decimal.Round(euros, 2, Mode);
}
