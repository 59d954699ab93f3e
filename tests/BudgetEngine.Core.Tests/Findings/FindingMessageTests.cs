using System.Text.RegularExpressions;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Tests.Reference;

namespace BudgetEngine.Core.Tests.Findings;

/// <summary>Finding messages live in resource files per language; every message exists in Dutch and English alike.</summary>
public class FindingMessageTests
{
    private static IReadOnlyDictionary<string, string> English => FindingMessage.All(MessageLanguage.English);
    private static IReadOnlyDictionary<string, string> Dutch => FindingMessage.All(MessageLanguage.Dutch);

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_message_exists_in_both_languages()
    {
        English.Should().NotBeEmpty();
        Dutch.Keys.Should().BeEquivalentTo(English.Keys, "a message in one language only would be read in the other's words");
    }

    [Fact]
    public void Every_message_has_the_same_placeholders_in_both_languages()
    {
        foreach (var (id, text) in English)
        {
            Placeholders(Dutch[id]).Should().Equal(Placeholders(text), id);
        }
    }

    [Fact]
    public void Every_finding_of_the_sample_reads_in_both_languages_with_its_amounts_in_each_notation()
    {
        var findings = Reconciler.Reconcile(GooiEnVechtstreek.Scenario(asWrittenInSeed: true)).Findings;

        findings.Should().OnlyContain(f => f.Text != null && f.MessageIn(MessageLanguage.English) == f.Message);
        var mismatch = findings.Single(f => f.Code == FindingCode.DeclaredTotalMismatch);
        mismatch.MessageIn(MessageLanguage.Dutch).Should().Be(
            "Het opgegeven subtotaal van 'Verbinding zorg en onderwijs' voor 2019 is € 50.500,00, maar de regels geven € 40.500,00: een verschil van € 10.000,00.");
        mismatch.MessageIn(MessageLanguage.English).Should().Be(
            "The declared subtotal of 'Verbinding zorg en onderwijs' for 2019 is EUR 50,500.00, but the lines give EUR 40,500.00: it differs by EUR 10,000.00.");
    }

    [Fact]
    public void A_grant_is_described_in_the_readers_language()
    {
        var grant = new BudgetEngine.Core.Scenarios.Grant("PP", BudgetEngine.Core.Amounts.Money.FromEuros(100m),
            BudgetEngine.Core.Scenarios.GrantPeriod.ProjectYear(2019), BudgetEngine.Core.Scenarios.GrantStatus.Conditional) { Id = "pp-1", Project = "Trauma" };

        var description = IncomeSchedule.Describe(grant);

        description.In(MessageLanguage.English).Should().Be("The conditional PP grant 'pp-1' for 'Trauma' (project year Sept 2019 - Aug 2020)");
        description.In(MessageLanguage.Dutch).Should().Be("De voorwaardelijke subsidie van PP 'pp-1' voor 'Trauma' (projectjaar sept 2019 - aug 2020)");
    }

    [Fact]
    public void A_message_id_without_a_text_is_a_programming_error()
    {
        FluentActions.Invoking(() => FindingMessage.Of("No.Such.Message").In(MessageLanguage.Dutch)).Should().Throw<InvalidOperationException>();
    }
}
