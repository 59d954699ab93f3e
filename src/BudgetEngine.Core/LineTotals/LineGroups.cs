using System.Globalization;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.LineTotals;

/// <summary>How lines are grouped for the totals per action line and per taakveld, and in which order the groups come.</summary>
public static class LineGroups
{
    /// <summary>The group of the lines that have no action line (or no taakveld).</summary>
    public const string Unassigned = "unassigned";

    /// <summary>A line's action line as a group key: "1", "2", "3" or <see cref="Unassigned"/>.</summary>
    public static string Actielijn(CostLine line) => line.Actielijn?.ToString(CultureInfo.InvariantCulture) ?? Unassigned;

    /// <summary>A line's taakveld as a group key: its code, or <see cref="Unassigned"/>.</summary>
    public static string Taakveld(CostLine line) => string.IsNullOrEmpty(line.Taakveld) ? Unassigned : line.Taakveld;

    /// <summary>Action lines by number, <see cref="Unassigned"/> last.</summary>
    public static IComparer<string> ActielijnOrder { get; } = Comparer<string>.Create((a, b) => Compare(a, b, key => int.Parse(key, CultureInfo.InvariantCulture)));

    /// <summary>Taakvelden in the order of the Iv3 list, <see cref="Unassigned"/> last.</summary>
    public static IComparer<string> TaakveldOrder { get; } = Comparer<string>.Create((a, b) => Compare(a, b, Iv3Taakvelden.Position));

    private static int Compare(string a, string b, Func<string, int> position)
    {
        if (a == b) return 0;
        if (a == Unassigned) return 1;
        if (b == Unassigned) return -1;
        var c = position(a).CompareTo(position(b));
        return c != 0 ? c : string.CompareOrdinal(a, b);
    }
}
