using System.Globalization;
using BudgetEngine.Contracts;

namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>
/// An organisation is a string: a region ("Regio Gooi en Vechtstreek"), a centrumgemeente's CBS code ("GM0402") or
/// "national". It is normalised once, at every write and every filter (<see cref="OrganisationName"/>: Unicode NFC,
/// every run of white space made one space, trimmed). Two names are the same organisation when their normalised forms are
/// equal ignoring case (invariant culture).
/// </summary>
public static class Organisations
{
    /// <summary>The organisation of the national administrators.</summary>
    public const string National = OrganisationName.National;

    /// <summary>The form in which an organisation is stored and compared: NFC, white space collapsed to single spaces, trimmed.</summary>
    public static string Normalise(string organisation) => OrganisationName.Normalise(organisation);

    /// <summary>What two names of one organisation share: the normalised form in invariant upper case (the SQL function organisation_key).</summary>
    public static string Key(string organisation) => OrganisationName.Key(organisation);

    /// <summary>Whether both name the same organisation (normalised, ignoring case with the invariant culture).</summary>
    public static bool Same(string? left, string? right) =>
        left is not null && right is not null
        && string.Compare(Normalise(left), Normalise(right), CultureInfo.InvariantCulture, CompareOptions.IgnoreCase) == 0;
}
