using BudgetEngine.Core.DuVo;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Core.Municipalities;

/// <summary>
/// The municipalities over time, as CBS publishes them ("Gemeentelijke indelingen per jaar"): data handed to the calculations, never
/// read by the core itself. A code named for year Y must belong to a municipality that exists on 31 December of Y: the municipality
/// that pays at the end of the year. Weesp (merged into Amsterdam on 2022-03-24) is therefore dissolved in 2022, Vianen (into
/// Vijfheerenlanden on 2019-01-01) in 2019.
/// </summary>
public sealed class MunicipalityRegistry
{
    private readonly Dictionary<CbsCode, Municipality> _byCode;

    /// <param name="source">Where the list comes from, e.g. CBS, Gemeentelijke indelingen per jaar.</param>
    /// <param name="date">The date of the list.</param>
    /// <param name="municipalities">Every municipality, each code once (a second one with a code is refused by <see cref="Validate"/>).</param>
    public MunicipalityRegistry(string source, DateOnly date, IReadOnlyList<Municipality> municipalities)
    {
        Source = source;
        Date = date;
        Municipalities = municipalities;
        // Stryker disable once Linq : a group has at least one member, so First and FirstOrDefault give the same
        _byCode = municipalities.GroupBy(m => m.Code).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>Where the list comes from.</summary>
    public string Source { get; }

    /// <summary>The date of the list.</summary>
    public DateOnly Date { get; }

    /// <summary>Every municipality, in the order given.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>The municipality with <paramref name="code"/>, or null when the list has none.</summary>
    public Municipality? Find(CbsCode code) => _byCode.TryGetValue(code, out var found) ? found : null;

    /// <summary>What the list says of <paramref name="code"/> named for <paramref name="year"/> (judged on 31 December of the year).</summary>
    public MunicipalityStanding StandingIn(CbsCode code, int year)
    {
        if (Find(code) is not { } municipality) return MunicipalityStanding.Unknown;
        var endOfYear = new DateOnly(year, 12, 31);
        if (municipality.ExistsOn(endOfYear)) return MunicipalityStanding.Exists;
        // Stryker disable once Equality : a municipality whose last day is 31 December exists on it, which was answered above
        return municipality.ValidUntil is { } until && until < endOfYear ? MunicipalityStanding.Dissolved : MunicipalityStanding.NotYetFormed;
    }

    /// <summary>
    /// Checks a list (paths relative to the list: /source, /municipalities/3/validUntil, ...); empty when valid. Every code once,
    /// a name each, a last day not before the first, and successors only for a municipality that ended, each a code of the list
    /// that exists on the day after.
    /// </summary>
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(Source)) errors.Add(FieldPath.Of("source"), "Municipalities.SourceMissing");
        var all = FieldPath.Of("municipalities");
        if (Municipalities.Count == 0)
        {
            errors.Add(all, "Municipalities.ListEmpty");
            return errors.ToList();
        }
        var seen = new HashSet<CbsCode>();
        for (var i = 0; i < Municipalities.Count; i++)
        {
            var municipality = Municipalities[i];
            var path = all.Then(i);
            if (!seen.Add(municipality.Code)) errors.Add(path.Then("code"), "DuVo.CodeTwice", MessageArgument.Text(municipality.Code.Value));
            if (string.IsNullOrWhiteSpace(municipality.Name)) errors.Add(path.Then("name"), "DuVo.NameMissing");
            if (municipality.ValidFrom is { } from && municipality.ValidUntil is { } until && until < from)
                errors.Add(path.Then("validUntil"), "Municipalities.EndsBeforeStart", MessageArgument.Text(Iso(until)), MessageArgument.Text(Iso(from)));
            if (municipality.Successors.Count > 0 && municipality.ValidUntil is null)
                errors.Add(path.Then("successors"), "Municipalities.SuccessorsWithoutEnd");
        }
        for (var i = 0; i < Municipalities.Count; i++)
        {
            var municipality = Municipalities[i];
            for (var j = 0; j < municipality.Successors.Count; j++)
            {
                var successor = municipality.Successors[j];
                var path = all.Then(i, "successors", j);
                if (successor == municipality.Code)
                    errors.Add(path, "Municipalities.SuccessorItself", MessageArgument.Text(successor.Value));
                else if (Find(successor) is not { } found)
                    errors.Add(path, "Municipalities.SuccessorUnknown", MessageArgument.Text(successor.Value));
                else if (municipality.ValidUntil is { } until && !found.ExistsOn(until.AddDays(1)))
                    errors.Add(path, "Municipalities.SuccessorNotThere", MessageArgument.Text(successor.Value), MessageArgument.Text(Iso(until.AddDays(1))));
            }
        }
        return errors.ToList();
    }

    /// <summary>A day as ISO 8601 (2019-01-01), the way the list and the messages write it.</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
