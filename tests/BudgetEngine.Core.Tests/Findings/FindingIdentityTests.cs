using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.Tests.Findings;

/// <summary>What makes two findings, or two messages, the same.</summary>
public class FindingIdentityTests
{
    [Fact]
    public void A_findings_key_is_its_code_year_source_and_line_not_its_amount()
    {
        var finding = new Finding(FindingCode.OverAllocated, Severity.Error, 2020, "GHNT", "Training", Money.FromCents(100), "over-allocated");

        finding.Key.Should().Be($"{FindingCode.OverAllocated}|2020|GHNT|Training");
        (finding with { Amount = Money.FromCents(200) }).Key.Should().Be(finding.Key);
    }

    [Fact]
    public void Messages_that_differ_in_id_or_in_a_value_hash_differently()
    {
        // A set or dictionary of messages spreads them by their hash: equal messages hash alike, different ones apart.
        var message = FindingMessage.Of("OverspentLine", MessageArgument.Text("Training"), MessageArgument.Number(2020));

        FindingMessage.Of("OverspentLine", MessageArgument.Text("Training"), MessageArgument.Number(2020)).GetHashCode().Should().Be(message.GetHashCode());
        FindingMessage.Of("PmAmount", MessageArgument.Text("Training"), MessageArgument.Number(2020)).GetHashCode().Should().NotBe(message.GetHashCode());
        FindingMessage.Of("OverspentLine", MessageArgument.Text("Training"), MessageArgument.Number(2021)).GetHashCode().Should().NotBe(message.GetHashCode());
    }
}
