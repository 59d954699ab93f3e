namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>The roles a key can hold; each key has one or more.</summary>
public static class Roles
{
    /// <summary>Writes and reads its organisation's scenarios.</summary>
    public const string FinanceOfficer = "finance-officer";

    /// <summary>Writes its own DU VO plan and reads its breakdowns; its organisation is its CBS code (e.g. "GM0402").</summary>
    public const string Centrumgemeente = "centrumgemeente";

    /// <summary>Read-only on its organisation: the integrating systems.</summary>
    public const string Reader = "reader";

    /// <summary>Keys, the national DU VO distribution and the audit trail; a superuser that sees and may do everything.</summary>
    public const string Admin = "admin";

    /// <summary>Every role, in the order they are documented.</summary>
    public static IReadOnlyList<string> All { get; } = [FinanceOfficer, Centrumgemeente, Reader, Admin];

    /// <summary>Whether <paramref name="role"/> is one of <see cref="All"/> (exact, lower case).</summary>
    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
