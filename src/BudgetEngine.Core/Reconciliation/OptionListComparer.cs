namespace BudgetEngine.Core.Reconciliation;

/// <summary>Option lists are alike when they name the same sources (by code) at the same ranks, in the same order.</summary>
internal sealed class OptionListComparer : IEqualityComparer<DemandOption[]>
{
    public static readonly OptionListComparer Instance = new();

    public bool Equals(DemandOption[]? x, DemandOption[]? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null || x.Length != y.Length) return false;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i].Rank != y[i].Rank || !string.Equals(x[i].Source.Code, y[i].Source.Code, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    public int GetHashCode(DemandOption[] options)
    {
        var hash = new HashCode();
        // Stryker disable once all : lists alike hash alike; a weaker hash (even none) only makes more lists collide, which Equals tells apart
        for (var i = 0; i < options.Length; i++)
        {
            hash.Add(options[i].Source.Code, StringComparer.Ordinal);
            hash.Add(options[i].Rank);
        }
        return hash.ToHashCode();
    }
}
