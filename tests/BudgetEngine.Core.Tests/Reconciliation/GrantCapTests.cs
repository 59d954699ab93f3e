using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>
/// A grant cap limits what a source's grants of one round add up to (the projectenpool's round 2020/21: at most
/// EUR 192,000 per region); above it, GRANT_CAP_EXCEEDED with the excess. A grant belongs to the round it names, else
/// to its period.
/// </summary>
public class GrantCapTests
{
    private static readonly GrantCap Round2020 = new("Projectenpool", GrantPeriod.ProjectYear(2020), Eur(192_000));

    private static Grant ProjectYear(decimal amount, int year, GrantStatus status = GrantStatus.Awarded, int? round = null) =>
        new("Projectenpool", Eur(amount), GrantPeriod.ProjectYear(year), status) { Round = round is { } r ? GrantPeriod.ProjectYear(r) : null };

    private static Finding[] Exceeded(Grant[] grants, GrantCap[] caps, ReconciliationOptions? options = null) =>
        Reconciler.Reconcile(Scenario(2020, 2022, [Source("Projectenpool"), Source("GHNT")], grants,
            [Line("Project", "Projectenpool", (2020, 10_000))]) with { GrantCaps = caps }, options)
            .Findings.Where(f => f.Code == ReconciliationFindingCodes.GrantCapExceeded).ToArray();

    [Fact]
    public void Grants_of_a_round_above_its_cap_give_GRANT_CAP_EXCEEDED_with_the_excess()
    {
        // 100,000 for project year 2020/21 and 100,000 awarded in that round for the next: 200,000 - 192,000 = 8,000 over.
        var found = Exceeded([ProjectYear(100_000, 2020), ProjectYear(100_000, 2021, round: 2020)], [Round2020]);

        found.Select(f => (f.Year, f.Source, f.Line, f.Amount, f.Severity)).Should().Equal(((int?)2020, "Projectenpool", (string?)null, (Money?)Eur(8_000), Severity.Error));
    }

    [Fact]
    public void Grants_that_add_up_to_the_cap_give_no_finding()
    {
        // 96,000 + 96,000 = 192,000: at the cap, not above it.
        Exceeded([ProjectYear(96_000, 2020), ProjectYear(96_000, 2020)], [Round2020]).Should().BeEmpty();
    }

    [Fact]
    public void A_grant_without_a_round_counts_under_the_round_of_its_period()
    {
        // The 2021/22 grant is not of the round 2020/21: 100,000 counts, below 192,000.
        Exceeded([ProjectYear(100_000, 2020), ProjectYear(100_000, 2021)], [Round2020]).Should().BeEmpty();
    }

    [Fact]
    public void Rejected_grants_never_count_and_conditional_ones_only_when_included()
    {
        // Awarded 100,000 + conditional 100,000 = 200,000 (8,000 over); the rejected 50,000 never counts.
        Grant[] grants = [ProjectYear(100_000, 2020), ProjectYear(100_000, 2020, GrantStatus.Conditional), ProjectYear(50_000, 2020, GrantStatus.Rejected)];

        Exceeded(grants, [Round2020]).Single().Amount.Should().Be(Eur(8_000));
        Exceeded(grants, [Round2020], new ReconciliationOptions { IncludeConditional = false }).Should().BeEmpty("without the conditional grant 100,000 is asked");
    }

    [Fact]
    public void A_calendar_year_cap_counts_its_sources_grants_of_that_year_named_ignoring_case_and_spaces()
    {
        // GHNT 2021: 75,000 + 5,000 = 80,000 against a cap of 75,000: 5,000 over; the 2020 grant and the projectenpool's are of other rounds.
        var cap = new GrantCap(" ghnt ", GrantPeriod.CalendarYear(2021), Eur(75_000));
        Grant[] grants = [Awarded("GHNT", 75_000, 2021), Awarded("GHNT", 5_000, 2021), Awarded("GHNT", 75_000, 2020), ProjectYear(100_000, 2021)];

        var found = Exceeded(grants, [cap]).Single();

        (found.Year, found.Source, found.Amount).Should().Be(((int?)2021, "GHNT", (Money?)Eur(5_000)));
    }

    [Fact]
    public void The_finding_says_the_round_what_its_grants_ask_the_excess_and_the_cap_in_both_languages()
    {
        var found = Exceeded([ProjectYear(100_000, 2020), ProjectYear(100_000, 2021, round: 2020)], [Round2020]).Single();

        found.Message.Should().Be("The Projectenpool grants of the round for project year Sept 2020 - Aug 2021 add up to EUR 200,000.00: EUR 8,000.00 above the cap of EUR 192,000.00 that Projectenpool allows for the round.");
        found.MessageIn(MessageLanguage.Dutch).Should().Be("De subsidies van Projectenpool uit de ronde voor projectjaar sept 2020 - aug 2021 zijn samen € 200.000,00: € 8.000,00 boven het plafond van € 192.000,00 dat Projectenpool voor de ronde toestaat.");
    }
}
