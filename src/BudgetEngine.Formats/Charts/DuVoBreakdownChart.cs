using BudgetEngine.Formats.Charts.Svg;
using BudgetEngine.Contracts;
using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Formats.Charts;

/// <summary>
/// A DU VO breakdown as a chart: the payment; beside it the costs paid from the DU VO stacked by category; and, when the
/// costs exceed the payment, the regiogemeenten's co-financing stacked from the payment up to the costs, on a red band.
/// A dashed line marks the payment. Amounts are <see cref="Money"/> (from the breakdown's whole-cent euros), labels in Dutch.
/// </summary>
public static class DuVoBreakdownChart
{
    private const decimal Width = 900m, Height = 470m;
    private const decimal PlotLeft = 110m, PlotRight = 640m, PlotTop = 70m, PlotBottom = 400m;
    private const decimal LegendLeft = 665m;
    private const int MaxLegendText = 30;

    /// <summary>The chart as an SVG document; <paramref name="idPrefix"/> makes its ids unique on a page.</summary>
    public static string Render(DuVoBreakdownDto breakdown, string idPrefix)
    {
        var payment = Money.FromEuros(breakdown.Payment);
        var costs = Money.FromEuros(breakdown.DuVoCosts);
        var shortfall = Money.FromEuros(breakdown.Shortfall);
        var categories = breakdown.Categories.Select(c => (c.Name, Amount: Money.FromEuros(c.DuVoAmount))).ToArray();
        var cofinancing = breakdown.Cofinancing.Select(c => (c.Name, Amount: Money.FromEuros(c.Amount))).ToArray();
        var axis = new AmountAxis([payment, costs, payment + shortfall], PlotTop, PlotBottom);
        var title = $"DU VO {breakdown.Year}: {breakdown.Name ?? breakdown.Centrumgemeente} ({breakdown.Centrumgemeente})";

        var svg = new SvgWriter();
        svg.Open("svg",
            ("xmlns", "http://www.w3.org/2000/svg"), ("class", "duvo-chart"), ("role", "img"),
            ("width", SvgWriter.Number(Width)), ("height", SvgWriter.Number(Height)), ("viewBox", $"0 0 {SvgWriter.Number(Width)} {SvgWriter.Number(Height)}"),
            ("aria-labelledby", $"{idPrefix}-title {idPrefix}-desc"), ("font-family", "DejaVu Sans, Arial, sans-serif"), ("font-size", "12"));
        svg.Text("title", $"{title}: uitkering, besteding per categorie en cofinanciering", ("id", $"{idPrefix}-title"));
        svg.Text("desc", Describe(breakdown, payment, costs, shortfall), ("id", $"{idPrefix}-desc"));
        svg.Empty("rect", ("width", "100%"), ("height", "100%"), ("fill", "#ffffff"));
        svg.Text("text", title, ("x", SvgWriter.Number(PlotLeft)), ("y", "28"), ("font-size", "16"), ("font-weight", "bold"), ("fill", ChartPalette.Ink));
        svg.Text("text", "Uitkering, besteding uit de DU VO per categorie en cofinanciering door regiogemeenten", ("x", SvgWriter.Number(PlotLeft)), ("y", "48"), ("fill", ChartPalette.Ink));

        var column = (PlotRight - PlotLeft) / 3m;
        var barWidth = column * 0.5m;
        decimal BarX(int i) => PlotLeft + (i * column) + ((column - barWidth) / 2m);
        if (shortfall.IsPositive)
        {
            svg.WithTooltip("rect", $"Tekort {DutchLabels.Amount(shortfall)}: de kosten overschrijden de uitkering", ("class", "over-allocated"),
                ("x", SvgWriter.Number(PlotLeft + (2m * column))), ("y", SvgWriter.Number(PlotTop)), ("width", SvgWriter.Number(column)),
                ("height", SvgWriter.Number(PlotBottom - PlotTop)), ("fill", ChartPalette.OverAllocatedBand));
        }
        AxisGrid.Draw(svg, axis, PlotLeft, PlotRight);

        Bar(svg, "payment", [("Uitkering", payment)], Money.Zero, BarX(0), barWidth, axis, _ => ChartPalette.Of(0));
        Bar(svg, "category", categories, Money.Zero, BarX(1), barWidth, axis, i => ChartPalette.Of(i + 1));
        if (shortfall.IsPositive)
        {
            Bar(svg, "cofinancing", cofinancing, payment, BarX(2), barWidth, axis, i => i % 2 == 0 ? ChartPalette.OverAllocated : "#e53e3e");
        }
        var y = SvgWriter.Number(axis.Y(payment));
        svg.Empty("line", ("class", "payment-line"), ("x1", SvgWriter.Number(PlotLeft)), ("x2", SvgWriter.Number(PlotRight)), ("y1", y), ("y2", y),
            ("stroke", ChartPalette.Ink), ("stroke-width", "1.5"), ("stroke-dasharray", "6 4"));

        var labels = new[] { ("Uitkering", payment, payment), ("Kosten uit DU VO", costs, costs), ("Cofinanciering", shortfall, payment + shortfall) };
        for (var i = 0; i < labels.Length; i++)
        {
            var (name, amount, top) = labels[i];
            var x = SvgWriter.Number(BarX(i) + (barWidth / 2m));
            svg.Text("text", name, ("x", x), ("y", SvgWriter.Number(PlotBottom + 20m)), ("text-anchor", "middle"), ("font-weight", "bold"), ("fill", ChartPalette.Ink));
            svg.Text("text", DutchLabels.Amount(amount), ("x", x), ("y", SvgWriter.Number(axis.Y(top) - 6m)), ("text-anchor", "middle"),
                ("font-weight", "bold"), ("fill", i == 2 && amount.IsPositive ? ChartPalette.OverAllocated : ChartPalette.Ink));
        }

        svg.Open("g", ("class", "legend"));
        var legendY = PlotTop;
        void Item(string colour, string text)
        {
            // Long category names are shortened to fit; the full name is the item's tooltip.
            svg.Open("g");
            svg.Text("title", text);
            svg.Empty("rect", ("x", SvgWriter.Number(LegendLeft)), ("y", SvgWriter.Number(legendY)), ("width", "14"), ("height", "12"), ("fill", colour));
            svg.Text("text", text.Length > MaxLegendText ? text[..(MaxLegendText - 1)].TrimEnd() + "…" : text,
                ("x", SvgWriter.Number(LegendLeft + 20m)), ("y", SvgWriter.Number(legendY + 10m)), ("fill", ChartPalette.Ink));
            svg.Close("g");
            legendY += 20m;
        }
        Item(ChartPalette.Of(0), "Uitkering");
        for (var i = 0; i < categories.Length; i++) Item(ChartPalette.Of(i + 1), categories[i].Name);
        if (shortfall.IsPositive) Item(ChartPalette.OverAllocated, $"Cofinanciering ({cofinancing.Length} gemeenten)");
        svg.Close("g");
        svg.Close("svg");
        return svg.ToString();
    }

    private static void Bar(SvgWriter svg, string kind, (string Name, Money Amount)[] parts, Money start, decimal x, decimal width, AmountAxis axis, Func<int, string> colour)
    {
        svg.Open("g", ("class", kind));
        var stacked = start;
        for (var i = 0; i < parts.Length; i++)
        {
            if (!parts[i].Amount.IsPositive) continue;
            var top = stacked + parts[i].Amount;
            svg.WithTooltip("rect", $"{parts[i].Name}: {DutchLabels.Amount(parts[i].Amount)}", ("data-name", parts[i].Name),
                ("x", SvgWriter.Number(x)), ("y", SvgWriter.Number(axis.Y(top))), ("width", SvgWriter.Number(width)),
                ("height", SvgWriter.Number(axis.Y(stacked) - axis.Y(top))), ("fill", colour(i)), ("stroke", "#ffffff"), ("stroke-width", "0.5"));
            stacked = top;
        }
        svg.Close("g");
    }

    private static string Describe(DuVoBreakdownDto breakdown, Money payment, Money costs, Money shortfall)
    {
        var categories = string.Join(", ", breakdown.Categories.Select(c => $"{c.Name} {DutchLabels.Amount(Money.FromEuros(c.DuVoAmount))}"));
        var balance = shortfall.IsPositive
            ? $"Tekort {DutchLabels.Amount(shortfall)}, gecofinancierd door {string.Join(", ", breakdown.Cofinancing.Select(c => $"{c.Name} {DutchLabels.Amount(Money.FromEuros(c.Amount))}"))}."
            : $"Niet besteed {DutchLabels.Amount(Money.FromEuros(breakdown.Surplus))}.";
        return $"Uitkering {DutchLabels.Amount(payment)}. Kosten uit de DU VO {DutchLabels.Amount(costs)}: {categories}. {balance}";
    }
}
