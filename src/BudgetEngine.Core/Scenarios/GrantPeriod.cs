namespace BudgetEngine.Core.Scenarios;

/// <summary>The kind of period a grant is for.</summary>
public enum PeriodKind
{
    /// <summary>A calendar year, January to December.</summary>
    CalendarYear,
    /// <summary>A projectenpool project year: 1 September of <see cref="GrantPeriod.Year"/> to 31 August of the next year.</summary>
    ProjectYear,
}

/// <summary>The period a grant is for.</summary>
/// <param name="Kind">Calendar year or project year.</param>
/// <param name="Year">The calendar year, or the year in which the project year starts.</param>
public readonly record struct GrantPeriod(PeriodKind Kind, int Year)
{
    /// <summary>The calendar year <paramref name="year"/>.</summary>
    public static GrantPeriod CalendarYear(int year) => new(PeriodKind.CalendarYear, year);

    /// <summary>The project year from 1 September <paramref name="startYear"/> to 31 August of the next year.</summary>
    public static GrantPeriod ProjectYear(int startYear) => new(PeriodKind.ProjectYear, startYear);

    /// <summary>The calendar year in which the period starts.</summary>
    public int StartYear => Year;

    /// <summary>The calendar year in which the period ends.</summary>
    public int EndYear => Kind == PeriodKind.ProjectYear ? Year + 1 : Year;

    /// <summary>How many months of the period fall in each calendar year, in year order.</summary>
    public IReadOnlyList<(int Year, int Months)> MonthsPerYear => Kind == PeriodKind.ProjectYear
        ? [(Year, 4), (Year + 1, 8)]
        : [(Year, 12)];

    /// <inheritdoc />
    public override string ToString() => Kind == PeriodKind.ProjectYear
        ? $"project year Sept {Year} - Aug {Year + 1}"
        : $"{Year}";
}
