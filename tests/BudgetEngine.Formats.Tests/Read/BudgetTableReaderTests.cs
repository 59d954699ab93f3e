using BudgetEngine.Contracts;
using BudgetEngine.Formats.Read;

namespace BudgetEngine.Formats.Tests.Read;

/// <summary>Reading the budget table ("begroting") from the rows of a sheet.</summary>
public sealed class BudgetTableReaderTests
{
    private static (BudgetTable? Table, IReadOnlyList<CsvError> Errors) Read(params string[] rows) =>
        BudgetTableReader.Read(CsvParser.Parse(string.Join("\r\n", rows)).Rows);

    private static BudgetTable Table(params string[] rows)
    {
        var (table, errors) = Read(rows);
        errors.Should().BeEmpty();
        return table!;
    }

    private static IEnumerable<string> Errors(params string[] rows) => Read(rows).Errors.Select(e => $"{e.At}: {e.Message}");

    [Fact]
    public void The_sample_table_has_the_seeds_lines_totals_and_results()
    {
        var (text, _, _) = CsvDecoder.Decode(File.ReadAllBytes(Path.Combine(Repository.Samples, "gooi-en-vechtstreek-ghnt-2018-2021.csv")));
        var (table, errors) = BudgetTableReader.Read(CsvParser.Parse(text).Rows);

        errors.Should().BeEmpty();
        table!.Title.Should().Be("Begroting GHNT");
        table.Years.Select(y => y.Year).Should().Equal(2018, 2019, 2020, 2021);
        table.Lines.Should().HaveCount(11);
        table.Lines.Sum(l => l.Amounts.Values.Sum(a => a.Euros)).Should().Be(550000m);
        table.Totals!.Amounts.Values.Sum(a => a.Euros).Should().Be(550000m);
        table.Results!.Amounts.ToDictionary(r => r.Key, r => r.Value.Euros).Should().Equal(new Dictionary<int, decimal> { [2019] = 97000m, [2020] = 33500m });
    }

    [Fact]
    public void The_seeds_markers_and_line_breaks_leave_the_name()
    {
        var table = Table(
            "Begroting;2020;Dekking",
            "Project trauma**;50.000€;Projectenpool",
            "\"Verbeteren inzet ervaringsdeskundigen en\r\nlotgenotencontact\";5.000€;GHNT");

        table.Lines.Select(l => l.Name).Should().Equal("Project trauma", "Verbeteren inzet ervaringsdeskundigen en lotgenotencontact");
        table.Lines[1].Row.Should().Be(3);
    }

    [Fact]
    public void A_coverage_of_several_sources_keeps_their_order()
    {
        Table("Begroting;2020;Dekking", "Borgen MDA++;45.000€;GHNT/ Projectenpool").Lines[0].Coverage.Should().Equal("GHNT", "Projectenpool");
    }

    [Fact]
    public void Headings_and_footnotes_are_skipped_and_empty_cells_are_no_cost()
    {
        var table = Table(
            "Begroting;2019;2020;Dekking",
            "Kosten;;;",
            "Projectleider;;20.000€;GHNT",
            "",
            "* meenemen naar volgend projectjaar;;;");

        table.Lines.Should().ContainSingle().Which.Amounts.Keys.Should().Equal(2020);
    }

    [Fact]
    public void The_columns_may_come_in_any_order()
    {
        var table = Table("Regel;Dekking;2021;2020", "Projectleider;GHNT;33.500€;20.000€");

        table.Lines[0].Amounts.ToDictionary(a => a.Key, a => a.Value.Euros).Should().Equal(new Dictionary<int, decimal> { [2020] = 20000m, [2021] = 33500m });
    }

    [Fact]
    public void Every_error_of_the_table_is_reported_at_once()
    {
        Errors(
            "Begroting;2019;2020;Dekking;Opmerking",
            "Projectleider;x;1.000€;GHNT;",
            ";1.000€;;GHNT;",
            "Campagne;1.000€;;;",
            "Training;;;GHNT;extra")
            .Should().Equal(
                "row 1, column E (Opmerking): 'Opmerking' is not a column the import knows: the header names the years (e.g. 2019), Dekking, and optionally Soort, Status, Periode, Project, Toegekend in, Id, Actielijn, Kenmerken, Taakveld, Ronde, Onbesteed, Realisatie <jaar>. Remove the column or clear its header.");

        Errors(
            "Begroting;2019;2020;Dekking",
            "Projectleider;x;1.000€;GHNT",
            ";1.000€;;GHNT",
            "Campagne;1.000€;;",
            "Training;;;GHNT;extra")
            .Select(e => e[..e.IndexOf(':')]).Should().Equal(
                "row 2, column B (2019)",
                "row 3, column A (Begroting)",
                "row 4, column D (Dekking)",
                "row 5, column E");
    }

    [Fact]
    public void The_header_needs_years_and_a_dekking_column()
    {
        Errors("Begroting;Bedrag", "Projectleider;1.000€").Should().HaveCount(3)
            .And.Contain(e => e.StartsWith("row 1: The header row names no years", StringComparison.Ordinal))
            .And.Contain(e => e.StartsWith("row 1: The header row has no Dekking column", StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_heads_one_column()
    {
        Errors("Begroting;2019;2019;Dekking").Should().Contain(e => e.StartsWith("row 1, column C (2019): The year 2019 heads two columns", StringComparison.Ordinal));
    }

    [Fact]
    public void A_comma_separated_file_is_told_to_use_semicolons()
    {
        Errors("Begroting,2019,Dekking", "Projectleider,1000,GHNT").Should().ContainSingle().Which.Should().Contain("no ';'");
    }

    [Fact]
    public void Totals_and_results_are_declared_once()
    {
        Errors("Begroting;2019;Dekking", "Projectleider;1.000€;GHNT", "Totaal;1.000€;", "Totaal;1.000€;")
            .Should().ContainSingle().Which.Should().StartWith("row 4, column A: A second Totaal row; the first is row 3.");
    }

    [Fact]
    public void An_empty_file_says_what_to_send()
    {
        Errors("", "").Should().ContainSingle().Which.Should().StartWith("row 1: The file is empty");
        Errors("Begroting;2019;Dekking", "Kosten;;").Should().ContainSingle().Which.Should().Contain("no cost lines");
    }

    [Theory]
    [InlineData("toegekend", false, false)]
    [InlineData("Onder  voorbehoud", true, false)]
    [InlineData("AFGEWEZEN", false, true)]
    [InlineData("conditional", true, false)]
    [InlineData("rejected", false, true)]
    public void An_income_rows_Status_takes_the_words_a_grants_status_takes_in_JSON_in_any_case(string status, bool conditional, bool rejected)
    {
        var table = Table(
            "Begroting;2020;Dekking;Status",
            "Baten;;;",
            $"Projectenpool;100.000€;Projectenpool;{status}",
            "Lasten;;;",
            "Project trauma;50.000€;Projectenpool;");

        var grant = table.Grants.Should().ContainSingle().Subject;
        (grant.Conditional, grant.Rejected).Should().Be((conditional, rejected));
    }

    [Fact]
    public void An_income_rows_Status_that_is_no_status_is_refused_at_its_cell_listing_the_words()
    {
        Errors(
            "Begroting;2020;Dekking;Status",
            "Baten;;;",
            "Projectenpool;100.000€;Projectenpool;toegezegd",
            "Lasten;;;",
            "Project trauma;50.000€;Projectenpool;")
            .Should().Equal("row 3, column D (Status): 'toegezegd' is not a status: write toegekend, onder voorbehoud or afgewezen (or awarded, conditional, rejected).");
    }

    [Theory]
    [InlineData("2020/21", 2020)]
    [InlineData("2020-2021", 2020)]
    [InlineData("2020", 2020)]
    public void An_income_rows_Ronde_is_the_project_year_it_starts(string ronde, int round)
    {
        var table = Table(
            "Begroting;2021;Dekking;Periode;Ronde",
            "Baten;;;;",
            $"Projectenpool;100.000€;Projectenpool;projectjaar;{ronde}",
            "Lasten;;;;",
            "Project trauma;50.000€;Projectenpool;;");

        table.Grants.Should().ContainSingle().Which.Round.Should().Be(round);
    }

    [Fact]
    public void An_income_rows_Ronde_that_is_no_project_year_is_refused_at_its_cell()
    {
        Errors(
            "Begroting;2021;Dekking;Ronde",
            "Baten;;;",
            "Projectenpool;100.000€;Projectenpool;najaar",
            "Lasten;;;",
            "Project trauma;50.000€;Projectenpool;")
            .Should().Equal("row 3, column D (Ronde): 'najaar' is not a round: write the project year it is, as the year it starts (2020) or its two years (2020/21).");
    }

    [Theory]
    [InlineData("doorschuiven", UnspentRuleDto.Carry)]
    [InlineData("Vervalt", UnspentRuleDto.Lapse)]
    [InlineData("TERUGBETALEN", UnspentRuleDto.Repay)]
    [InlineData("repay", UnspentRuleDto.Repay)]
    public void An_income_rows_Onbesteed_says_what_happens_to_its_unspent_part(string word, UnspentRuleDto rule)
    {
        var table = Table(
            "Begroting;2020;Dekking;Onbesteed",
            "Baten;;;",
            $"GHNT;75.000€;GHNT;{word}",
            "Lasten;;;",
            "Projectleider;50.000€;GHNT;");

        table.Grants.Should().ContainSingle().Which.Unspent.Should().Be(rule);
    }

    [Fact]
    public void An_income_rows_Onbesteed_that_is_no_rule_is_refused_at_its_cell_listing_the_words()
    {
        Errors(
            "Begroting;2020;Dekking;Onbesteed",
            "Baten;;;",
            "GHNT;75.000€;GHNT;houden",
            "Lasten;;;",
            "Projectleider;50.000€;GHNT;")
            .Should().Equal("row 3, column D (Onbesteed): 'houden' is not a rule for the unspent part: write doorschuiven (carry), vervalt (lapse) or terugbetalen (repay).");
    }
}
