using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>
/// Pass-through (seed 001): GHNT money is "toegevoegd aan de uitkering van de centrumgemeente Hilversum (GM0402) en via een begrotingswijziging
/// naar de Regio overgemaakt". A grant that names Hilversum's plan as its origin is compared with the plan's transfer.
/// </summary>
public class TransferComparisonTests
{
    private const string Region = "Regio Gooi en Vechtstreek";

    // Seed 001: 75,000 for GHNT's regional project leadership in 2019.
    private static Scenario Gooi(decimal grant = 75_000m, int awardYear = 2019, string? purpose = null) =>
        Scenario(2019, 2019, [Source("GHNT")],
            [Awarded("GHNT", grant, 2019) with { AwardYear = awardYear, Description = "Bijdrage regionale projectleiding 2019", TransferFrom = new TransferOrigin("GM0402", 2019) { Purpose = purpose } }],
            [Line("Projectleider", "GHNT", (2019, 75_000m))]) with { Organisation = Region };

    private static PlanTransfers Hilversum(params PlanTransfer[] transfers) => new("GM0402", 2019, transfers);

    private static PlanTransfer Transfer(decimal amount, int year, string purpose = "GHNT projectleiding", string recipient = Region) =>
        new(Eur(amount), recipient, purpose, year);

    [Fact]
    public void A_grant_that_equals_its_transfer_in_amount_and_year_gives_no_finding()
    {
        TransferComparison.Compare(Gooi(), [Hilversum(Transfer(75_000m, 2019))]).Should().BeEmpty();
    }

    [Fact]
    public void A_transfer_of_another_amount_is_a_mismatch_naming_both_figures_and_the_difference()
    {
        // Grant 75,000, transfer 70,000: a difference of 5,000.
        var finding = TransferComparison.Compare(Gooi(), [Hilversum(Transfer(70_000m, 2019))]).Single();

        finding.Code.Should().Be("TRANSFER_MISMATCH");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Year.Should().Be(2019);
        finding.Amount.Should().Be(Eur(5_000m));
        finding.Text!.Id.Should().Be("Transfer.Amount");
        finding.Message.Should().Contain("75,000.00").And.Contain("70,000.00").And.Contain("5,000.00");
    }

    [Fact]
    public void A_transfer_booked_in_another_year_than_the_grant_counts_in_is_a_mismatch_naming_both_years()
    {
        // The region counts the 2019 money in 2019; Hilversum books the begrotingswijziging in 2020.
        var finding = TransferComparison.Compare(Gooi(), [Hilversum(Transfer(75_000m, 2020))]).Single();

        finding.Text!.Id.Should().Be("Transfer.Year");
        finding.Amount.Should().Be(Eur(75_000m));
        finding.Message.Should().Contain("counts in 2019").And.Contain("booked in 2020");
    }

    [Fact]
    public void A_grant_whose_plan_is_not_stored_or_passes_nothing_on_to_the_organisation_is_a_mismatch()
    {
        TransferComparison.Compare(Gooi(), [new PlanTransfers("GM0402", 2019, null)]).Single().Text!.Id.Should().Be("Transfer.NoPlan");
        TransferComparison.Compare(Gooi(), [Hilversum(Transfer(75_000m, 2019, recipient: "Regio Utrecht"))]).Single().Text!.Id.Should().Be("Transfer.None");
    }

    [Fact]
    public void The_purpose_the_grant_names_picks_the_transfer_among_several_to_the_organisation()
    {
        // Two transfers to the region; the grant names "GHNT projectleiding", whose 75,000 matches.
        var plan = Hilversum(Transfer(30_000m, 2019, purpose: "Veilig Thuis coördinatie"), Transfer(75_000m, 2019));

        TransferComparison.Compare(Gooi(purpose: "GHNT projectleiding"), [plan]).Should().BeEmpty();
        TransferComparison.Compare(Gooi(purpose: "Veilig Thuis coördinatie"), [plan]).Single().Amount.Should().Be(Eur(45_000m));
    }

    [Fact]
    public void The_reconciliation_carries_the_mismatch_among_its_findings()
    {
        var scenario = Gooi();
        var reconciliation = Reconciler.Reconcile(scenario);

        Reconciler.WithTransfers(reconciliation, scenario, [Hilversum(Transfer(70_000m, 2019))]).Findings
            .Should().ContainSingle(f => f.Code == "TRANSFER_MISMATCH");
    }
}
