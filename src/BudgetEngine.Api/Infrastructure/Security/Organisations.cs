namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>
/// An organisation is a string: a region ("Regio Gooi en Vechtstreek"), a centrumgemeente's CBS code ("GM0402") or
/// "national". Two names are the same organisation when they are equal after trimming, ignoring case.
/// </summary>
public static class Organisations
{
    /// <summary>The organisation of the national administrators.</summary>
    public const string National = "national";

    /// <summary>The form in which an organisation is stored and compared: trimmed.</summary>
    public static string Normalise(string organisation) => organisation.Trim();

    /// <summary>Whether both name the same organisation (trimmed, ignoring case).</summary>
    public static bool Same(string? left, string? right) =>
        left is not null && right is not null
        && string.Equals(left.Trim(), right.Trim(), StringComparison.OrdinalIgnoreCase);
}
