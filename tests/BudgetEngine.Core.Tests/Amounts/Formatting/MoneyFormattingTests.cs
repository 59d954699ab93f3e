using System.Globalization;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Seeding;

namespace BudgetEngine.Core.Tests.Amounts.Formatting;

public sealed class MoneyFormattingTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static TheoryData<decimal, string, string, string> Written => new()
    {
        // euros, invariant, Dutch currency, Dutch number
        { 25_000m, "25000.00", "€ 25.000,00", "25.000,00" },
        { -25_000m, "-25000.00", "€ -25.000,00", "-25.000,00" },
        { 0m, "0.00", "€ 0,00", "0,00" },
        { 0.01m, "0.01", "€ 0,01", "0,01" },
        { -0.5m, "-0.50", "€ -0,50", "-0,50" },
        { 999.99m, "999.99", "€ 999,99", "999,99" },
        { 1_234.56m, "1234.56", "€ 1.234,56", "1.234,56" },
        { 1_234_567.8m, "1234567.80", "€ 1.234.567,80", "1.234.567,80" },
        { Money.MaxEuros, "1000000000000.00", "€ 1.000.000.000.000,00", "1.000.000.000.000,00" },
        { -Money.MaxEuros, "-1000000000000.00", "€ -1.000.000.000.000,00", "-1.000.000.000.000,00" },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void Formatting_writes_invariant_and_Dutch_notation(decimal euros, string invariant, string dutch, string dutchNumber)
    {
        var money = Money.FromEuros(euros);

        money.ToString().Should().Be(invariant);
        money.ToInvariantString().Should().Be(invariant);
        money.ToDutchString().Should().Be(dutch);
        money.ToDutchNumberString().Should().Be(dutchNumber);
    }

    [Theory]
    [MemberData(nameof(Written))]
    public void Formatting_with_the_nl_NL_culture_matches_the_fixed_Dutch_format(decimal euros, string invariant, string dutch, string dutchNumber)
    {
        var money = Money.FromEuros(euros);

        money.ToString("C", Dutch).Should().Be(dutch);
        money.ToString("N", Dutch).Should().Be(dutchNumber);
        money.ToString(null, CultureInfo.InvariantCulture).Should().Be(invariant);
        money.ToString("G", Dutch).Should().Be(invariant.Replace('.', ','));
    }

    [Fact]
    public void The_Dutch_negative_currency_form_is_the_one_nl_NL_uses()
    {
        // nl-NL (CLDR "¤ -#,##0.00") puts the minus between the euro sign and the number.
        Money.FromEuros(-25_000m).ToString("C", Dutch).Should().Be("€ -25.000,00");
        Money.DutchNumberFormat.CurrencyNegativePattern.Should().Be(Dutch.NumberFormat.CurrencyNegativePattern);
        Money.DutchNumberFormat.CurrencyPositivePattern.Should().Be(Dutch.NumberFormat.CurrencyPositivePattern);
        Money.DutchNumberFormat.IsReadOnly.Should().BeTrue();
    }

    [Fact]
    public void The_fixed_Dutch_format_writes_the_euro_sign_for_any_decimal_formatted_with_it()
    {
        // Exports format plain decimals with it too, not only Money: € 1.234,50.
        1_234.5m.ToString("C", Money.DutchNumberFormat).Should().Be("€ 1.234,50");
    }

    [Fact]
    public void The_fixed_Dutch_format_reads_a_plus_sign()
    {
        decimal.Parse("+1.234,50", NumberStyles.Number, Money.DutchNumberFormat).Should().Be(1_234.50m);
    }

    [Theory]
    [InlineData("en-US", "C", "€1,234.56", "-€1,234.56")]
    [InlineData("en-US", "N", "1,234.56", "-1,234.56")]
    [InlineData("en-US", "F", "1234.56", "-1234.56")]
    [InlineData("de-DE", "N", "1.234,56", "-1.234,56")]
    [InlineData("", "C", "€1,234.56", "(€1,234.56)")]
    [InlineData("", "N", "1,234.56", "-1,234.56")]
    [InlineData("", "G", "1234.56", "-1234.56")]
    [InlineData("", "N2", "1,234.56", "-1,234.56")]
    [InlineData("", "", "1234.56", "-1234.56")]
    public void Currency_format_always_writes_euros_whatever_the_culture(string culture, string format, string positive, string negative)
    {
        var provider = CultureInfo.GetCultureInfo(culture);

        Money.FromEuros(1_234.56m).ToString(format, provider).Should().Be(positive);
        Money.FromEuros(-1_234.56m).ToString(format, provider).Should().Be(negative);
    }

    [Fact]
    public void A_null_provider_means_invariant_never_the_machine_culture()
    {
        var money = Money.FromEuros(1_234.5m);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = Dutch;

            money.ToString("N", null).Should().Be("1,234.50");
            $"{money}".Should().Be("1234.50");
            $"{money:C}".Should().Be("€1,234.50");
            string.Format("{0:N}", money).Should().Be("1,234.50");
            money.ToString().Should().Be("1234.50");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Interpolation_with_a_provider_uses_that_provider()
    {
        var money = Money.FromEuros(25_000m);

        string.Create(Dutch, $"{money:C}").Should().Be("€ 25.000,00");
        string.Create(Dutch, $"{money:N}").Should().Be("25.000,00");
    }

    [Theory]
    [InlineData("X")]
    [InlineData("C0")]
    [InlineData("N4")]
    [InlineData("0.00")]
    [InlineData("P")]
    public void Other_formats_are_rejected_rather_than_dropping_cents(string format)
    {
        FluentActions.Invoking(() => Money.FromEuros(1m).ToString(format, null)).Should().Throw<FormatException>();
    }

    [Fact]
    public void A_format_that_is_refused_is_named_with_the_ones_to_use()
    {
        FluentActions.Invoking(() => Money.FromEuros(1m).ToString("P", null)).Should().Throw<FormatException>()
            .WithMessage("'P' is not a money format; use G, F, N or C (two decimals always).");
    }

    [Fact]
    public void TryFormat_writes_into_a_span_and_reports_a_short_buffer()
    {
        var money = Money.FromEuros(-1_234.56m);
        Span<char> buffer = stackalloc char[32];

        money.TryFormat(buffer, out var written, "C", Dutch).Should().BeTrue();
        buffer[..written].ToString().Should().Be("€ -1.234,56");
        money.TryFormat(buffer[..4], out written, "C", Dutch).Should().BeFalse();
        written.Should().Be(0);
    }

    private static readonly string[] Cultures = ["", "nl-NL", "en-US", "en-GB", "de-DE", "nl-BE"];
    private static readonly string[] Formats = ["G", "F", "N", "C"];

    [Theory]
    [MemberData(nameof(Written))]
    public void Whatever_is_formatted_parses_back_to_the_same_amount(decimal euros, string invariant, string dutch, string dutchNumber)
    {
        var money = Money.FromEuros(euros);

        Money.Parse(invariant).Should().Be(money);
        Money.Parse(dutch).Should().Be(money);
        Money.Parse(dutchNumber).Should().Be(money);
        foreach (var culture in Cultures)
        {
            foreach (var format in Formats)
            {
                var text = money.ToString(format, CultureInfo.GetCultureInfo(culture));
                Money.Parse(text).Should().Be(money, "'{0}' ({1}, {2}) must read back", text, culture, format);
            }
        }
    }

    [Fact]
    public void Random_amounts_round_trip_through_every_format()
    {
        var random = new SeededRandom(20240501);
        for (var i = 0; i < 2_000; i++)
        {
            var digits = random.Next(1, 15);
            var cents = random.Next(0, (long)Math.Pow(10, digits)) * (random.Chance(1, 3) ? -1 : 1);
            var money = Money.FromCents(Math.Clamp(cents, -100_000_000_000_000L, 100_000_000_000_000L));

            Money.Parse(money.ToString()).Should().Be(money);
            Money.Parse(money.ToDutchString()).Should().Be(money);
            Money.Parse(money.ToDutchNumberString()).Should().Be(money);
            var culture = CultureInfo.GetCultureInfo(random.Pick(Cultures));
            var format = random.Pick(Formats);
            var text = money.ToString(format, culture);
            Money.Parse(text).Should().Be(money, "'{0}' ({1}, {2}, seed {3}, case {4}) must read back", text, culture.Name, format, random.Seed, i);
        }
    }

    [Theory]
    [MemberData(nameof(Written))]
    public void The_UTF_8_invariant_notation_is_the_invariant_string(decimal euros, string invariant, string dutch, string dutchNumber)
    {
        _ = (dutch, dutchNumber);
        Span<byte> buffer = stackalloc byte[Money.MaxInvariantUtf8Length];

        Money.FromEuros(euros).TryFormatInvariantUtf8(buffer, out var written).Should().BeTrue();

        System.Text.Encoding.UTF8.GetString(buffer[..written]).Should().Be(invariant);
    }

    [Fact]
    public void The_UTF_8_invariant_notation_of_random_amounts_is_what_JSON_writes_for_their_euros()
    {
        var random = new SeededRandom(20261122);
        Span<byte> buffer = stackalloc byte[Money.MaxInvariantUtf8Length];
        var json = new System.Buffers.ArrayBufferWriter<byte>();
        for (var i = 0; i < 2_000; i++)
        {
            var digits = random.Next(1, 15);
            var cents = random.Next(0, (long)Math.Pow(10, digits)) * (random.Chance(1, 3) ? -1 : 1);
            var money = Money.FromCents(Math.Clamp(cents, -100_000_000_000_000L, 100_000_000_000_000L));
            json.Clear();
            using (var writer = new System.Text.Json.Utf8JsonWriter(json)) writer.WriteNumberValue(money.Euros);

            money.TryFormatInvariantUtf8(buffer, out var written).Should().BeTrue();

            buffer[..written].ToArray().Should().Equal(json.WrittenSpan.ToArray(), "{0} cents (seed {1}, case {2})", money.Cents, random.Seed, i);
        }
    }

    [Theory]
    [InlineData(-100_000_000_000_000L)]
    [InlineData(-1L)]
    [InlineData(0L)]
    [InlineData(123_456L)]
    public void The_UTF_8_invariant_notation_reports_a_short_buffer(long cents)
    {
        var money = Money.FromCents(cents);
        Span<byte> buffer = stackalloc byte[Money.MaxInvariantUtf8Length];
        money.TryFormatInvariantUtf8(buffer, out var length).Should().BeTrue();

        for (var size = 0; size < length; size++)
        {
            money.TryFormatInvariantUtf8(buffer[..size], out var written).Should().BeFalse("{0} bytes cannot hold {1}", size, money);
            written.Should().Be(0);
        }
    }
}
