using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.DuVo;

/// <summary>
/// A part of a year's DU VO announced in a circular of its own: the basis, the Veilig Thuis money added through the
/// Interbestuurlijk Programma, GHNT's regional project leadership. A centrumgemeente's payment is the sum of its shares of
/// the components (see <see cref="ComponentDistribution"/>).
/// </summary>
/// <param name="Name">The component's name, unique within the distribution (e.g. "Veilig Thuis (IBP)").</param>
/// <param name="Circular">The circular that announced it, e.g. "meicirculaire 2019".</param>
public abstract record DistributionComponent(string Name, string Circular);

/// <summary>
/// A component distributed by a key: its own macro budget, phase-in, loss cap and transition budget, calculated exactly as a
/// distribution without components (<see cref="DuVoDistribution"/>).
/// </summary>
/// <param name="Name">The component's name.</param>
/// <param name="Circular">The circular that announced it.</param>
/// <param name="MacroBudget">Its macro budget (above zero).</param>
/// <param name="Centrumgemeenten">Its historical amount and key weight per centrumgemeente (codes of the distribution's centrumgemeenten).</param>
public sealed record KeyedComponent(string Name, string Circular, Money MacroBudget, IReadOnlyList<ComponentEntry> Centrumgemeenten)
    : DistributionComponent(Name, Circular)
{
    /// <summary>Its phase-in fraction (0..1); null takes the distribution's.</summary>
    public decimal? PhaseIn { get; init; }

    /// <summary>Its transition budget; none when null.</summary>
    public TransitionBudget? TransitionBudget { get; init; }

    /// <summary>Its loss cap; none when null.</summary>
    public LossCap? LossCap { get; init; }
}

/// <summary>A component of fixed amounts per centrumgemeente, e.g. GHNT's EUR 75,000 for regional project leadership.</summary>
/// <param name="Name">The component's name.</param>
/// <param name="Circular">The circular that announced it.</param>
/// <param name="Amounts">The amount per centrumgemeente (codes of the distribution's centrumgemeenten, each once).</param>
public sealed record FixedComponent(string Name, string Circular, IReadOnlyList<FixedAmount> Amounts)
    : DistributionComponent(Name, Circular);

/// <summary>A centrumgemeente in a keyed component.</summary>
/// <param name="Code">Its CBS code, one of the distribution's centrumgemeenten.</param>
/// <param name="Historical">Its historical amount of this component (zero or more).</param>
/// <param name="KeyWeight">Its weight under this component's key (zero or more).</param>
public sealed record ComponentEntry(string Code, Money Historical, decimal KeyWeight);

/// <summary>A fixed amount for one centrumgemeente.</summary>
/// <param name="Code">Its CBS code, one of the distribution's centrumgemeenten.</param>
/// <param name="Amount">The amount (zero or more).</param>
public sealed record FixedAmount(string Code, Money Amount);
