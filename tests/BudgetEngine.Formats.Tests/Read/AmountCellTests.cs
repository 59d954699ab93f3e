using BudgetEngine.Core.Findings;
using BudgetEngine.Formats.Read;

namespace BudgetEngine.Formats.Tests.Read;

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
    public void An_empty_cell_is_no_amount(string cell) => AmountCell.Read(cell).Should().Be(((BudgetEngine.Core.Amounts.Money?)null, (BudgetEngine.Core.Texts.ErrorText?)null));

    [Theory]
    [InlineData("abc", "'abc'")]
    [InlineData("1,234", "ambiguous")]
    [InlineData("$ 100", "euros only")]
    [InlineData("12,345,67", "not an amount")]
    public void What_is_no_amount_is_said_in_a_sentence_that_quotes_the_cell(string cell, string said)
    {
        var (amount, error) = AmountCell.Read(cell);

        amount.Should().BeNull();
        error!.In(MessageLanguage.English).Should().Contain(said);
    }

    [Theory]
    [InlineData("abc", "'abc' is geen bedrag in euro's")]
    [InlineData("1,234", "'1,234' is op twee manieren te lezen")]
    [InlineData("$ 100", "'$ 100' is in een andere munt")]
    public void What_is_no_amount_is_said_in_Dutch_by_default_for_the_finance_officer(string cell, string said)
    {
        AmountCell.Read(cell).Error!.In(MessageLanguage.Dutch).Should().StartWith(said);
    }

    [Fact]
    public void Every_reason_the_parser_gives_has_a_text_of_the_import()
    {
        foreach (var reason in Enum.GetValues<BudgetEngine.Core.Amounts.MoneyParseError>())
        {
            ImportTexts.Catalog.Template("Amount." + reason, MessageLanguage.English).Should().NotBeNull(reason.ToString());
        }
    }

    [Fact]
    public void The_error_quotes_the_cell_as_written_even_when_it_ends_with_comma_equals()
    {
        AmountCell.Read("1,234,=").Error!.ToString().Should().Contain("'1,234,='");
    }
}
