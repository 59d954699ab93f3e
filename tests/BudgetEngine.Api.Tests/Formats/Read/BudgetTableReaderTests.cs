using BudgetEngine.Formats.Read;

namespace BudgetEngine.Api.Tests.Formats.Read;

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
    public void TheSampleTableHasTheSeedsLinesTotalsAndResults()
    {
        var (text, _, _) = CsvDecoder.Decode(SheetSamples.GooiEnVechtstreekCsv);
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
    public void TheSeedsMarkersAndLineBreaksLeaveTheName()
    {
        var table = Table(
            "Begroting;2020;Dekking",
            "Project trauma**;50.000€;Projectenpool",
            "\"Verbeteren inzet ervaringsdeskundigen en\r\nlotgenotencontact\";5.000€;GHNT");

        table.Lines.Select(l => l.Name).Should().Equal("Project trauma", "Verbeteren inzet ervaringsdeskundigen en lotgenotencontact");
        table.Lines[1].Row.Should().Be(3);
    }

    [Fact]
    public void ACoverageOfSeveralSourcesKeepsTheirOrder()
    {
        Table("Begroting;2020;Dekking", "Borgen MDA++;45.000€;GHNT/ Projectenpool").Lines[0].Coverage.Should().Equal("GHNT", "Projectenpool");
    }

    [Fact]
    public void HeadingsAndFootnotesAreSkippedAndEmptyCellsAreNoCost()
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
    public void TheColumnsMayComeInAnyOrder()
    {
        var table = Table("Regel;Dekking;2021;2020", "Projectleider;GHNT;33.500€;20.000€");

        table.Lines[0].Amounts.ToDictionary(a => a.Key, a => a.Value.Euros).Should().Equal(new Dictionary<int, decimal> { [2020] = 20000m, [2021] = 33500m });
    }

    [Fact]
    public void EveryErrorOfTheTableIsReportedAtOnce()
    {
        Errors(
            "Begroting;2019;2020;Dekking;Opmerking",
            "Projectleider;x;1.000€;GHNT;",
            ";1.000€;;GHNT;",
            "Campagne;1.000€;;;",
            "Training;;;GHNT;extra")
            .Should().Equal(
                "row 1, column E (Opmerking): 'Opmerking' is not a column the import knows: the header names the years (e.g. 2019) and Dekking. Remove the column or clear its header.");

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
    public void TheHeaderNeedsYearsAndADekkingColumn()
    {
        Errors("Begroting;Bedrag", "Projectleider;1.000€").Should().HaveCount(3)
            .And.Contain(e => e.StartsWith("row 1: The header row names no years", StringComparison.Ordinal))
            .And.Contain(e => e.StartsWith("row 1: The header row has no Dekking column", StringComparison.Ordinal));
    }

    [Fact]
    public void AYearHeadsOneColumn()
    {
        Errors("Begroting;2019;2019;Dekking").Should().Contain(e => e.StartsWith("row 1, column C (2019): The year 2019 heads two columns", StringComparison.Ordinal));
    }

    [Fact]
    public void ACommaSeparatedFileIsToldToUseSemicolons()
    {
        Errors("Begroting,2019,Dekking", "Projectleider,1000,GHNT").Should().ContainSingle().Which.Should().Contain("no ';'");
    }

    [Fact]
    public void TotalsAndResultsAreDeclaredOnce()
    {
        Errors("Begroting;2019;Dekking", "Projectleider;1.000€;GHNT", "Totaal;1.000€;", "Totaal;1.000€;")
            .Should().ContainSingle().Which.Should().StartWith("row 4, column A: A second Totaal row; the first is row 3.");
    }

    [Fact]
    public void AnEmptyFileSaysWhatToSend()
    {
        Errors("", "").Should().ContainSingle().Which.Should().StartWith("row 1: The file is empty");
        Errors("Begroting;2019;Dekking", "Kosten;;").Should().ContainSingle().Which.Should().Contain("no cost lines");
    }
}
