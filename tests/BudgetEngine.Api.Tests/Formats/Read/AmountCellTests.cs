using BudgetEngine.Formats.Read;

namespace BudgetEngine.Api.Tests.Formats.Read;

/// <summary>Amount cells in the notations budget tables use.</summary>
public sealed class AmountCellTests
{
    public static TheoryData<string, decimal> Notations => new()
    {
        { "25.000€", 25000m },
        { "25.000 €", 25000m },
        { "€ 25.000,-", 25000m },
        { "€ 32.000,=", 32000m },
        { "25.000,00", 25000m },
        { "€ 1.234,56", 1234.56m },
        { "25000", 25000m },
        { "-€ 5.000,00", -5000m },
        { "€ -", 0m },
        { "-", 0m },
        { "  7.500€  ", 7500m },
    };

    [Theory]
    [MemberData(nameof(Notations))]
    public void Dutch_notations_are_read(string cell, decimal euros)
    {
        var (amount, error) = AmountCell.Read(cell);

        error.Should().BeNull();
        amount!.Value.Euros.Should().Be(euros);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_cell_is_no_amount(string cell) => AmountCell.Read(cell).Should().Be(((BudgetEngine.Core.Amounts.Money?)null, (string?)null));

    [Theory]
    [InlineData("abc", "'abc'")]
    [InlineData("1,234", "ambiguous")]
    [InlineData("$ 100", "euros only")]
    [InlineData("12,345,67", "not an amount")]
    public void What_is_no_amount_is_said_in_a_sentence_that_quotes_the_cell(string cell, string said)
    {
        var (amount, error) = AmountCell.Read(cell);

        amount.Should().BeNull();
        error.Should().Contain(said);
    }

    [Fact]
    public void The_error_quotes_the_cell_as_written_even_when_it_ends_with_comma_equals()
    {
        AmountCell.Read("1,234,=").Error.Should().Contain("'1,234,='");
    }
}
