using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Scenarios;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Scenarios;

/// <summary>
/// A small valid scenario, built anew on each use, and the checks the validator tests share: the scenario is accepted,
/// or refused with exactly one error at a JSON-pointer path whose message says what is wrong and what to send instead.
/// </summary>
internal static class ValidatorExpectations
{
    /// <summary>The years 2020-2023, two sources, one grant and one line of EUR 50,000 in 2020 and 2021 paid by GHNT.</summary>
    public static Scenario Small() => Scenario(
        2020,
        2023,
        [Source("GHNT", FundingKind.Ghnt), Source("Projectenpool", FundingKind.Projectenpool)],
        [Awarded("GHNT", 100_000, 2020)],
        [Line("Projectleider", "GHNT", (2020, 50_000), (2021, 50_000))]);

    /// <summary>The small scenario with its only line changed by <paramref name="change"/>.</summary>
    public static Scenario WithLine(Func<CostLine, CostLine> change)
    {
        var scenario = Small();
        return scenario with { Lines = [change(scenario.Lines[0])] };
    }

    /// <summary>The small scenario with its only grant changed by <paramref name="change"/>.</summary>
    public static Scenario WithGrant(Func<Grant, Grant> change)
    {
        var scenario = Small();
        return scenario with { Grants = [change(scenario.Grants[0])] };
    }

    public static void ShouldBeAccepted(this Scenario scenario) =>
        ScenarioValidator.Validate(scenario).Select(e => $"{e.Path}: {e.Message}").Should().BeEmpty();

    /// <summary>Exactly one error, at <paramref name="path"/>, whose message contains each of <paramref name="fragments"/>.</summary>
    public static void ShouldBeRefusedAt(this Scenario scenario, string path, params string[] fragments)
    {
        var errors = ScenarioValidator.Validate(scenario);
        errors.Select(e => e.Path).Should().Equal([path], $"the errors were {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}"))}");
        foreach (var fragment in fragments) errors[0].Message.Should().Contain(fragment);
    }
}
