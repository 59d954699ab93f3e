using System.Globalization;
using BudgetEngine.Formats.Charts.Svg;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;

namespace BudgetEngine.Formats.Charts;

/// <summary>
/// A reconciliation as a chart: per year a bar of income stacked by source beside a bar of costs (its unfunded part,
/// "Ongedekt", on top in its own colour: costs no source may pay and deficits handed to unfunded), the closing balance
/// ("Resultaat") as a line with its amount, and each over-allocated year (closing below zero, or any source over-allocated)
/// on a red band. Amounts and labels come from <see cref="Money"/> in Dutch notation; coordinates are decimals. With a
/// title and a description that says the same in words, for screen readers.
/// </summary>
public static class ReconciliationChart
{
    private const decimal Width = 900m, Height = 470m;
    private const decimal PlotLeft = 110m, PlotRight = 690m, PlotTop = 70m, PlotBottom = 400m;
    private const decimal LegendLeft = 715m;
    private const int TitleChars = 70, LegendChars = 24;
    private const decimal TitleLineHeight = 20m, LegendLineHeight = 14m;

    /// <summary>The chart as an SVG document.</summary>
    /// <param name="title">The chart's title (organisation and scenario).</param>
    /// <param name="reconciliation">The reconciliation to draw.</param>
    /// <param name="idPrefix">Makes the element ids unique when several charts share a page.</param>
    public static string Render(string title, BudgetReconciliation reconciliation, string idPrefix)
    {
        var years = reconciliation.Years;
        var sources = years.SelectMany(y => y.BySource.Select(s => s.Source)).Distinct().ToArray();
        var overAllocated = years.Where(y => y.ClosingBalance.IsNegative
                || reconciliation.Findings.Any(f => f.Code == FindingCode.OverAllocated && f.Year == y.Year))
            .Select(y => y.Year).ToHashSet();
        var axis = new AmountAxis(years.SelectMany(y => new[] { y.Income, y.Costs, y.ClosingBalance }), PlotTop, PlotBottom);

        // A long title wraps instead of running off the chart; the chart moves down by the lines it adds.
        var titleLines = SvgWriter.Wrap(title, TitleChars).Count;
        var shift = TitleLineHeight * (titleLines - 1);
        var svg = new SvgWriter();
        var titleId = $"{idPrefix}-title";
        var descId = $"{idPrefix}-desc";
        svg.Open("svg",
            ("xmlns", "http://www.w3.org/2000/svg"), ("class", "reconciliation-chart"), ("role", "img"),
            ("width", SvgWriter.Number(Width)), ("height", SvgWriter.Number(Height + shift)), ("viewBox", $"0 0 {SvgWriter.Number(Width)} {SvgWriter.Number(Height + shift)}"),
            ("aria-labelledby", $"{titleId} {descId}"), ("font-family", "DejaVu Sans, Arial, sans-serif"), ("font-size", "12"));
        svg.Text("title", $"{title}: inkomsten per bron, kosten en resultaat per jaar", ("id", titleId));
        svg.Text("desc", Describe(reconciliation, overAllocated), ("id", descId));
        svg.Empty("rect", ("width", "100%"), ("height", "100%"), ("fill", "#ffffff"));
        svg.WrappedText(title, TitleChars, PlotLeft, 28m, TitleLineHeight, ("class", "chart-title"), ("font-size", "16"), ("font-weight", "bold"), ("fill", ChartPalette.Ink));
        svg.Text("text", "Inkomsten per bron, kosten en resultaat (eindsaldo) per jaar", ("x", SvgWriter.Number(PlotLeft)), ("y", SvgWriter.Number(48m + shift)), ("fill", ChartPalette.Ink));
        if (shift > 0) svg.Open("g", ("transform", $"translate(0 {SvgWriter.Number(shift)})"));

        var groupWidth = (PlotRight - PlotLeft) / Math.Max(1, years.Count);
        Bands(svg, years, overAllocated, groupWidth);
        AxisGrid.Draw(svg, axis, PlotLeft, PlotRight);

        for (var i = 0; i < years.Count; i++)
        {
            var year = years[i];
            var left = PlotLeft + (i * groupWidth);
            var barWidth = groupWidth * 0.3m;
            var incomeX = left + (groupWidth * 0.16m);
            var costsX = left + (groupWidth * 0.54m);
            var label = year.Year.ToString(CultureInfo.InvariantCulture);

            svg.Open("g", ("class", "year"), ("data-year", label));
            var stacked = Money.Zero;
            foreach (var source in year.BySource)
            {
                if (!source.Income.IsPositive) continue;
                var top = stacked + source.Income;
                svg.WithTooltip("rect", $"{label}, inkomsten {source.Source}: {DutchLabels.Amount(source.Income)}",
                    ("class", "income"), ("data-source", source.Source),
                    ("x", SvgWriter.Number(incomeX)), ("y", SvgWriter.Number(axis.Y(top))),
                    ("width", SvgWriter.Number(barWidth)), ("height", SvgWriter.Number(axis.Y(stacked) - axis.Y(top))),
                    ("fill", ChartPalette.Of(Array.IndexOf(sources, source.Source))));
                stacked = top;
            }
            if (year.Costs.IsPositive)
            {
                var unfunded = Unfunded(year);
                var funded = year.Costs - unfunded;
                svg.WithTooltip("rect", $"{label}, kosten: {DutchLabels.Amount(year.Costs)}"
                        + (unfunded.IsPositive ? $", waarvan ongedekt {DutchLabels.Amount(unfunded)}" : ""),
                    ("class", "costs"), ("x", SvgWriter.Number(costsX)), ("y", SvgWriter.Number(axis.Y(funded))),
                    ("width", SvgWriter.Number(barWidth)), ("height", SvgWriter.Number(axis.Y(Money.Zero) - axis.Y(funded))),
                    ("fill", ChartPalette.Costs));
                if (unfunded.IsPositive)
                {
                    svg.WithTooltip("rect", $"{label}, ongedekt: {DutchLabels.Amount(unfunded)}",
                        ("class", "unfunded"), ("x", SvgWriter.Number(costsX)), ("y", SvgWriter.Number(axis.Y(year.Costs))),
                        ("width", SvgWriter.Number(barWidth)), ("height", SvgWriter.Number(axis.Y(funded) - axis.Y(year.Costs))),
                        ("fill", ChartPalette.Unfunded));
                }
            }
            svg.Text("text", label, ("x", SvgWriter.Number(left + (groupWidth / 2m))), ("y", SvgWriter.Number(PlotBottom + 20m)),
                ("text-anchor", "middle"), ("font-weight", "bold"), ("fill", ChartPalette.Ink));
            svg.Close("g");
        }

        Balance(svg, years, overAllocated, axis, groupWidth);
        Legend(svg, sources, years.Any(y => Unfunded(y).IsPositive));
        if (shift > 0) svg.Close("g");
        svg.Close("svg");
        return svg.ToString();
    }

    private static void Bands(SvgWriter svg, IReadOnlyList<YearReconciliation> years, HashSet<int> overAllocated, decimal groupWidth)
    {
        for (var i = 0; i < years.Count; i++)
        {
            if (!overAllocated.Contains(years[i].Year)) continue;
            var left = PlotLeft + (i * groupWidth);
            svg.WithTooltip("rect", $"{years[i].Year}: overbesteed, resultaat {DutchLabels.Amount(years[i].ClosingBalance)}",
                ("class", "over-allocated"), ("data-year", years[i].Year.ToString(CultureInfo.InvariantCulture)),
                ("x", SvgWriter.Number(left)), ("y", SvgWriter.Number(PlotTop)), ("width", SvgWriter.Number(groupWidth)),
                ("height", SvgWriter.Number(PlotBottom - PlotTop)), ("fill", ChartPalette.OverAllocatedBand));
            svg.Text("text", "overbesteed", ("x", SvgWriter.Number(left + (groupWidth / 2m))), ("y", SvgWriter.Number(PlotTop + 14m)),
                ("text-anchor", "middle"), ("font-weight", "bold"), ("fill", ChartPalette.OverAllocated));
        }
    }

    private static void Balance(SvgWriter svg, IReadOnlyList<YearReconciliation> years, HashSet<int> overAllocated, AmountAxis axis, decimal groupWidth)
    {
        var points = years.Select((y, i) => (Year: y, X: PlotLeft + (i * groupWidth) + (groupWidth / 2m), Y: axis.Y(y.ClosingBalance))).ToArray();
        svg.Open("g", ("class", "closing-balance"));
        svg.Empty("polyline", ("points", string.Join(" ", points.Select(p => $"{SvgWriter.Number(p.X)},{SvgWriter.Number(p.Y)}"))),
            ("fill", "none"), ("stroke", ChartPalette.Balance), ("stroke-width", "2.5"));
        foreach (var (year, x, y) in points)
        {
            var over = overAllocated.Contains(year.Year);
            svg.WithTooltip("circle", $"{year.Year}, resultaat: {DutchLabels.Amount(year.ClosingBalance)}",
                ("cx", SvgWriter.Number(x)), ("cy", SvgWriter.Number(y)), ("r", "5"),
                ("fill", over ? ChartPalette.OverAllocated : ChartPalette.Balance), ("stroke", "#ffffff"), ("stroke-width", "1.5"));
            // Above the marker (radius 5, white ring 1.5) with room to spare, never on it.
            svg.Text("text", DutchLabels.Amount(year.ClosingBalance), ("x", SvgWriter.Number(x)), ("y", SvgWriter.Number(y - 14m)),
                ("text-anchor", "middle"), ("font-weight", "bold"), ("fill", over ? ChartPalette.OverAllocated : ChartPalette.Balance),
                ("stroke", "#ffffff"), ("stroke-width", "3"), ("paint-order", "stroke"));
        }
        svg.Close("g");
    }

    /// <summary>The year's costs without money: those no source may pay, and the deficits sources handed to unfunded.</summary>
    private static Money Unfunded(YearReconciliation year) => year.Unfunded.Costs + year.Unfunded.DeficitsFromSources;

    private static void Legend(SvgWriter svg, string[] sources, bool anyUnfunded)
    {
        svg.Open("g", ("class", "legend"));
        var y = PlotTop;
        void Item(string colour, string text, string shape = "rect")
        {
            if (shape == "line")
            {
                svg.Empty("line", ("x1", SvgWriter.Number(LegendLeft)), ("x2", SvgWriter.Number(LegendLeft + 14m)),
                    ("y1", SvgWriter.Number(y + 6m)), ("y2", SvgWriter.Number(y + 6m)), ("stroke", colour), ("stroke-width", "2.5"));
            }
            else
            {
                svg.Empty("rect", ("x", SvgWriter.Number(LegendLeft)), ("y", SvgWriter.Number(y)), ("width", "14"), ("height", "12"), ("fill", colour));
            }
            // A long entry ("Inkomsten Projectenpool onder voorbehoud") wraps under itself instead of being cut at the edge.
            var lines = svg.WrappedText(text, LegendChars, LegendLeft + 20m, y + 10m, LegendLineHeight, ("fill", ChartPalette.Ink));
            y += 20m + (LegendLineHeight * (lines - 1));
        }
        for (var i = 0; i < sources.Length; i++) Item(ChartPalette.Of(i), $"Inkomsten {sources[i]}");
        Item(ChartPalette.Costs, "Kosten");
        if (anyUnfunded) Item(ChartPalette.Unfunded, "Ongedekt");
        Item(ChartPalette.Balance, "Resultaat (eindsaldo)", "line");
        Item(ChartPalette.OverAllocatedBand, "Overbesteed jaar");
        svg.Close("g");
    }

    /// <summary>The chart in words, year by year.</summary>
    private static string Describe(BudgetReconciliation reconciliation, HashSet<int> overAllocated) =>
        string.Join(" ", reconciliation.Years.Select(y =>
        {
            var bySource = string.Join(", ", y.BySource.Where(s => s.Income.IsPositive).Select(s => $"{s.Source} {DutchLabels.Amount(s.Income)}"));
            var income = bySource.Length == 0 ? DutchLabels.Amount(y.Income) : $"{DutchLabels.Amount(y.Income)} ({bySource})";
            var unfunded = Unfunded(y);
            return $"{y.Year}: inkomsten {income}, kosten {DutchLabels.Amount(y.Costs)}"
                + (unfunded.IsPositive ? $" (waarvan ongedekt {DutchLabels.Amount(unfunded)})" : "")
                + $", resultaat {DutchLabels.Amount(y.ClosingBalance)}"
                + (overAllocated.Contains(y.Year) ? ", overbesteed." : ".");
        }));
}
