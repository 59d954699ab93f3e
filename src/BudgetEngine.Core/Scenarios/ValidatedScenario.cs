using BudgetEngine.Core.Validation;

namespace BudgetEngine.Core.Scenarios;

/// <summary>
/// A scenario that <see cref="ScenarioValidator"/> found valid: only <see cref="ScenarioValidator.Check"/> makes one, so the
/// reconciler takes it without checking again.
/// </summary>
public sealed class ValidatedScenario
{
    internal ValidatedScenario(Scenario scenario) => Scenario = scenario;

    /// <summary>The scenario, valid.</summary>
    public Scenario Scenario { get; }

    /// <summary>A validated scenario is a scenario.</summary>
    public static implicit operator Scenario(ValidatedScenario valid) => valid.Scenario;
}
