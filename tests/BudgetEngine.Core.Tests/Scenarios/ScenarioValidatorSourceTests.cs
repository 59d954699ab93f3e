using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;
using static BudgetEngine.Core.Tests.Scenarios.ValidatorExpectations;

namespace BudgetEngine.Core.Tests.Scenarios;

/// <summary>A funding source has a code of its own, a known kind and no opening balance below zero.</summary>
public class ScenarioValidatorSourceTests
{
    private static Scenario WithSecondSource(Func<FundingSource, FundingSource> change)
    {
        var scenario = Small();
        return scenario with { Sources = [scenario.Sources[0], change(scenario.Sources[1])] };
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_source_without_a_code_is_refused_at_its_code(string code) =>
        WithSecondSource(s => s with { Code = code }).ShouldBeRefusedAt("/sources/1/code", "Give the source a code.");

    [Fact]
    public void A_code_taken_by_an_earlier_source_ignoring_case_and_spaces_is_refused_naming_the_code_as_written() =>
        WithSecondSource(s => s with { Code = " ghnt " }).ShouldBeRefusedAt(
            "/sources/1/code", "The code ' ghnt ' is used by another source; codes must be unique (ignoring case).");

    [Fact]
    public void An_opening_balance_of_zero_is_accepted() =>
        WithSecondSource(s => s with { OpeningBalance = Eur(0) }).ShouldBeAccepted();

    [Fact]
    public void An_opening_balance_below_zero_is_refused_at_openingBalance() =>
        WithSecondSource(s => s with { OpeningBalance = Eur(-0.01m) })
            .ShouldBeRefusedAt("/sources/1/openingBalance", "An opening balance cannot be below zero.");

    [Fact]
    public void A_kind_of_source_the_domain_does_not_know_is_refused_at_kind() =>
        WithSecondSource(s => s with { Kind = (FundingKind)99 }).ShouldBeRefusedAt("/sources/1/kind", "Unknown kind of source.");
}
