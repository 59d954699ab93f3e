using BudgetEngine.Formats.Read;

namespace BudgetEngine.Api.Tests.Formats.Read;

/// <summary>Reading CSV as Dutch Excel writes it.</summary>
public sealed class CsvParserTests
{
    [Fact]
    public void CellsAreSeparatedBySemicolonsAndRowsByLineBreaksOfAnyKind()
    {
        var (rows, error) = CsvParser.Parse("a;b;c\r\nd;;f\ng\rh;i");

        error.Should().BeNull();
        rows.Select(r => string.Join("|", r.Cells)).Should().Equal("a|b|c", "d||f", "g", "h|i");
        rows.Select(r => r.Number).Should().Equal(1, 2, 3, 4);
    }

    [Fact]
    public void AQuotedCellHoldsSemicolonsQuotesAndLineBreaksAndStaysOneRow()
    {
        var (rows, _) = CsvParser.Parse("\"Verbeteren inzet\r\nervaringsdeskundigen\";\"a;b\";\"zegt \"\"ja\"\"\"\r\nnext;row");

        rows[0].Cells.Should().Equal("Verbeteren inzet\r\nervaringsdeskundigen", "a;b", "zegt \"ja\"");
        rows[1].Number.Should().Be(2, "Excel numbers records, not lines");
    }

    [Fact]
    public void EmptyLinesCountAsRows()
    {
        var (rows, _) = CsvParser.Parse("a\r\n\r\nb\r\n");

        rows.Select(r => (r.Number, r.IsBlank)).Should().Equal((1, false), (2, true), (3, false));
    }

    [Fact]
    public void AQuoteInsideAnUnquotedCellIsText()
    {
        var (rows, _) = CsvParser.Parse("12\" scherm;x");

        rows[0].Cells.Should().Equal("12\" scherm", "x");
    }

    [Fact]
    public void AnUnclosedQuoteIsReportedAtItsCell()
    {
        var (_, error) = CsvParser.Parse("a;b\r\nc;\"open");

        error!.At.ToString().Should().Be("row 2, column B");
        error.Message.Should().Contain("not closed");
    }

    [Fact]
    public void TextAfterAClosingQuoteIsReportedAtItsCell()
    {
        var (_, error) = CsvParser.Parse("\"a\"b;c");

        error!.At.ToString().Should().Be("row 1, column A");
    }

    [Fact]
    public void AShortRowReadsEmptyCellsBeyondItsEnd()
    {
        var (rows, _) = CsvParser.Parse("a");

        rows[0][5].Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(5, "F")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void ColumnsAreNamedWithExcelsLetters(int column, string letters) =>
        CellAddress.ColumnLetters(column).Should().Be(letters);
}
