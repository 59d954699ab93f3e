using BudgetEngine.Formats.Read;

namespace BudgetEngine.Formats.Tests.Read;

/// <summary>Reading CSV as Dutch Excel writes it.</summary>
public sealed class CsvParserTests
{
    [Fact]
    public void Cells_are_separated_by_semicolons_and_rows_by_line_breaks_of_any_kind()
    {
        var (rows, error) = CsvParser.Parse("a;b;c\r\nd;;f\ng\rh;i");

        error.Should().BeNull();
        rows.Select(r => string.Join("|", r.Cells)).Should().Equal("a|b|c", "d||f", "g", "h|i");
        rows.Select(r => r.Number).Should().Equal(1, 2, 3, 4);
    }

    [Fact]
    public void A_quoted_cell_holds_semicolons_quotes_and_line_breaks_and_stays_one_row()
    {
        var (rows, _) = CsvParser.Parse("\"Verbeteren inzet\r\nervaringsdeskundigen\";\"a;b\";\"zegt \"\"ja\"\"\"\r\nnext;row");

        rows[0].Cells.Should().Equal("Verbeteren inzet\r\nervaringsdeskundigen", "a;b", "zegt \"ja\"");
        rows[1].Number.Should().Be(2, "Excel numbers records, not lines");
    }

    [Fact]
    public void Empty_lines_count_as_rows()
    {
        var (rows, _) = CsvParser.Parse("a\r\n\r\nb\r\n");

        rows.Select(r => (r.Number, r.IsBlank)).Should().Equal((1, false), (2, true), (3, false));
    }

    [Fact]
    public void A_quote_inside_an_unquoted_cell_is_text()
    {
        var (rows, _) = CsvParser.Parse("12\" scherm;x");

        rows[0].Cells.Should().Equal("12\" scherm", "x");
    }

    [Fact]
    public void An_unclosed_quote_is_reported_at_its_cell()
    {
        var (_, error) = CsvParser.Parse("a;b\r\nc;\"open");

        error!.At.ToString().Should().Be("row 2, column B");
        error.Message.Should().Contain("not closed");
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported_at_its_cell()
    {
        var (_, error) = CsvParser.Parse("\"a\"b;c");

        error!.At.ToString().Should().Be("row 1, column A");
    }

    [Fact]
    public void A_short_row_reads_empty_cells_beyond_its_end()
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
    public void Columns_are_named_with_excels_letters(int column, string letters) =>
        CellAddress.ColumnLetters(column).Should().Be(letters);
}
