using System.Globalization;
using System.Text;

namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>
/// An organisation is a string: a region ("Regio Gooi en Vechtstreek"), a centrumgemeente's CBS code ("GM0402") or
/// "national". It is normalised once, at every write and every filter: Unicode NFC, every run of white space (a
/// non-breaking space, an em space) made one space, trimmed. Two names are the same organisation when their normalised forms are
/// equal ignoring case (invariant culture).
/// </summary>
public static class Organisations
{
    /// <summary>The organisation of the national administrators.</summary>
    public const string National = "national";

    /// <summary>The form in which an organisation is stored and compared: NFC, white space collapsed to single spaces, trimmed.</summary>
    public static string Normalise(string organisation)
    {
        var composed = organisation.IsNormalized(NormalizationForm.FormC) ? organisation : organisation.Normalize(NormalizationForm.FormC);
        var text = new StringBuilder(composed.Length);
        var space = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                space = text.Length > 0;
                continue;
            }
            if (space) text.Append(' ');
            space = false;
            text.Append(c);
        }
        return text.ToString();
    }

    /// <summary>What two names of one organisation share: the normalised form in invariant upper case (the SQL function organisation_key).</summary>
    public static string Key(string organisation) => Normalise(organisation).ToUpperInvariant();

    /// <summary>Whether both name the same organisation (normalised, ignoring case with the invariant culture).</summary>
    public static bool Same(string? left, string? right) =>
        left is not null && right is not null
        && string.Compare(Normalise(left), Normalise(right), CultureInfo.InvariantCulture, CompareOptions.IgnoreCase) == 0;
}
