namespace BudgetEngine.Core.DuVo;

/// <summary>
/// A municipality's CBS code: "GM" followed by exactly four digits (Utrecht is GM0344, Hilversum GM0402).
/// Strict: upper-case "GM", no spaces; the engine never guesses a code. Orders ordinally, which is also
/// the tie-break order of every split keyed by municipality.
/// </summary>
public readonly record struct CbsCode : IComparable<CbsCode>
{
    private readonly string? _value;

    private CbsCode(string value) => _value = value;

    /// <summary>The code as text, e.g. "GM0344" (empty for the default value).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True when <paramref name="text"/> is "GM" followed by exactly four ASCII digits.</summary>
    public static bool IsValid(string? text) =>
        text is { Length: 6 }
        && text[0] == 'G' && text[1] == 'M'
        && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3])
        && char.IsAsciiDigit(text[4]) && char.IsAsciiDigit(text[5]);

    /// <summary>Reads a code.</summary>
    /// <exception cref="FormatException">The text is not "GM" followed by four digits.</exception>
    public static CbsCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not a CBS municipality code; expected \"GM\" followed by four digits, e.g. GM0344.");

    /// <summary>Reads a code; false when the text is not "GM" followed by four digits.</summary>
    public static bool TryParse(string? text, out CbsCode code)
    {
        if (IsValid(text))
        {
            code = new CbsCode(text!);
            return true;
        }
        code = default;
        return false;
    }

    /// <summary>Ordinal order of the codes.</summary>
    public int CompareTo(CbsCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The code as text.</summary>
    public override string ToString() => Value;

    /// <summary>Ordinal less than.</summary>
    public static bool operator <(CbsCode a, CbsCode b) => a.CompareTo(b) < 0;
    /// <summary>Ordinal greater than.</summary>
    public static bool operator >(CbsCode a, CbsCode b) => a.CompareTo(b) > 0;
    /// <summary>Ordinal less than or equal.</summary>
    public static bool operator <=(CbsCode a, CbsCode b) => a.CompareTo(b) <= 0;
    /// <summary>Ordinal greater than or equal.</summary>
    public static bool operator >=(CbsCode a, CbsCode b) => a.CompareTo(b) >= 0;
}
