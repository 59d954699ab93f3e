using BudgetEngine.Contracts;

namespace BudgetEngine.Contracts.Json;

/// <summary>
/// The words users type for a canonical wire value: a grant's status in Dutch ("toegekend", "onder voorbehoud",
/// "afgewezen") the recognition "naar-rato" for pro-rata, and the basis "begroting" or "realisatie" for budget or actuals. Accepted on input (bodies and query parameters); answers
/// always carry the canonical value.
/// </summary>
public static class WireAliases
{
    private static readonly Dictionary<Type, Dictionary<string, object>> Aliases = new()
    {
        [typeof(GrantStatusDto)] = new(StringComparer.Ordinal)
        {
            ["toegekend"] = GrantStatusDto.Awarded,
            ["onder voorbehoud"] = GrantStatusDto.Conditional,
            ["afgewezen"] = GrantStatusDto.Rejected,
        },
        [typeof(RecognitionDto)] = new(StringComparer.Ordinal)
        {
            ["naar-rato"] = RecognitionDto.ProRata,
        },
        [typeof(BasisDto)] = new(StringComparer.Ordinal)
        {
            ["begroting"] = BasisDto.Budget,
            ["realisatie"] = BasisDto.Actuals,
        },
    };

    /// <summary>Parses a canonical wire name (<c>pro-rata</c>) or one of its aliases (<c>naar-rato</c>), exact and lower case.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        if (ApiJson.TryParseWireName(text, out value)) return true;
        if (text is not null && Aliases.TryGetValue(typeof(TEnum), out var aliases) && aliases.TryGetValue(text, out var alias))
        {
            value = (TEnum)alias;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>What may be written for <typeparamref name="TEnum"/>, the wire names first: "awarded, conditional, rejected, toegekend, onder voorbehoud, afgewezen".</summary>
    public static string Accepted<TEnum>() where TEnum : struct, Enum
    {
        var names = Enum.GetValues<TEnum>().Select(v => ApiJson.WireName(v));
        return string.Join(", ", Aliases.TryGetValue(typeof(TEnum), out var aliases) ? names.Concat(aliases.Keys) : names);
    }
}
