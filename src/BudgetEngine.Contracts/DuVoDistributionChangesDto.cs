using System.Text.Json.Serialization;

namespace BudgetEngine.Contracts;

/// <summary>
/// What version <c>version</c> of a year's national distribution changes against version <c>from</c> (e.g. the septembercirculaire
/// against the meicirculaire): the total, each component, each circular and each centrumgemeente, each with its amount in both versions
/// and the difference (later minus earlier). Everything either version pays is listed; <c>change</c> says added (only the later version
/// has it), removed (only the earlier), changed, and is left out when nothing changed.
/// </summary>
/// <param name="Year">The payment year.</param>
/// <param name="From">The earlier version (0: nothing before version 1, so everything is added).</param>
/// <param name="Version">The later version.</param>
/// <param name="Total">All payments in both versions and the difference.</param>
/// <param name="Components">Each component: the later version's in its order, then those only the earlier has. A distribution without components is one without a name.</param>
/// <param name="Circulars">What each circular's components pay: in the order they first appear in the later version, then those only the earlier has (empty without components).</param>
/// <param name="Centrumgemeenten">Each centrumgemeente either version pays, by CBS code, with its components and circulars.</param>
public sealed record DuVoDistributionChangesDto(
    int Year,
    int From,
    int Version,
    AmountChangeDto Total,
    IReadOnlyList<DuVoComponentChangeDto> Components,
    IReadOnlyList<DuVoCircularChangeDto> Circulars,
    IReadOnlyList<DuVoCentrumgemeenteChangeDto> Centrumgemeenten);

/// <summary>A component in two versions of a distribution (of the whole distribution, or of one centrumgemeente).</summary>
/// <param name="Component">Its name; left out for a distribution without components.</param>
/// <param name="Change">added, removed or changed (in amount or circular); left out when the same.</param>
/// <param name="CircularBefore">Its circular in the earlier version; left out when added or without components.</param>
/// <param name="CircularAfter">Its circular in the later version; left out when removed or without components.</param>
/// <param name="Before">What it pays in the earlier version (0.00 when added).</param>
/// <param name="After">What it pays in the later version (0.00 when removed).</param>
/// <param name="Difference">After minus before.</param>
public sealed record DuVoComponentChangeDto(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Component,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChangeDto? Change,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CircularBefore,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CircularAfter,
    decimal Before,
    decimal After,
    decimal Difference);

/// <summary>What the components of one circular pay in two versions of a distribution.</summary>
/// <param name="Circular">The circular, e.g. "septembercirculaire 2019".</param>
/// <param name="Change">added, removed or changed; left out when the same.</param>
/// <param name="Before">What its components pay in the earlier version (0.00 when added).</param>
/// <param name="After">What its components pay in the later version (0.00 when removed).</param>
/// <param name="Difference">After minus before.</param>
public sealed record DuVoCircularChangeDto(
    string Circular,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChangeDto? Change,
    decimal Before,
    decimal After,
    decimal Difference);

/// <summary>One centrumgemeente in two versions of a distribution.</summary>
/// <param name="Code">Its CBS code.</param>
/// <param name="Name">Its name (in the later version, else the earlier).</param>
/// <param name="Change">added (only the later version pays it), removed (only the earlier), changed (its payment or one of its components); left out when the same.</param>
/// <param name="Before">Its payment in the earlier version (0.00 when added).</param>
/// <param name="After">Its payment in the later version (0.00 when removed).</param>
/// <param name="Difference">After minus before.</param>
/// <param name="Components">Its part of each component either version pays it.</param>
/// <param name="Circulars">Its part of each circular either version pays it (empty without components).</param>
public sealed record DuVoCentrumgemeenteChangeDto(
    string Code,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChangeDto? Change,
    decimal Before,
    decimal After,
    decimal Difference,
    IReadOnlyList<DuVoComponentChangeDto> Components,
    IReadOnlyList<DuVoCircularChangeDto> Circulars);
