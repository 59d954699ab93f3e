using BudgetEngine.Api.Infrastructure.Errors;
namespace BudgetEngine.Api.Infrastructure.Limits;

/// <summary>
/// Characters no name or text of the API may hold: control characters (C0 and C1, NUL, tab and line breaks included)
/// and the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which make a name read
/// differently from what it is.
/// </summary>
public static class TextCharacters
{
    /// <summary>What is wrong with <paramref name="text"/>, or null when it holds none of them.</summary>
    public static BudgetEngine.Core.Texts.ErrorText? Refusal(string? text)
    {
        if (text is null) return null;
        foreach (var c in text)
        {
            if (char.IsControl(c))
                return ProblemTexts.Of("Field.ControlCharacter", ProblemTexts.Text(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
                return ProblemTexts.Of("Field.BidiCharacter", ProblemTexts.Text(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
        }
        return null;
    }
}
