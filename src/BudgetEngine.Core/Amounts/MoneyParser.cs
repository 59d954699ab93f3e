using System.Globalization;

namespace BudgetEngine.Core.Amounts;

/// <summary>The grammar behind <see cref="Money.Parse(string)"/>; the rules are documented on <see cref="Money"/>'s parsing members.</summary>
internal static class MoneyParser
{
    // Integer digits of MaxEuros (1_000_000_000_000): more digits than this is out of range whatever follows.
    private const int MaxIntegerDigits = 13;

    // Fraction digits kept for rounding; anything beyond is folded into a final "sticky" digit, which is enough to
    // round to cents exactly by every rule (it only matters whether the tail is zero, a half, or more).
    private const int KeptFractionDigits = 14;

    public static bool TryParse(ReadOnlySpan<char> input, MoneyRounding? rounding, out decimal euros, out MoneyParseFailure failure)
    {
        euros = 0m;
        var error = Parse(input, rounding, ref euros, out var message);
        failure = error is null ? default : new MoneyParseFailure(error.Value, message);
        return error is null;
    }

    private static MoneyParseError? Parse(ReadOnlySpan<char> input, MoneyRounding? rounding, ref decimal euros, out string message)
    {
        // Stryker disable once String : the message is read only when parsing fails, and every failure sets its own
        message = "";
        var text = input.Trim();
        if (text.IsEmpty)
        {
            return Fail(input, MoneyParseError.Empty, "is empty: no amount was given.", out message);
        }

        var negative = false;
        var parenthesised = false;
        // Stryker disable once Equality : "()" alone is refused as not an amount whether or not its parentheses are taken off
        if (text.Length >= 2 && text[0] == '(' && text[^1] == ')')
        {
            parenthesised = true;
            negative = true;
            text = text[1..^1].Trim();
        }

        var signSeen = false;
        var currencySeen = false;
        while (true)
        {
            text = text.TrimStart();
            if (!signSeen && !text.IsEmpty && IsSign(text[0], out var minus))
            {
                signSeen = true;
                // Stryker disable once Assignment : with parentheses a sign is refused below, so negative is still false here
                negative ^= minus;
                text = text[1..];
                continue;
            }
            if (!currencySeen && EuroPrefixLength(text) is var prefix and > 0)
            {
                currencySeen = true;
                text = text[prefix..];
                continue;
            }
            break;
        }
        text = text.TrimEnd();
        if (!currencySeen && EuroSuffixLength(text) is var suffix and > 0)
        {
            text = text[..^suffix].TrimEnd();
        }

        if (parenthesised && signSeen)
        {
            return Fail(input, MoneyParseError.InvalidFormat, "is written with both parentheses and a sign; use one of them for a negative amount.", out message);
        }

        // ",-", ",--" (also with an en dash) and ",=" (as seed 001 writes "€ 32.000,=") mean ",00".
        var dashCents = false;
        foreach (var dash in (ReadOnlySpan<string>)[",--", ",-", ",–", ",="])
        {
            if (text.EndsWith(dash, StringComparison.Ordinal))
            {
                dashCents = true;
                text = text[..^dash.Length];
                break;
            }
        }

        if (text.IsEmpty || text.ContainsAnyExcept("0123456789.,"))
        {
            return ClassifyGarbage(input, out message);
        }
        if (!char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[^1]) || text.Contains("..", StringComparison.Ordinal)
            || text.Contains(",,", StringComparison.Ordinal) || text.Contains(".,", StringComparison.Ordinal) || text.Contains(",.", StringComparison.Ordinal))
        {
            return Fail(input, MoneyParseError.InvalidFormat, "is not an amount: a number starts and ends with a digit and has one mark between digit groups.", out message);
        }

        ReadOnlySpan<char> integerPart;
        ReadOnlySpan<char> fraction;
        char groupSeparator;
        if (dashCents)
        {
            // The comma of ",-" is the decimal separator, so any dot groups thousands.
            if (text.Contains(','))
            {
                return Fail(input, MoneyParseError.InvalidFormat, "has a comma before ',-'; only dots may group thousands there.", out message);
            }
            integerPart = text;
            fraction = "";
            groupSeparator = '.';
        }
        else
        {
            var dots = text.Count('.');
            var commas = text.Count(',');
            var last = text.LastIndexOfAny('.', ',');
            if (dots > 0 && commas > 0)
            {
                var decimalSeparator = text[last];
                if ((decimalSeparator == '.' ? dots : commas) > 1)
                {
                    return Fail(input, MoneyParseError.InvalidFormat, $"has more than one decimal separator ('{decimalSeparator}').", out message);
                }
                integerPart = text[..last];
                fraction = text[(last + 1)..];
                groupSeparator = decimalSeparator == '.' ? ',' : '.';
            }
            // Stryker disable once Arithmetic : one of the two counts is zero here, so their difference is zero only when both are
            else if (dots + commas == 0)
            {
                integerPart = text;
                fraction = "";
                groupSeparator = '.';
            }
            else if (dots + commas > 1)
            {
                integerPart = text;
                fraction = "";
                groupSeparator = text[last];
            }
            else
            {
                var before = text[..last];
                var after = text[(last + 1)..];
                var looksLikeThousands = after.Length == 3 && before.Length <= 3 && before[0] != '0';
                if (looksLikeThousands && text[last] == '.')
                {
                    integerPart = text;
                    fraction = "";
                    groupSeparator = '.';
                }
                else if (looksLikeThousands)
                {
                    return Fail(input, MoneyParseError.Ambiguous, AmbiguityReason(before, after), out message);
                }
                else
                {
                    integerPart = before;
                    fraction = after;
                    groupSeparator = '\0';
                }
            }
        }

        if (!IsGroupedCorrectly(integerPart, groupSeparator))
        {
            return Fail(input, MoneyParseError.InvalidFormat,
                $"is not an amount: digits between thousands separators ('{groupSeparator}') come in groups of three.", out message);
        }

        Span<char> integerDigits = stackalloc char[integerPart.Length];
        var integerCount = 0;
        foreach (var c in integerPart)
        {
            if (char.IsAsciiDigit(c) && (integerCount > 0 || c != '0'))
            {
                integerDigits[integerCount++] = c;
            }
        }
        if (integerCount > MaxIntegerDigits)
        {
            return OutOfRange(input, out message);
        }

        var significantFraction = fraction.TrimEnd('0');
        if (significantFraction.Length > 2 && rounding is null)
        {
            return Fail(input, MoneyParseError.TooPrecise,
                "has more decimals than whole cents; give the amount in cents or name a rounding.", out message);
        }

        // mantissa = integer digits followed by the kept fraction digits; scale = number of fraction digits kept.
        UInt128 mantissa = 0;
        foreach (var c in integerDigits[..integerCount])
        {
            mantissa = (mantissa * 10) + (uint)(c - '0');
        }
        var scale = Math.Min(significantFraction.Length, KeptFractionDigits);
        foreach (var c in significantFraction[..scale])
        {
            mantissa = (mantissa * 10) + (uint)(c - '0');
        }
        // Stryker disable once Equality : at exactly the kept digits nothing lies beyond them, so the second test is false anyway
        if (significantFraction.Length > KeptFractionDigits && significantFraction[KeptFractionDigits..].ContainsAnyExcept('0'))
        {
            mantissa = (mantissa * 10) + 1;
            scale++;
        }

        // The digits (at most 28: within decimal's 96 bits) as a decimal's three words, then the sign and the scale.
        Span<int> words = stackalloc int[4];
        decimal.GetBits((decimal)mantissa, words);
        var value = new decimal(words[0], words[1], words[2], negative, (byte)scale);
        if (rounding is { } rule)
        {
            value = rule.Round(value);
        }
        if (Math.Abs(value) > Money.MaxEuros)
        {
            return OutOfRange(input, out message);
        }
        euros = value;
        return null;
    }

    /// <summary>
    /// Why "25,000" is refused, each reading written so that it can be read one way only: 25000 euros if the comma groups
    /// thousands (English), 25,00 euros if it is the decimal comma (Dutch); "1,234" read the Dutch way is finer than cents.
    /// </summary>
    private static string AmbiguityReason(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var thousands = $"{before}{after} euros if the comma groups thousands (English notation)";
        return after[^1] == '0'
            ? $"is ambiguous: {thousands}, {before},{after[..2]} euros if it is the decimal comma (Dutch notation). "
              + $"Write {before}.{after} or {before}{after} for the first, or {before},{after[..2]} for the second."
            : $"is ambiguous: {thousands}, finer than whole cents if it is the decimal comma (Dutch notation). "
              + $"Write {before}.{after} or {before}{after} for {before}{after} euros.";
    }

    private static bool IsSign(char c, out bool minus)
    {
        minus = c is '-' or '\u2212' or '\u2013';
        return minus || c == '+';
    }

    private static int EuroPrefixLength(ReadOnlySpan<char> text)
    {
        if (text.StartsWith("€"))
        {
            return 1;
        }
        foreach (var word in (ReadOnlySpan<string>)["euros", "euro", "eur"])
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[word.Length])))
            {
                return word.Length;
            }
        }
        return 0;
    }

    private static int EuroSuffixLength(ReadOnlySpan<char> text)
    {
        if (text.EndsWith("€"))
        {
            return 1;
        }
        foreach (var word in (ReadOnlySpan<string>)["euros", "euro", "eur"])
        {
            // Stryker disable once Equality : a text that is only the word was already taken as a prefix, so it never gets here
            if (text.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[^(word.Length + 1)])))
            {
                return word.Length;
            }
        }
        return 0;
    }

    /// <summary>True when <paramref name="digits"/> has no separator, or its groups are 1-3 digits then exactly 3 each.</summary>
    private static bool IsGroupedCorrectly(ReadOnlySpan<char> digits, char separator)
    {
        if (separator == '\0' || !digits.Contains(separator))
        {
            return !digits.ContainsAnyExcept("0123456789");
        }
        var first = true;
        foreach (var range in digits.Split(separator))
        {
            var group = digits[range];
            if (group.ContainsAnyExcept("0123456789") || (first ? group.Length is < 1 or > 3 : group.Length != 3))
            {
                return false;
            }
            first = false;
        }
        return true;
    }

    private static MoneyParseError ClassifyGarbage(ReadOnlySpan<char> input, out string message)
    {
        var text = input.Trim();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == 'ƒ')
            {
                return Fail(input, MoneyParseError.ForeignCurrency, "is in guilders (ƒ); BudgetEngine handles euros only.", out message);
            }
            if (c != '€' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol)
            {
                return Fail(input, MoneyParseError.ForeignCurrency, $"is in another currency ('{c}'); BudgetEngine handles euros only.", out message);
            }
            // Stryker disable once Logical : a word not starting with a capital fails the all-capitals test below anyway
            if (char.IsAsciiLetterUpper(c) && (i == 0 || !char.IsAsciiLetter(text[i - 1])))
            {
                var end = i;
                while (end < text.Length && char.IsAsciiLetter(text[end]))
                {
                    end++;
                }
                var word = text[i..end];
                if (word.Length == 3 && !word.ContainsAnyExceptInRange('A', 'Z') && !word.SequenceEqual("EUR"))
                {
                    return Fail(input, MoneyParseError.ForeignCurrency,
                        $"is in another currency ({word}); BudgetEngine handles euros only.", out message);
                }
            }
        }
        return Fail(input, MoneyParseError.InvalidFormat,
            "is not an amount in euros (e.g. 25000.00, 25.000,00 or € 25.000,-).", out message);
    }

    private static MoneyParseError OutOfRange(ReadOnlySpan<char> input, out string message) =>
        Fail(input, MoneyParseError.OutOfRange,
            string.Create(CultureInfo.InvariantCulture, $"exceeds the limit of EUR {Money.MaxEuros:0}."), out message);

    private static MoneyParseError Fail(ReadOnlySpan<char> input, MoneyParseError error, string reason, out string message)
    {
        var shown = input.Length > 60 ? string.Concat(input[..57], "...") : input.ToString();
        message = $"'{shown}' {reason}";
        return error;
    }
}
