using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Tests.Amounts.Parsing;

public sealed class MoneyParsingTests
{
    private const char Nbsp = '\u00A0';
    private const char NarrowNbsp = '\u202F';

    /// <summary>The notations of the seed tables and the machine notations, each with the amount it means.</summary>
    public static TheoryData<string, decimal> Notations => new()
    {
        // the seed tables (Dutch notation)
        { "25000", 25_000m },
        { "25000.00", 25_000m },
        { "25.000,00", 25_000m },
        { "€ 25.000,-", 25_000m },
        { "€ 25.000,--", 25_000m },
        { "€ 25.000,–", 25_000m },
        { "25.000€", 25_000m },
        { "25.000 €", 25_000m },
        { "€25.000", 25_000m },
        { "EUR 25.000,00", 25_000m },
        { "EUR25.000,00", 25_000m },
        { "eur 25.000,00", 25_000m },
        { "25.000 EUR", 25_000m },
        { "25.000 euro", 25_000m },
        { "25.000 euros", 25_000m },
        { "euros 25.000", 25_000m },
        { "euro 25.000", 25_000m },
        { "25.000 eur", 25_000m },
        { "Euro 75.000,-", 75_000m },
        { "-1.234,56", -1_234.56m },
        { "€ -1.234,56", -1_234.56m },
        { "-€ 1.234,56", -1_234.56m },
        { "- € 1.234,56", -1_234.56m },
        { "−1.234,56", -1_234.56m },
        { "– 1.234,56", -1_234.56m },
        { "(1.234,56)", -1_234.56m },
        { "(€ 1.234,56)", -1_234.56m },
        { "+25,50", 25.50m },
        { "1.234.567,89", 1_234_567.89m },
        { "1.234.567", 1_234_567m },
        { "€ 1.234.567,-", 1_234_567m },
        { "€ 32.000,=", 32_000m },
        { "3.000,=", 3_000m },
        { "0,01", 0.01m },
        { "0,5", 0.50m },
        { "1,5", 1.50m },
        { "1234,5", 1_234.50m },
        // the dot: three digits after a single dot are Dutch thousands, anything else is a decimal point
        { "25.000", 25_000m },
        { "1.500", 1_500m },
        { "1.5", 1.50m },
        { "1.50", 1.50m },
        { "1.5000", 1.50m },
        { "0.500", 0.50m },
        { "1500.000", 1_500m },
        { "25000.5", 25_000.50m },
        // English and invariant notation, where unambiguous
        { "1,234.56", 1_234.56m },
        { "1,234,567.89", 1_234_567.89m },
        { "1,234,567", 1_234_567m },
        { "€1,234.56", 1_234.56m },
        { "-€1,234.56", -1_234.56m },
        { "(€1,234.56)", -1_234.56m },
        // whitespace, including non-breaking spaces, around the parts
        { "  25000  ", 25_000m },
        { $"€{Nbsp}25.000,00", 25_000m },
        { $"{Nbsp}25.000,00{NarrowNbsp}€{Nbsp}", 25_000m },
        { "\t-  1.234,56\n", -1_234.56m },
        // zero, signs and limits
        { "0", 0m },
        { "-0,00", 0m },
        { "€ 0,-", 0m },
        { "007", 7m },
        { "1.000.000.000.000,00", Money.MaxEuros },
        { "-1.000.000.000.000", -Money.MaxEuros },
        { "1000000000000.00", Money.MaxEuros },
        { "0001000000000000", Money.MaxEuros },
    };

    [Theory]
    [MemberData(nameof(Notations))]
    public void Parsing_accepts_the_seed_table_notations(string text, decimal euros)
    {
        Money.Parse(text).Should().Be(Money.FromEuros(euros));
        Money.TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(Money.FromEuros(euros));
        Money.Parse(text.AsSpan()).Should().Be(Money.FromEuros(euros));
    }

    [Fact]
    public void The_notation_table_is_valid()
    {
        var rows = Notations.Select(row => ((string)row[0], (decimal)row[1])).ToArray();

        rows.Select(r => r.Item1).Should().OnlyHaveUniqueItems();
        rows.Should().OnlyContain(r => Money.IsValidEuros(r.Item2));
        foreach (var seed in new[] { "25000", "25000.00", "25.000,00", "€ 25.000,-", "25.000€", "€25.000", "EUR 25.000,00", "-1.234,56", "1,234.56" })
        {
            rows.Should().Contain(r => r.Item1 == seed, "the seed notation {0} must be in the table", seed);
        }
    }

    [Fact]
    public void Parsed_negative_zero_is_plain_zero()
    {
        var zero = Money.Parse("-0,00");

        zero.IsNegative.Should().BeFalse();
        zero.GetHashCode().Should().Be(Money.Zero.GetHashCode());
    }

    public static TheoryData<string, MoneyParseError> Rejected => new()
    {
        { "", MoneyParseError.Empty },
        { "   ", MoneyParseError.Empty },
        { $"{Nbsp}", MoneyParseError.Empty },
        // other currencies
        { "USD 10", MoneyParseError.ForeignCurrency },
        { "$ 10", MoneyParseError.ForeignCurrency },
        { "$10.00", MoneyParseError.ForeignCurrency },
        { "US$ 10", MoneyParseError.ForeignCurrency },
        { "£5", MoneyParseError.ForeignCurrency },
        { "10 GBP", MoneyParseError.ForeignCurrency },
        { "10GBP", MoneyParseError.ForeignCurrency },
        { "¥ 1.000", MoneyParseError.ForeignCurrency },
        { "ƒ 25,-", MoneyParseError.ForeignCurrency },
        { "€ 10 USD", MoneyParseError.ForeignCurrency },
        // garbage
        { "abc", MoneyParseError.InvalidFormat },
        { "twintig", MoneyParseError.InvalidFormat },
        { "€", MoneyParseError.InvalidFormat },
        { "EUR", MoneyParseError.InvalidFormat },
        { "-", MoneyParseError.InvalidFormat },
        { "12abc", MoneyParseError.InvalidFormat },
        { "1e5", MoneyParseError.InvalidFormat },
        { "0x10", MoneyParseError.InvalidFormat },
        { "--5", MoneyParseError.InvalidFormat },
        { "+-5", MoneyParseError.InvalidFormat },
        { "5-", MoneyParseError.InvalidFormat },
        { "(-5)", MoneyParseError.InvalidFormat },
        { "(5", MoneyParseError.InvalidFormat },
        { "€ 5 €", MoneyParseError.InvalidFormat },
        { "EUR 5 EUR", MoneyParseError.InvalidFormat },
        { "25 000", MoneyParseError.InvalidFormat },
        { ".5", MoneyParseError.InvalidFormat },
        { "5.", MoneyParseError.InvalidFormat },
        { ",50", MoneyParseError.InvalidFormat },
        { "1..5", MoneyParseError.InvalidFormat },
        { "1.,5", MoneyParseError.InvalidFormat },
        { "25.000.00", MoneyParseError.InvalidFormat },
        { "1.23.456", MoneyParseError.InvalidFormat },
        { "1234.567,89", MoneyParseError.InvalidFormat },
        { "1.234,56,78", MoneyParseError.InvalidFormat },
        { "1,234.56.78", MoneyParseError.InvalidFormat },
        { "1,234,-", MoneyParseError.InvalidFormat },
        { "25.5,-", MoneyParseError.InvalidFormat },
        { "NaN", MoneyParseError.InvalidFormat },
        { "Infinity", MoneyParseError.InvalidFormat },
        // ambiguous: Dutch 1.234 euros or English 1234 euros
        { "1,234", MoneyParseError.Ambiguous },
        { "12,345", MoneyParseError.Ambiguous },
        { "€ 999,999", MoneyParseError.Ambiguous },
        { "-100,000", MoneyParseError.Ambiguous },
        // finer than a cent, when no rounding is named
        { "0,005", MoneyParseError.TooPrecise },
        { "0.005", MoneyParseError.TooPrecise },
        { "1,2345", MoneyParseError.TooPrecise },
        { "1234,567", MoneyParseError.TooPrecise },
        { "0,125", MoneyParseError.TooPrecise },
        { "1.234,567", MoneyParseError.TooPrecise },
        { "1,234.567", MoneyParseError.TooPrecise },
        { "25000.001", MoneyParseError.TooPrecise },
        // beyond Money.MaxEuros
        { "1.000.000.000.000,01", MoneyParseError.OutOfRange },
        { "-1000000000000.01", MoneyParseError.OutOfRange },
        { "10.000.000.000.000", MoneyParseError.OutOfRange },
        { "99999999999999999999999999999999999999", MoneyParseError.OutOfRange },
        { "79228162514264337593543950336", MoneyParseError.OutOfRange },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Parsing_rejects_other_currencies_garbage_ambiguity_sub_cent_precision_and_overflow(string text, MoneyParseError error)
    {
        var act = () => Money.Parse(text);

        var thrown = act.Should().Throw<MoneyFormatException>().Which;
        thrown.Error.Should().Be(error);
        thrown.Input.Should().Be(text);
        thrown.Should().BeAssignableTo<FormatException>();
        thrown.Message.Should().StartWith($"'{text}'");
        Money.TryParse(text, out var result).Should().BeFalse();
        result.Should().Be(Money.Zero);
        Money.TryParse(text.AsSpan(), null, out _, out var failure).Should().BeFalse();
        failure.Error.Should().Be(error);
        failure.Message.Should().Be(thrown.Message);
    }

    [Fact]
    public void The_rejection_table_is_valid()
    {
        var rows = Rejected.Select(row => ((string)row[0], (MoneyParseError)row[1])).ToArray();

        rows.Select(r => r.Item1).Should().OnlyHaveUniqueItems();
        rows.Select(r => r.Item2).Distinct().Should().BeEquivalentTo(Enum.GetValues<MoneyParseError>(), "every reason is covered");
        var accepted = Notations.Select(row => (string)row[0]).ToHashSet();
        rows.Should().NotContain(r => accepted.Contains(r.Item1));
    }

    [Theory]
    [InlineData("USD 10", "USD")]
    [InlineData("$ 10", "$")]
    [InlineData("£5", "£")]
    [InlineData("10 GBP", "GBP")]
    public void A_foreign_currency_is_named_in_the_message(string text, string currency)
    {
        FluentActions.Invoking(() => Money.Parse(text)).Should().Throw<MoneyFormatException>()
            .WithMessage($"*{currency}*euros only*");
    }

    [Fact]
    public void The_ambiguity_message_says_how_to_write_either_reading()
    {
        FluentActions.Invoking(() => Money.Parse("1,500")).Should().Throw<MoneyFormatException>()
            .WithMessage("'1,500' is ambiguous*Write 1.500 or 1500 for the first, or 1,50 for the second.");
    }

    [Fact]
    public void A_null_text_is_an_argument_error_for_Parse_and_false_for_TryParse()
    {
        FluentActions.Invoking(() => Money.Parse(null!)).Should().Throw<ArgumentNullException>();
        Money.TryParse((string?)null, out _).Should().BeFalse();
    }

    public static TheoryData<string, string, decimal> Rounded => new()
    {
        // text, rounding, expected
        { "0,005", nameof(MoneyRounding.HalfAwayFromZero), 0.01m },
        { "-0,005", nameof(MoneyRounding.HalfAwayFromZero), -0.01m },
        { "0.005", nameof(MoneyRounding.HalfAwayFromZero), 0.01m },
        { "0,004", nameof(MoneyRounding.HalfAwayFromZero), 0m },
        { "1.234,565", nameof(MoneyRounding.HalfAwayFromZero), 1_234.57m },
        { "1.234,565", nameof(MoneyRounding.HalfToEven), 1_234.56m },
        { "1.234,569", nameof(MoneyRounding.TowardZero), 1_234.56m },
        { "€ -1.234,569", nameof(MoneyRounding.TowardZero), -1_234.56m },
        { "0,125", nameof(MoneyRounding.HalfToEven), 0.12m },
        // a tail beyond what decimal holds still rounds exactly: just above a half, exactly a half
        { "0,0050000000000000000000000000001", nameof(MoneyRounding.HalfToEven), 0.01m },
        { "0,0050000000000000000000000000000", nameof(MoneyRounding.HalfToEven), 0m },
        { "999.999.999.999,994", nameof(MoneyRounding.HalfAwayFromZero), 999_999_999_999.99m },
        { "999.999.999.999,995", nameof(MoneyRounding.HalfAwayFromZero), Money.MaxEuros },
        // 26 digits kept (12 before the comma, 14 after): more than 64 bits hold
        { "999.999.999.999,98500000000001", nameof(MoneyRounding.HalfToEven), 999_999_999_999.99m },
        { "999.999.999.999,98500000000000", nameof(MoneyRounding.HalfToEven), 999_999_999_999.98m },
        { "25000", nameof(MoneyRounding.HalfAwayFromZero), 25_000m },
    };

    [Theory]
    [MemberData(nameof(Rounded))]
    public void Parsing_with_a_named_rounding_rounds_sub_cent_amounts(string text, string rule, decimal expected)
    {
        var rounding = rule switch
        {
            nameof(MoneyRounding.HalfAwayFromZero) => MoneyRounding.HalfAwayFromZero,
            nameof(MoneyRounding.HalfToEven) => MoneyRounding.HalfToEven,
            _ => MoneyRounding.TowardZero,
        };

        Money.Parse(text, rounding).Should().Be(Money.FromEuros(expected));
        Money.TryParse(text, rounding, out var parsed).Should().BeTrue();
        parsed.Should().Be(Money.FromEuros(expected));
    }

    [Fact]
    public void A_rounding_does_not_resolve_ambiguity_or_overflow()
    {
        var rounding = MoneyRounding.HalfAwayFromZero;

        FluentActions.Invoking(() => Money.Parse("1,234", rounding)).Should().Throw<MoneyFormatException>()
            .Which.Error.Should().Be(MoneyParseError.Ambiguous);
        FluentActions.Invoking(() => Money.Parse("1.000.000.000.000,005", rounding)).Should().Throw<MoneyFormatException>()
            .Which.Error.Should().Be(MoneyParseError.OutOfRange);
    }

    [Fact]
    public void The_format_provider_is_ignored_the_rules_are_fixed()
    {
        var cultures = new[] { "nl-NL", "en-US", "de-DE", "fr-FR" }.Select(System.Globalization.CultureInfo.GetCultureInfo);

        foreach (var culture in cultures)
        {
            Money.Parse("25.000", culture).Should().Be(Money.FromEuros(25_000m));
            Money.Parse("1.5".AsSpan(), culture).Should().Be(Money.FromEuros(1.5m));
            Money.TryParse("1,234.56", culture, out var english).Should().BeTrue();
            english.Should().Be(Money.FromEuros(1_234.56m));
            Money.TryParse("1,234".AsSpan(), culture, out _).Should().BeFalse();
        }
    }

    [Fact]
    public void Money_is_parsable_through_the_generic_interface()
    {
        static T ParseAny<T>(string text) where T : IParsable<T> => T.Parse(text, null);
        static T ParseSpan<T>(string text) where T : ISpanParsable<T> => T.Parse(text.AsSpan(), null);

        ParseAny<Money>("€ 25.000,-").Should().Be(Money.FromEuros(25_000m));
        ParseSpan<Money>("-1.234,56").Should().Be(Money.FromEuros(-1_234.56m));
    }
}
