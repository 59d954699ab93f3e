using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Findings;

/// <summary>How findings' messages write amounts: "EUR 10,000.00", the same on every machine.</summary>
public static class FindingText
{
    /// <summary>An amount as finding messages write it.</summary>
    public static string Euros(Money amount) => Euros(amount.Cents);

    /// <summary>
    /// An amount in cents as finding messages write it: "EUR ", a minus sign when below zero, the euros grouped by
    /// thousands with commas, a point and two decimals (what <c>"#,##0.00"</c> gives in the invariant culture, built
    /// from the cents directly: a reconciliation writes hundreds of these).
    /// </summary>
    public static string Euros(long cents)
    {
        Span<char> text = stackalloc char[40];
        // Stryker disable once Equality : zero taken the negative way is zero as well
        var magnitude = cents < 0 ? (ulong)-(cents + 1) + 1 : (ulong)cents;
        var i = text.Length;
        text[--i] = (char)('0' + (int)(magnitude % 10));
        text[--i] = (char)('0' + (int)(magnitude / 10 % 10));
        text[--i] = '.';
        var euros = magnitude / 100;
        var digits = 0;
        do
        {
            if (digits > 0 && digits % 3 == 0) text[--i] = ',';
            text[--i] = (char)('0' + (int)(euros % 10));
            euros /= 10;
            digits++;
        }
        while (euros > 0);
        if (cents < 0) text[--i] = '-';
        return string.Concat("EUR ", text[i..]);
    }
}
