using System.Globalization;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Seeding;

namespace BudgetEngine.Core.Tests.Findings;

public class FindingTextTests
{
    [Theory]
    [InlineData(0, "EUR 0.00")]
    [InlineData(5, "EUR 0.05")]
    [InlineData(-5, "EUR -0.05")]
    [InlineData(100, "EUR 1.00")]
    [InlineData(99_999, "EUR 999.99")]
    [InlineData(100_000, "EUR 1,000.00")]
    [InlineData(1_000_000, "EUR 10,000.00")]
    [InlineData(109_035_752, "EUR 1,090,357.52")]
    [InlineData(-6_650_000, "EUR -66,500.00")]
    [InlineData(100_000_000_000_000, "EUR 1,000,000,000,000.00")]
    public void Amounts_are_written_with_thousands_commas_and_two_decimals(long cents, string expected)
    {
        FindingText.Euros(cents).Should().Be(expected);
        FindingText.Euros(Money.FromCents(cents)).Should().Be(expected);
    }

    [Fact]
    public void Every_amount_reads_as_the_invariant_culture_writes_it()
    {
        var random = new SeededRandom(7);
        for (var i = 0; i < 20_000; i++)
        {
            var cents = random.Next(-10_000_000_000_000_000, 10_000_000_000_000_001) / (long)Math.Pow(10, random.Next(16));
            var expected = "EUR " + (cents / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture);
            FindingText.Euros(cents).Should().Be(expected, $"{cents} cents");
        }
    }

    [Fact]
    public void The_smallest_long_is_written_without_overflow()
    {
        FindingText.Euros(long.MinValue).Should().Be("EUR " + (long.MinValue / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture));
    }
}
