using System.Text;

namespace BudgetEngine.Contracts;

/// <summary>
/// How an organisation's name is written wherever it is stored or compared: Unicode NFC, every run of white space (a
/// non-breaking space, an em space) made one space, trimmed. Comparing ignores case with the invariant culture
/// (the API's Organisations).
/// </summary>
public static class OrganisationName
{
    /// <summary>The organisation of the national administrators (and of what the API writes on its own).</summary>
    public const string National = "national";

    /// <summary>What two names of one organisation share: the normalised form in invariant upper case (the SQL function organisation_key).</summary>
    public static string Key(string organisation) => Normalise(organisation).ToUpperInvariant();

    /// <summary>The normalised form of <paramref name="organisation"/>.</summary>
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
}
