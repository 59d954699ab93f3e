using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.Tests.Findings;

/// <summary>How each kind of value in a finding's message is written, per language.</summary>
public class MessageArgumentTests
{
    public static TheoryData<decimal, string, string> Decimals => new()
    {
        { 99.50m, "99.5", "99,5" },
        { 12.125m, "12.125", "12,125" },
        { 40.00m, "40", "40" },
    };

    [Theory]
    [MemberData(nameof(Decimals))]
    public void A_decimal_is_written_without_trailing_zeros_with_the_languages_decimal_sign(decimal number, string english, string dutch)
    {
        MessageArgument.Decimal(number).In(MessageLanguage.English).Should().Be(english);
        MessageArgument.Decimal(number).In(MessageLanguage.Dutch).Should().Be(dutch);
    }

    [Fact]
    public void No_text_is_written_as_nothing()
    {
        MessageArgument.Text(null!).In(MessageLanguage.Dutch).Should().BeEmpty();
    }

    [Fact]
    public void The_empty_part_is_written_as_nothing_in_either_language()
    {
        MessageArgument.Empty.In(MessageLanguage.English).Should().BeEmpty();
        MessageArgument.Empty.In(MessageLanguage.Dutch).Should().BeEmpty();
    }
}
