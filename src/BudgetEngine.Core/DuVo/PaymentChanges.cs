using BudgetEngine.Core.Amendments;
using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.DuVo;

/// <summary>What changed for one centrumgemeente between two versions of a year's distribution.</summary>
/// <param name="Code">Its CBS code.</param>
/// <param name="Name">Its name (in the later version, else the earlier).</param>
/// <param name="Change">Added (only the later version pays it), removed (only the earlier), changed (its payment or one of its components); null when the same.</param>
/// <param name="Before">Its payment in the earlier version (zero when it was not in it).</param>
/// <param name="After">Its payment in the later version (zero when it is not in it).</param>
/// <param name="Components">Its part of each component either version pays it.</param>
/// <param name="Circulars">Its part of each circular either version pays it (empty without components).</param>
public sealed record CentrumgemeenteChange(
    CbsCode Code,
    string Name,
    Change? Change,
    Money Before,
    Money After,
    IReadOnlyList<ComponentChange> Components,
    IReadOnlyList<CircularChange> Circulars)
{
    /// <summary>The later payment less the earlier one.</summary>
    public Money Difference => After - Before;
}

/// <summary>A component in either of two versions of a distribution (of the whole distribution, or of one centrumgemeente).</summary>
/// <param name="Component">Its name; null for a distribution without components.</param>
/// <param name="Change">Added, removed, changed (in amount or circular); null when the same.</param>
/// <param name="CircularBefore">Its circular in the earlier version (null when added or without components).</param>
/// <param name="CircularAfter">Its circular in the later version (null when removed or without components).</param>
/// <param name="Before">What it pays in the earlier version.</param>
/// <param name="After">What it pays in the later version.</param>
public sealed record ComponentChange(string? Component, Change? Change, string? CircularBefore, string? CircularAfter, Money Before, Money After)
{
    /// <summary>The later payment less the earlier one.</summary>
    public Money Difference => After - Before;
}

/// <summary>What the components of one circular pay in either of two versions of a distribution.</summary>
/// <param name="Circular">The circular, e.g. "septembercirculaire 2019".</param>
/// <param name="Change">Added, removed, changed (in amount); null when the same.</param>
/// <param name="Before">What its components pay in the earlier version.</param>
/// <param name="After">What its components pay in the later version.</param>
public sealed record CircularChange(string Circular, Change? Change, Money Before, Money After)
{
    /// <summary>The later payment less the earlier one.</summary>
    public Money Difference => After - Before;
}
