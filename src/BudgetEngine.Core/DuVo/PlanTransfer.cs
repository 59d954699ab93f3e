using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.DuVo;

/// <summary>
/// Money the centrumgemeente passes on from its payment to another organisation, e.g. GHNT's regional project leadership,
/// "toegevoegd aan de uitkering van de centrumgemeente Hilversum en via een begrotingswijziging naar de Regio overgemaakt" (seed 001).
/// A scenario grant names it as its origin (<see cref="Scenarios.TransferOrigin"/>); the reconciliation compares the two.
/// </summary>
/// <param name="Amount">What is passed on (zero or more).</param>
/// <param name="Recipient">The organisation that receives it, as its scenarios name it (e.g. "Regio Gooi en Vechtstreek").</param>
/// <param name="Purpose">What it is for, e.g. "GHNT projectleiding".</param>
/// <param name="Year">The year the transfer is booked (the begrotingswijziging).</param>
public sealed record PlanTransfer(Money Amount, string Recipient, string Purpose, int Year);
