using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Tests.Amounts.Parsing;

/// <summary>A refused amount comes back quoted, with what is wrong with it and, where there is one, what to write instead.</summary>
public sealed class MoneyParseMessageTests
{
    public static TheoryData<string, string> Refusals => new()
    {
        { "", "'' is empty: no amount was given." },
        { "(-5)", "'(-5)' is written with both parentheses and a sign; use one of them for a negative amount." },
        { "1..5", "'1..5' is not an amount: a number starts and ends with a digit and has one mark between digit groups." },
        { "1.000,00,00", "'1.000,00,00' has more than one decimal separator (',')." },
        { "1.00.000", "'1.00.000' is not an amount: digits between thousands separators ('.') come in groups of three." },
        { "0,001", "'0,001' has more decimals than whole cents; give the amount in cents or name a rounding." },
        { "ƒ 25,-", "'ƒ 25,-' is in guilders (ƒ); BudgetEngine handles euros only." },
        { "£5", "'£5' is in another currency ('£'); BudgetEngine handles euros only." },
        { "10 GBP", "'10 GBP' is in another currency (GBP); BudgetEngine handles euros only." },
        { "twintig", "'twintig' is not an amount in euros (e.g. 25000.00, 25.000,00 or € 25.000,-)." },
        { "(5", "'(5' is not an amount in euros (e.g. 25000.00, 25.000,00 or € 25.000,-)." },
        { "5)", "'5)' is not an amount in euros (e.g. 25000.00, 25.000,00 or € 25.000,-)." },
        { "()", "'()' is not an amount in euros (e.g. 25000.00, 25.000,00 or € 25.000,-)." },
        { "25)", "'25)' is not an amount in euros (e.g. 25000.00, 25.000,00 or € 25.000,-)." },
        { "100,=,-", "'100,=,-' is not an amount in euros (e.g. 25000.00, 25.000,00 or € 25.000,-)." },
        { "1,000,-", "'1,000,-' has a comma before ',-'; only dots may group thousands there." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_refused_amount_is_quoted_with_what_is_wrong(string text, string message)
    {
        Money.TryParse(text.AsSpan(), null, out _, out var failure).Should().BeFalse();

        failure.Message.Should().Be(message);
    }

    [Fact]
    public void An_ambiguous_amount_is_refused_with_both_readings_and_how_to_write_each()
    {
        Money.TryParse("25,000".AsSpan(), null, out _, out var failure).Should().BeFalse();

        failure.Message.Should().Be("'25,000' is ambiguous: 25000 euros if the comma groups thousands (English notation), "
            + "25,00 euros if it is the decimal comma (Dutch notation). Write 25.000 or 25000 for the first, or 25,00 for the second.");
    }

    [Fact]
    public void An_ambiguous_amount_whose_decimal_reading_is_finer_than_cents_is_refused_with_the_thousands_reading_only()
    {
        Money.TryParse("1,234".AsSpan(), null, out _, out var failure).Should().BeFalse();

        failure.Message.Should().Be("'1,234' is ambiguous: 1234 euros if the comma groups thousands (English notation), "
            + "finer than whole cents if it is the decimal comma (Dutch notation). Write 1.234 or 1234 for 1234 euros.");
    }

    [Fact]
    public void Parsing_no_text_at_all_is_a_programming_error_not_a_refused_amount()
    {
        var act = () => Money.Parse((string)null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Parsing_no_text_at_all_with_a_rounding_is_a_programming_error_naming_the_text()
    {
        var act = () => Money.Parse((string)null!, MoneyRounding.HalfToEven);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("text");
    }

    [Theory]
    [InlineData("twintig")]
    [InlineData(null)]
    public void Trying_to_parse_a_refused_amount_with_a_rounding_is_false(string? text)
    {
        Money.TryParse(text, MoneyRounding.HalfToEven, out var result).Should().BeFalse();

        result.Should().Be(Money.Zero);
    }

    [Fact]
    public void An_input_longer_than_60_characters_is_quoted_as_its_first_57_and_an_ellipsis()
    {
        var text = new string('x', 61);

        Money.TryParse(text.AsSpan(), null, out _, out var failure).Should().BeFalse();

        failure.Message.Should().StartWith($"'{new string('x', 57)}...' ");
    }

    [Fact]
    public void An_input_of_exactly_60_characters_is_quoted_whole()
    {
        var text = new string('x', 60);

        Money.TryParse(text.AsSpan(), null, out _, out var failure).Should().BeFalse();

        failure.Message.Should().StartWith($"'{text}' ");
    }
}
