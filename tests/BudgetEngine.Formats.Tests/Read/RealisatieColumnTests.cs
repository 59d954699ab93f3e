using BudgetEngine.Formats.Read;

namespace BudgetEngine.Formats.Tests.Read;

/// <summary>
/// The realisatie beside the begroting in one sheet: a column "Realisatie 2019" holds what a line actually cost in 2019
/// and what an income row's 2019 grant actually received.
/// </summary>
public sealed class RealisatieColumnTests
{
    private static (BudgetTable? Table, IReadOnlyList<CsvError> Errors) Read(params string[] rows) =>
        BudgetTableReader.Read(CsvParser.Parse(string.Join("\r\n", rows)).Rows);

    [Fact]
    public void A_Realisatie_column_gives_a_lines_actual_cost_in_its_year()
    {
        // Projectleider: 50,000 budgeted in 2019 and 2020, 62,500 actually spent in 2019; 2020 not yet accounted for.
        var (table, errors) = Read(
            "Begroting;2019;2020;Dekking;Realisatie 2019;Realisatie 2020",
            "Projectleider;50.000;50.000;GHNT;62.500;");

        errors.Should().BeEmpty();
        table!.Lines[0].Actuals.ToDictionary(a => a.Key, a => a.Value.Euros).Should().Equal(new Dictionary<int, decimal> { [2019] = 62_500m });
        table.Lines[0].Amounts.Values.Sum(a => a.Euros).Should().Be(100_000m, "the realisatie leaves the budget as it is");
    }

    [Fact]
    public void A_Realisatie_column_on_an_income_row_is_what_its_grant_of_that_year_received()
    {
        // GHNT awarded 75,000 in 2019, of which 70,000 was received.
        var (table, errors) = Read(
            "Begroting;2019;Dekking;realisatie 2019",
            "Lasten",
            "Projectleider;50.000;GHNT;",
            "Baten",
            "Bijdrage GHNT;75.000;GHNT;70.000");

        errors.Should().BeEmpty();
        var grant = table!.Grants.Should().ContainSingle().Subject;
        (grant.Amount.Euros, grant.Received!.Value.Euros).Should().Be((75_000m, 70_000m));
    }

    [Fact]
    public void An_amount_received_in_a_year_without_income_on_its_row_is_refused_at_its_cell()
    {
        var (_, errors) = Read(
            "Begroting;2019;2020;Dekking;Realisatie 2020",
            "Projectleider;50.000;;GHNT;",
            "Baten",
            "Bijdrage GHNT;75.000;;GHNT;75.000");

        errors.Select(e => $"{e.At}: {e.Message}").Should().Equal(
            "row 4, column E (Realisatie 2020): There is no income in 2020 in this row for this amount received; enter the grant's amount in the 2020 column, or move the amount received to the year of its grant.");
    }

    [Fact]
    public void A_year_with_two_Realisatie_columns_is_refused_at_the_second()
    {
        var (_, errors) = Read("Begroting;2019;Dekking;Realisatie 2019;Realisatie 2019", "Projectleider;1;GHNT;1;1");

        errors.Should().ContainSingle().Which.At.ToString().Should().StartWith("row 1, column E");
    }

    [Fact]
    public void An_actual_cost_the_scenario_refuses_is_reported_at_its_Realisatie_cell()
    {
        var csv = "Begroting;2019;Dekking;Realisatie 2019\r\nProjectleider;50.000;GHNT;-1,00\r\n";

        var outcome = TableImport.Run(System.Text.Encoding.UTF8.GetBytes(csv), "utf-8", new ImportFields("Regio", null, null, null, null));

        outcome.Errors.Should().ContainSingle().Which.Where.Should().Be("row 2, column D (Realisatie 2019)");
    }
}
