namespace BudgetEngine.Formats.Write;

/// <summary>How a cell of a sheet looks.</summary>
public enum XlsxStyle
{
    /// <summary>Plain text or number.</summary>
    Plain,
    /// <summary>An amount in euros: a number cell with the format <c>€ #.##0,00</c> (as Dutch Excel shows it).</summary>
    Amount,
    /// <summary>A column header: bold.</summary>
    Header,
    /// <summary>A section's or sheet's title: bold and larger.</summary>
    Title,
    /// <summary>A year or another whole number, without grouping.</summary>
    Whole,
}

/// <summary>One cell of a sheet: text, or a real number (never a number written as text), with its style.</summary>
public readonly record struct XlsxCell(string? Text, decimal? Number, XlsxStyle Style)
{
    /// <summary>An Excel formula (without "="), shown as an amount: computed by Excel, not a typed figure.</summary>
    public string? FormulaText { get; init; }

    /// <summary>An amount cell that Excel computes with <paramref name="formula"/>, e.g. SUM(B3:B13).</summary>
    public static XlsxCell Formula(string formula) => new(null, null, XlsxStyle.Amount) { FormulaText = formula };

    /// <summary>An empty cell.</summary>
    public static XlsxCell Empty { get; } = new(null, null, XlsxStyle.Plain);

    /// <summary>A text cell; empty for null.</summary>
    public static implicit operator XlsxCell(string? text) => new(text, null, XlsxStyle.Plain);

    /// <summary>An amount cell in euros; empty for null.</summary>
    public static XlsxCell Amount(decimal? euros) => new(null, euros, XlsxStyle.Amount);

    /// <summary>A whole number (a year); empty for null.</summary>
    public static XlsxCell Whole(int? number) => new(null, number, XlsxStyle.Whole);

    /// <summary>A bold header cell.</summary>
    public static XlsxCell Header(string text) => new(text, null, XlsxStyle.Header);

    /// <summary>A title cell.</summary>
    public static XlsxCell Title(string text) => new(text, null, XlsxStyle.Title);

    /// <summary>True when the cell holds nothing.</summary>
    public bool IsEmpty => Number is null && string.IsNullOrEmpty(Text) && FormulaText is null;
}
