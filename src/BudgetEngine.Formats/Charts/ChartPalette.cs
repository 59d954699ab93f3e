namespace BudgetEngine.Formats.Charts;

/// <summary>The chart's colours: one per funding source or category in order, and the fixed ones.</summary>
public static class ChartPalette
{
    private static readonly string[] Series = ["#2b6cb0", "#38a169", "#805ad5", "#d69e2e", "#319795", "#b83280", "#718096", "#c05621"];

    /// <summary>The colour of the <paramref name="index"/>-th series (repeats after eight).</summary>
    public static string Of(int index) => Series[index % Series.Length];

    /// <summary>Costs.</summary>
    public const string Costs = "#4a5568";

    /// <summary>The closing balance line.</summary>
    public const string Balance = "#dd6b20";

    /// <summary>The band behind an over-allocated year.</summary>
    public const string OverAllocatedBand = "#fed7d7";

    /// <summary>Marks of over-allocation.</summary>
    public const string OverAllocated = "#c53030";

    /// <summary>Costs without money: the part of a costs bar that is unfunded ("Ongedekt").</summary>
    public const string Unfunded = "#9b2c2c";

    /// <summary>Grid lines.</summary>
    public const string Grid = "#e2e8f0";

    /// <summary>Axis and text.</summary>
    public const string Ink = "#1a202c";
}
