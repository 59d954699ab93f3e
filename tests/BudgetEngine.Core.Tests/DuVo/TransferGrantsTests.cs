using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Tests.DuVo;

/// <summary>The plan's side of pass-through: a transfer that no grant of the recipient's scenarios names is flagged on the breakdown.</summary>
public class TransferGrantsTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    private const string Region = "Regio Gooi en Vechtstreek";

    // Illustrative payment and category; the transfer of 75,000 for GHNT projectleiding to the region is seed 001's.
    private static readonly SpendPlan Hilversum = new("GM0402", 2019, [new SpendCategory("Opvang", E(2_925_000m))])
    {
        Payment = E(3_000_000m),
        Transfers = [new PlanTransfer(E(75_000m), Region, "GHNT projectleiding", 2019)],
    };

    private static TransferredGrant Grant(string organisation, string code = "GM0402", int year = 2019) =>
        new(organisation, new Grant("GHNT", E(75_000m), GrantPeriod.CalendarYear(2019), GrantStatus.Awarded) { TransferFrom = new TransferOrigin(code, year) });

    [Fact]
    public void A_transfer_no_grant_of_the_recipient_names_is_flagged_with_its_amount()
    {
        var finding = SpendPlanCalculator.Calculate(Hilversum, transferGrants: []).Findings.Single(f => f.Code == DuVoFindingCode.TransferUnmatched);

        finding.Amount.Should().Be(E(75_000m));
        finding.Year.Should().Be(2019);
        finding.Line.Should().Be("GHNT projectleiding");
    }

    [Fact]
    public void A_transfer_named_by_a_grant_of_the_recipient_is_not_flagged_whatever_its_amount()
    {
        SpendPlanCalculator.Calculate(Hilversum, transferGrants: [Grant(Region)]).Findings.Should().NotContain(f => f.Code == DuVoFindingCode.TransferUnmatched);
    }

    [Fact]
    public void A_grant_of_another_organisation_or_naming_another_plan_does_not_match()
    {
        SpendPlanCalculator.Calculate(Hilversum, transferGrants: [Grant("Regio Utrecht"), Grant(Region, year: 2020), Grant(Region, code: "GM0363")])
            .Findings.Should().ContainSingle(f => f.Code == DuVoFindingCode.TransferUnmatched);
    }

    [Fact]
    public void Without_the_grants_the_transfers_are_not_checked()
    {
        SpendPlanCalculator.Calculate(Hilversum).Findings.Should().NotContain(f => f.Code == DuVoFindingCode.TransferUnmatched);
    }
}
