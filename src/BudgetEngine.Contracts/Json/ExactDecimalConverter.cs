using System.Text.Json;
using System.Text.Json.Serialization;

namespace BudgetEngine.Contracts.Json;

/// <summary>
/// Reads a JSON number as a decimal only when the decimal is the number written: a number too small for a decimal
/// (1e-400, which the runtime reads as 0) or with more significant digits than a decimal keeps (29 or more, which it
/// rounds) is refused, naming the field, instead of being read as another amount.
/// </summary>
public sealed class ExactDecimalConverter : JsonConverter<decimal>
{
    private const int DecimalDigits = 28;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var value))
        {
            throw new JsonException(); // the runtime's own wording: "could not convert", named by the field
        }
        ReadOnlySpan<byte> raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
        var (digits, nonZero) = SignificantDigits(raw);
        if (value == 0m && nonZero)
        {
            throw new WireFormatException(WireTexts.Of("Wire.AmountTooSmall", Core.Findings.MessageArgument.Text(System.Text.Encoding.ASCII.GetString(raw))));
        }
        if (digits > DecimalDigits)
        {
            throw new WireFormatException(WireTexts.Of("Wire.AmountTooManyDigits", Core.Findings.MessageArgument.Text(System.Text.Encoding.ASCII.GetString(raw))));
        }
        return value;
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    /// <summary>The significant digits of the mantissa (leading zeros and trailing zeros of the fraction left out), and whether any is not zero.</summary>
    private static (int Digits, bool NonZero) SignificantDigits(ReadOnlySpan<byte> number)
    {
        var exponent = number.IndexOfAny((byte)'e', (byte)'E');
        var mantissa = exponent >= 0 ? number[..exponent] : number;
        int first = -1, last = -1;
        var point = mantissa.IndexOf((byte)'.');
        for (var i = 0; i < mantissa.Length; i++)
        {
            if (mantissa[i] is < (byte)'0' or > (byte)'9') continue;
            if (mantissa[i] != (byte)'0')
            {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) return (0, false);
        // Zeros after the last non-zero digit count only before the decimal point (1000 has four digits, 1.000 one).
        var end = point >= 0 && last > point ? last : (point >= 0 ? point - 1 : mantissa.Length - 1);
        var digits = 0;
        for (var i = first; i <= end; i++)
        {
            if (mantissa[i] is >= (byte)'0' and <= (byte)'9') digits++;
        }
        return (digits, true);
    }
}
