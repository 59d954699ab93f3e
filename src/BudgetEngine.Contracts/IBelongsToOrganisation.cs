namespace BudgetEngine.Contracts;

/// <summary>A request body that belongs to an organisation (a scenario names its own).</summary>
public interface IBelongsToOrganisation
{
    /// <summary>The organisation the body is for.</summary>
    string? Organisation { get; }
}
