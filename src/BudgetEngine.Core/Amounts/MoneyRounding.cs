namespace BudgetEngine.Core.Amounts;

/// <summary>
/// How an amount finer than a cent becomes whole cents. The one place where money is rounded.
/// Dutch public finance rounds half away from zero, which is the default: <c>default(MoneyRounding)</c>
/// is <see cref="HalfAwayFromZero"/> too, so an uninitialised rounding never silently becomes banker's rounding.
/// </summary>
public readonly record struct MoneyRounding
{
    // Stored relative to AwayFromZero so that the default value of the struct means half away from zero.
    private readonly int _modeFromDefault;

    private MoneyRounding(MidpointRounding mode) =>
        _modeFromDefault = (int)mode ^ (int)MidpointRounding.AwayFromZero;

    /// <summary>The midpoint rule applied.</summary>
    public MidpointRounding Mode => (MidpointRounding)(_modeFromDefault ^ (int)MidpointRounding.AwayFromZero);

    /// <summary>Half a cent goes away from zero (0.005 becomes 0.01, -0.005 becomes -0.01): the default.</summary>
    public static MoneyRounding HalfAwayFromZero => new(MidpointRounding.AwayFromZero);

    /// <summary>The rounding used when none is named: <see cref="HalfAwayFromZero"/>.</summary>
    public static MoneyRounding Default => HalfAwayFromZero;

    /// <summary>Half a cent goes to the even cent (banker's rounding).</summary>
    public static MoneyRounding HalfToEven => new(MidpointRounding.ToEven);

    /// <summary>Always towards zero (truncate).</summary>
    public static MoneyRounding TowardZero => new(MidpointRounding.ToZero);

    /// <summary>Rounds euros to whole cents.</summary>
    public decimal Round(decimal euros) => decimal.Round(euros, 2, Mode);

    /// <summary>The name of the rule, e.g. <c>HalfAwayFromZero</c>.</summary>
    public override string ToString() => Mode switch
    {
        MidpointRounding.AwayFromZero => nameof(HalfAwayFromZero),
        MidpointRounding.ToEven => nameof(HalfToEven),
        MidpointRounding.ToZero => nameof(TowardZero),
        _ => Mode.ToString(),
    };
}
