using BudgetEngine.Formats.Write;
using System.Text;
using BudgetEngine.Formats.Read;

namespace BudgetEngine.Formats.Tests.Write;

/// <summary>Writing CSV that Dutch Excel opens as it should.</summary>
public sealed class CsvWriterTests
{
    [Fact]
    public void The_file_is_UTF8_with_a_byte_order_mark_and_CRLF_rows()
    {
        var bytes = new CsvWriter().Row("Jaar", CsvWriter.Amount("25.000,00")).Row("€").ToBytes();

        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        Encoding.UTF8.GetString(bytes[3..]).Should().Be("Jaar;25.000,00\r\n€\r\n");
    }

    [Fact]
    public void Cells_with_semicolons_quotes_or_line_breaks_are_quoted()
    {
        new CsvWriter().Row("a;b", "zegt \"ja\"", "twee\nregels", "gewoon").ToString()
            .Should().Be("\"a;b\";\"zegt \"\"ja\"\"\";\"twee\nregels\";gewoon\r\n");
    }

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+31", "'+31")]
    [InlineData("-x", "'-x")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("Projectleider", "Projectleider")]
    public void Text_that_Excel_would_run_as_a_formula_is_defused(string text, string written) =>
        new CsvWriter().Row(text).ToString().Should().Be(written + "\r\n");

    [Fact]
    public void Negative_amounts_stay_numbers() =>
        new CsvWriter().Row(CsvWriter.Amount("-66.500,00")).ToString().Should().Be("-66.500,00\r\n");

    [Fact]
    public void What_the_writer_writes_the_parser_reads_back()
    {
        string[] cells = ["a;b", "zegt \"ja\"", "twee\r\nregels", " spaties ", ""];

        var (rows, error) = CsvParser.Parse(new CsvWriter().Row([.. cells.Select(c => (CsvWriter.Cell)c)]).ToString());

        error.Should().BeNull();
        rows.Should().ContainSingle().Which.Cells.Should().Equal(cells);
    }
}
