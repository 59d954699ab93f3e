using BudgetEngine.Core.Amounts;
using BudgetEngine.Contracts;

namespace BudgetEngine.Formats.Read;

/// <summary>
/// A budget table ("begroting") as read from a sheet: the years of its header, its cost lines with their coverage
/// ("Dekking"), and the totals and results it declares. Every part remembers its row so errors can point at it.
/// </summary>
/// <param name="Title">The header row's first cell (e.g. "Begroting GHNT"); may be empty.</param>
/// <param name="Years">The year columns, left to right.</param>
/// <param name="CoverageColumn">The "Dekking" column, from 0.</param>
/// <param name="CoverageHeader">Its header text as written.</param>
/// <param name="Lines">The cost lines, top to bottom.</param>
/// <param name="Totals">The "Totaal" row, if any: declared yearly totals.</param>
/// <param name="Results">The "Resultaat" row, if any: declared yearly results (closing balances).</param>
/// <param name="Grants">The Baten rows' grants, top to bottom (a grant per amount cell); empty when the table has no Baten.</param>
public sealed record BudgetTable(
    string Title,
    IReadOnlyList<TableYear> Years,
    int CoverageColumn,
    string CoverageHeader,
    IReadOnlyList<TableLine> Lines,
    DeclaredRow? Totals,
    DeclaredRow? Results,
    IReadOnlyList<TableGrant> Grants)
{
    /// <summary>The "Totaal actielijn N" rows: declared subtotals of action lines, top to bottom.</summary>
    public IReadOnlyList<ActielijnTotalRow> ActielijnTotals { get; init; } = [];

    /// <summary>The column of <paramref name="year"/>, if the header has it.</summary>
    public TableYear? YearColumn(int year) => Years.FirstOrDefault(y => y.Year == year);
}

/// <summary>A year column of the header.</summary>
/// <param name="Year">The year.</param>
/// <param name="Column">The column, from 0.</param>
/// <param name="Header">The header text as written.</param>
public sealed record TableYear(int Year, int Column, string Header);

/// <summary>A cost line of the table.</summary>
/// <param name="Row">The row it is in.</param>
/// <param name="Name">The line's name, markers ("**") and repeated spaces removed.</param>
/// <param name="Amounts">The cost per year; empty cells are absent.</param>
/// <param name="Coverage">The sources of the "Dekking" cell in the written order ("GHNT/ Projectenpool" gives two).</param>
public sealed record TableLine(int Row, string Name, IReadOnlyDictionary<int, Money> Amounts, IReadOnlyList<string> Coverage)
{
    /// <summary>The actielijn (Actielijn column), if given.</summary>
    public int? Actielijn { get; init; }

    /// <summary>The tags (Kenmerken column, separated by commas).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The project whose earmarked grants may pay the line (Project column), if any.</summary>
    public string? Project { get; init; }

    /// <summary>The Iv3 taakveld (Taakveld column), if given.</summary>
    public string? Taakveld { get; init; }

    /// <summary>The years whose cell says p.m. (an amount not yet known), left to right.</summary>
    public IReadOnlyList<int> PmYears { get; init; } = [];

    /// <summary>The actual cost per year (the Realisatie columns); years not yet accounted for are absent.</summary>
    public IReadOnlyDictionary<int, Money> Actuals { get; init; } = new Dictionary<int, Money>();

    /// <summary>The table's Realisatie columns, so that an error in an actual cost can point at its cell.</summary>
    public IReadOnlyList<TableYear> ActualColumns { get; init; } = [];
}

/// <summary>A row of declared figures ("Totaal" or "Resultaat").</summary>
/// <param name="Row">The row it is in.</param>
/// <param name="Amounts">The figure per year; empty cells are absent.</param>
public sealed record DeclaredRow(int Row, IReadOnlyDictionary<int, Money> Amounts);

/// <summary>A grant read from a Baten row: one amount cell of the row.</summary>
/// <param name="Row">The row it is in.</param>
/// <param name="Column">The amount's column.</param>
/// <param name="Description">The row's name (its markers removed).</param>
/// <param name="Year">The year of the amount's column: the period's year.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Source">The source of the Dekking cell.</param>
/// <param name="Conditional">True when the row says "onder voorbehoud" (Status column, "**" marker or the words in its name).</param>
/// <param name="Rejected">True when the Status column says afgewezen.</param>
/// <param name="ProjectYear">True when the Periode column says projectjaar (September to August); else a calendar year.</param>
/// <param name="Project">The project the grant is earmarked for (Project column), if any.</param>
/// <param name="AwardYear">The year it was awarded (Toegekend in column), if given.</param>
/// <param name="Id">The grant's id (Id column), if given.</param>
public sealed record TableGrant(
    int Row, int Column, string Description, int Year, Money Amount, string Source,
    bool Conditional, bool Rejected, bool ProjectYear, string? Project, int? AwardYear, string? Id)
{
    /// <summary>True when the cell says p.m.: income expected, its amount not yet known (the amount is zero).</summary>
    public bool Pm { get; init; }

    /// <summary>The round it was applied for in, the year a project year starts (Ronde column), if given.</summary>
    public int? Round { get; init; }

    /// <summary>What happens to its unspent part (Onbesteed column), if given.</summary>
    public UnspentRuleDto? Unspent { get; init; }

    /// <summary>What it actually received (the Realisatie column of its year), if given.</summary>
    public Money? Received { get; init; }

    /// <summary>The Realisatie column of its year, if the table has one.</summary>
    public TableYear? ReceivedColumn { get; init; }
}

/// <summary>A row declaring an action line's subtotal ("Totaal actielijn 2").</summary>
/// <param name="Name">The row's name as written (markers removed).</param>
/// <param name="Actielijn">The action line it names.</param>
/// <param name="Row">Its row and declared figures.</param>
public sealed record ActielijnTotalRow(string Name, int Actielijn, DeclaredRow Row);
