using BudgetEngine.Formats.Charts.Svg;

namespace BudgetEngine.Formats.Charts;

/// <summary>The horizontal grid of an amount axis: a line per tick (the zero line darker) and its Dutch label at the left.</summary>
public static class AxisGrid
{
    /// <summary>Draws the grid across the plot from <paramref name="left"/> to <paramref name="right"/>.</summary>
    public static void Draw(SvgWriter svg, AmountAxis axis, decimal left, decimal right)
    {
        svg.Open("g", ("class", "axis"));
        foreach (var tick in axis.Ticks())
        {
            var y = SvgWriter.Number(axis.Y(tick));
            svg.Empty("line", ("x1", SvgWriter.Number(left)), ("x2", SvgWriter.Number(right)), ("y1", y), ("y2", y),
                ("stroke", tick.IsZero ? ChartPalette.Ink : ChartPalette.Grid), ("stroke-width", tick.IsZero ? "1.5" : "1"));
            svg.Text("text", DutchLabels.Tick(tick), ("x", SvgWriter.Number(left - 8m)), ("y", SvgWriter.Number(axis.Y(tick) + 4m)),
                ("text-anchor", "end"), ("fill", ChartPalette.Ink));
        }
        svg.Close("g");
    }
}
