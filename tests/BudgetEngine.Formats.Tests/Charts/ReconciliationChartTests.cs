using System.Globalization;
using System.Xml.Linq;
using BudgetEngine.Formats.Charts;
using BudgetEngine.TestSupport.Snapshots;

namespace BudgetEngine.Formats.Tests.Charts;

/// <summary>The reconciliation chart: income stacked by source against costs, the closing balance as a line, over-allocated years marked.</summary>
public sealed class ReconciliationChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static string Chart(bool includeConditional = true) =>
        ReconciliationChart.Render("Regio Gooi en Vechtstreek: GHNT actieprogramma 2018-2021",
            ChartScenarios.Reconcile(ChartScenarios.GooiEnVechtstreek, includeConditional), "chart-sample");

    [Fact]
    public void The_sample_chart_is_the_approved_image() => Snapshot.Match(Chart(), "gooi-en-vechtstreek", "svg");

    [Fact]
    public void The_not_awarded_chart_is_the_approved_image() => Snapshot.Match(Chart(includeConditional: false), "gooi-en-vechtstreek-not-awarded", "svg");

    [Fact]
    public void The_same_reconciliation_gives_the_same_image() => Chart().Should().Be(Chart());

    [Fact]
    public void A_long_title_wraps_at_a_word_and_the_chart_grows_by_the_added_line()
    {
        const string title = "Regio Gooi en Vechtstreek: GHNT actieprogramma 2018-2021, projectenpool onder voorbehoud niet toegekend";
        var svg = XDocument.Parse(ReconciliationChart.Render(title, ChartScenarios.Reconcile(ChartScenarios.GooiEnVechtstreek, true), "long")).Root!;

        var lines = svg.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "chart-title").Elements(Svg + "tspan").Select(t => t.Value).ToArray();
        // 58 characters fit; with " projectenpool" the line would be 72, over the 70 a line holds.
        lines.Should().Equal("Regio Gooi en Vechtstreek: GHNT actieprogramma 2018-2021,", "projectenpool onder voorbehoud niet toegekend");
        // One added line of 20 px: 470 + 20.
        svg.Attribute("height")!.Value.Should().Be("490");
    }

    [Fact]
    public void A_closing_balance_label_stays_clear_of_its_marker()
    {
        var svg = XDocument.Parse(Chart()).Root!;
        var group = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "closing-balance");

        foreach (var (marker, label) in group.Elements(Svg + "circle").Zip(group.Elements(Svg + "text")))
        {
            var top = decimal.Parse(marker.Attribute("cy")!.Value, CultureInfo.InvariantCulture) - 5m - 1.5m;
            // The label's baseline sits at least 7 px above the marker's ring, so its descenders do not touch it.
            decimal.Parse(label.Attribute("y")!.Value, CultureInfo.InvariantCulture).Should().BeLessThanOrEqualTo(top - 7m);
        }
    }

    [Fact]
    public void The_image_is_well_formed_and_titled_for_screen_readers()
    {
        var svg = XDocument.Parse(Chart()).Root!;

        svg.Attribute("role")!.Value.Should().Be("img");
        svg.Attribute("aria-labelledby")!.Value.Should().Be("chart-sample-title chart-sample-desc");
        svg.Element(Svg + "title")!.Value.Should().Contain("Regio Gooi en Vechtstreek");
        svg.Element(Svg + "desc")!.Value.Should().Contain("2020: inkomsten € 175.000,00 (GHNT € 75.000,00, Projectenpool € 100.000,00), kosten € 238.500,00 (waarvan ongedekt € 32.000,00), resultaat € 33.500,00.");
    }

    [Fact]
    public void Each_year_stacks_its_income_by_source_up_to_the_years_income()
    {
        var svg = XDocument.Parse(Chart()).Root!;
        var reconciliation = ChartScenarios.Reconcile(ChartScenarios.GooiEnVechtstreek);

        foreach (var year in reconciliation.Years)
        {
            var group = svg.Descendants(Svg + "g").Single(g => g.Attribute("data-year")?.Value == year.Year.ToString(CultureInfo.InvariantCulture));
            var income = group.Elements(Svg + "rect").Where(r => r.Attribute("class")!.Value == "income").ToArray();
            income.Select(r => r.Attribute("data-source")!.Value).Should().Equal(year.BySource.Where(s => s.Income.IsPositive).Select(s => s.Source));
            for (var i = 1; i < income.Length; i++)
            {
                // Each segment sits on top of the one below it: its bottom is the previous segment's top.
                (Number(income[i], "y") + Number(income[i], "height")).Should().Be(Number(income[i - 1], "y"));
            }
            var costs = group.Elements(Svg + "rect").Single(r => r.Attribute("class")!.Value == "costs");
            (Number(costs, "y") + Number(costs, "height")).Should().Be(Number(income[0], "y") + Number(income[0], "height"), "both bars stand on the zero line");
        }
    }

    [Fact]
    public void The_taller_bar_is_the_larger_amount()
    {
        var group = XDocument.Parse(Chart()).Root!.Descendants(Svg + "g").Single(g => g.Attribute("data-year")?.Value == "2020");

        var income = group.Elements(Svg + "rect").Where(r => r.Attribute("class")!.Value == "income").Sum(r => Number(r, "height"));
        // The costs bar is the costs sources carry with the unfunded part (32,000 of 'GNHT') on top: 238,500 in all.
        var costs = group.Elements(Svg + "rect").Where(r => r.Attribute("class")!.Value is "costs" or "unfunded").Sum(r => Number(r, "height"));

        (costs / income).Should().BeApproximately(238500m / 175000m, 0.001m);
    }

    [Fact]
    public void The_unfunded_part_of_the_costs_is_drawn_apart_and_named_in_the_legend()
    {
        var svg = XDocument.Parse(Chart()).Root!;
        var group = svg.Descendants(Svg + "g").Single(g => g.Attribute("data-year")?.Value == "2021");

        // 2021: 32,000 of the 208,500 belongs to the 'GNHT' line, which no source may pay.
        var unfunded = Number(group.Elements(Svg + "rect").Single(r => r.Attribute("class")!.Value == "unfunded"), "height");
        var costs = Number(group.Elements(Svg + "rect").Single(r => r.Attribute("class")!.Value == "costs"), "height");
        (unfunded / (unfunded + costs)).Should().BeApproximately(32000m / 208500m, 0.001m);
        svg.Descendants(Svg + "text").Select(t => t.Value).Should().Contain("Ongedekt");
    }

    [Fact]
    public void Over_allocated_years_are_marked()
    {
        Bands(Chart()).Should().BeEmpty();
        Bands(Chart(includeConditional: false)).Should().Equal("2020", "2021");
    }

    [Fact]
    public void The_closing_balance_is_labelled_in_Dutch_notation()
    {
        var labels = XDocument.Parse(Chart(includeConditional: false)).Root!.Descendants(Svg + "g")
            .Single(g => g.Attribute("class")?.Value == "closing-balance").Elements(Svg + "text").Select(t => t.Value);

        labels.Should().Equal("€ 0,00", "€ 97.000,00", "€ -66.500,00", "€ -200.000,00");
    }

    [Fact]
    public void The_axis_ticks_are_round_Dutch_amounts()
    {
        var ticks = XDocument.Parse(Chart(includeConditional: false)).Root!.Descendants(Svg + "g")
            .Single(g => g.Attribute("class")?.Value == "axis").Elements(Svg + "text").Select(t => t.Value);

        ticks.Should().Equal("€ -200.000", "€ -100.000", "€ 0", "€ 100.000", "€ 200.000", "€ 300.000");
    }

    [Fact]
    public void Text_from_the_scenario_is_escaped()
    {
        var svg = ReconciliationChart.Render("<script>&\"", ChartScenarios.Reconcile(ChartScenarios.GooiEnVechtstreek), "x");

        svg.Should().NotContain("<script>").And.Contain("&lt;script&gt;&amp;&quot;");
        XDocument.Parse(svg).Should().NotBeNull();
    }

    private static IEnumerable<string> Bands(string chart) =>
        XDocument.Parse(chart).Root!.Descendants(Svg + "rect").Where(r => r.Attribute("class")?.Value == "over-allocated").Select(r => r.Attribute("data-year")!.Value);

    private static decimal Number(XElement element, string attribute) => decimal.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);
}
