using BudgetEngine.Core.Texts;
using System.Text;

namespace BudgetEngine.Formats.Read;

/// <summary>
/// Turns the bytes of a CSV file into text the way Excel saved it: UTF-8 with a byte order mark ("CSV UTF-8"), UTF-16
/// with a byte order mark, UTF-8 without one, or else Windows-1252 (what Dutch Excel writes for plain "CSV"). A charset
/// the sender names in Content-Type is used as given.
/// </summary>
public static class CsvDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252 (Western European), from the code pages that ship with .NET; no global registration needed.</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available in this runtime.");

    /// <summary>The text and the name of the encoding it was read in; an error when a named charset is unknown.</summary>
    public static (string Text, string Encoding, ErrorText? Error) Decode(ReadOnlySpan<byte> bytes, string? charset = null)
    {
        if (!string.IsNullOrWhiteSpace(charset))
        {
            var named = Named(charset.Trim().Trim('"'));
            if (named is null)
            {
                return ("", charset, ImportTexts.Of("Csv.CharsetUnsupported", ImportTexts.Text(charset)));
            }
            return (Strip(named.GetString(bytes)), named.WebName, null);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8.GetString(bytes[3..]), "utf-8", null);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), "utf-16", null);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16BE", null);
        }
        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8", null);
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: Excel's plain "CSV" on a Dutch machine is Windows-1252 (€ is 0x80, ë is 0xEB).
            return (Windows1252.GetString(bytes), "windows-1252", null);
        }
    }

    /// <summary>Whether a table in <paramref name="charset"/> can be read: UTF-8, UTF-16 or Windows-1252 (and ISO-8859-1), or none named.</summary>
    public static bool Supports(string? charset) => string.IsNullOrWhiteSpace(charset) || Named(charset.Trim().Trim('"')) is not null;

    private static Encoding? Named(string charset)
    {
        if (charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8;
        }
        if (charset.Equals("windows-1252", StringComparison.OrdinalIgnoreCase) || charset.Equals("cp1252", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || charset.Equals("latin1", StringComparison.OrdinalIgnoreCase))
        {
            // ISO-8859-1 as browsers read it: Windows-1252 (which adds € at 0x80).
            return Windows1252;
        }
        if (charset.Equals("utf-16", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf-16le", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.Unicode;
        }
        if (charset.Equals("utf-16be", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.BigEndianUnicode;
        }
        return null; // any other (utf-7, ebcdic, an unknown name) is refused: 415 naming the charset
    }

    private static string Strip(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
}
