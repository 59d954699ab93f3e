using BudgetEngine.Core.DuVo;

namespace BudgetEngine.Core.Municipalities;

/// <summary>
/// A municipality as CBS lists it: its code, its name and the days it existed. A municipality that was merged or split names the
/// municipalities that took it over (its successors).
/// </summary>
/// <param name="Code">Its CBS code, e.g. GM0620.</param>
/// <param name="Name">Its name, e.g. Vianen.</param>
public sealed record Municipality(CbsCode Code, string Name)
{
    /// <summary>Its first day; null when it existed before the list's first year.</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>Its last day (Vianen: 2018-12-31); null while it exists.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>The municipalities that took it over on the day after <see cref="ValidUntil"/>; empty while it exists.</summary>
    public IReadOnlyList<CbsCode> Successors { get; init; } = [];

    /// <summary>Whether it exists on <paramref name="day"/>.</summary>
    public bool ExistsOn(DateOnly day) => (ValidFrom is not { } from || from <= day) && (ValidUntil is not { } until || day <= until);
}
