using System.Globalization;

namespace BudgetEngine.Core.Amounts;

/// <summary>
/// Writing amounts. Everything written here reads back to the same amount with <see cref="Parse(string)"/>
/// (for the invariant culture, nl-NL and any culture whose separators are '.' and ','). Always two decimals.
/// A null provider means the invariant culture, never the machine's culture, so string interpolation and
/// <see cref="string.Format(string, object?)"/> give the same text on every machine.
/// </summary>
public readonly partial struct Money : ISpanFormattable
{
    /// <summary>
    /// Dutch number formatting fixed by hand (not taken from the machine's ICU data): comma for decimals, dot for
    /// thousands, "€ 25.000,00" and "€ -25.000,00" (as nl-NL formats currency). Read-only.
    /// </summary>
    public static NumberFormatInfo DutchNumberFormat { get; } = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NumberDecimalDigits = 2,
        NumberNegativePattern = 1, // -n
        CurrencySymbol = "€",
        CurrencyDecimalSeparator = ",",
        CurrencyGroupSeparator = ".",
        CurrencyGroupSizes = [3],
        CurrencyDecimalDigits = 2,
        CurrencyPositivePattern = 2, // € n
        CurrencyNegativePattern = 12, // € -n
        NegativeSign = "-",
        PositiveSign = "+",
    });

    /// <summary>Invariant notation with two decimals and no grouping: <c>25000.00</c>, <c>-1234.56</c>.</summary>
    public override string ToString() => ToInvariantString();

    /// <summary>Invariant notation with two decimals and no grouping: <c>25000.00</c>, <c>-1234.56</c>.</summary>
    // Stryker disable once String : Euros always has two decimals, which the default format writes too
    public string ToInvariantString() => Euros.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes the invariant notation (<c>25000.00</c>, <c>-1234.56</c>, the text of <see cref="ToInvariantString"/>) as
    /// UTF-8 straight from the cents, without a decimal: what JSON carries for an amount. Returns false, writing nothing
    /// useful, when <paramref name="destination"/> is too small (<see cref="MaxInvariantUtf8Length"/> always suffices).
    /// </summary>
    public bool TryFormatInvariantUtf8(Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        var magnitude = (ulong)Math.Abs(_cents);
        var position = 0;
        if (_cents < 0)
        {
            if (destination.IsEmpty) return false;
            destination[position++] = (byte)'-';
        }
        if (!(magnitude / 100).TryFormat(destination[position..], out var euroDigits, default, CultureInfo.InvariantCulture)) return false;
        position += euroDigits;
        if (destination.Length - position < 3) return false;
        var cents = (int)(magnitude % 100);
        destination[position] = (byte)'.';
        destination[position + 1] = (byte)('0' + cents / 10);
        destination[position + 2] = (byte)('0' + cents % 10);
        bytesWritten = position + 3;
        return true;
    }

    /// <summary>The longest invariant notation of any amount: a sign, 13 digits of euros (<see cref="MaxEuros"/>), the point and two decimals.</summary>
    public const int MaxInvariantUtf8Length = 17;

    /// <summary>Dutch currency notation: <c>€ 25.000,00</c>, negative <c>€ -25.000,00</c> (as nl-NL writes it).</summary>
    public string ToDutchString() => ToString("C", DutchNumberFormat);

    /// <summary>A plain Dutch number: <c>25.000,00</c>, negative <c>-25.000,00</c>.</summary>
    public string ToDutchNumberString() => ToString("N", DutchNumberFormat);

    /// <summary>
    /// Writes the amount in a standard format, always with two decimals:
    /// <c>G</c> (or null/empty) and <c>F</c>: no grouping (<c>25000.00</c>; nl-NL <c>25000,00</c>);
    /// <c>N</c>: grouped number (<c>25,000.00</c>; nl-NL <c>25.000,00</c>);
    /// <c>C</c>: currency, always the euro sign whatever the culture's own currency (<c>€25,000.00</c>; nl-NL <c>€ 25.000,00</c>).
    /// A precision, if given, must be 2 (<c>N2</c>). A null <paramref name="formatProvider"/> means the invariant culture.
    /// </summary>
    /// <exception cref="FormatException">Any other format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var info = formatProvider is null ? NumberFormatInfo.InvariantInfo : NumberFormatInfo.GetInstance(formatProvider);
        return Normalise(format) switch
        {
            // Stryker disable once String : Euros always has two decimals, which the default format writes too
            'G' or 'F' => Euros.ToString("F2", info),
            'N' => Euros.ToString("N2", info),
            _ => Euros.ToString("C2", InEuros(info)),
        };
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(format.ToString(), provider);
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }
        charsWritten = 0;
        return false;
    }

    private static char Normalise(string? format)
    {
        if (string.IsNullOrEmpty(format))
        {
            return 'G';
        }
        var kind = char.ToUpperInvariant(format[0]);
        var precision = format.AsSpan(1);
        if (kind is not ('G' or 'F' or 'N' or 'C') || !(precision.IsEmpty || precision.SequenceEqual("2")))
        {
            throw new FormatException($"'{format}' is not a money format; use G, F, N or C (two decimals always).");
        }
        return kind;
    }

    private static NumberFormatInfo InEuros(NumberFormatInfo info)
    {
        // Stryker disable once String,Equality,Block : a format already in euros with two decimals is returned as is; a copy set the same way writes the same text
        if (info.CurrencySymbol == "€" && info.CurrencyDecimalDigits == 2)
        {
            return info;
        }
        var euros = (NumberFormatInfo)info.Clone();
        euros.CurrencySymbol = "€";
        euros.CurrencyDecimalDigits = 2;
        return euros;
    }
}
