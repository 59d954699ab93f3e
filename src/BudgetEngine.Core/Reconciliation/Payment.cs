namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// Money of one pot paying one demand: <paramref name="Cents"/>, taken from the pot as it stood in year index
/// <paramref name="FromYear"/>. A payment from a later year than the demand's settles a deficit the pot's source
/// carried (only sources whose money carries over settle late).
/// </summary>
internal readonly record struct Payment(int Pot, int Demand, long Cents, int FromYear);
