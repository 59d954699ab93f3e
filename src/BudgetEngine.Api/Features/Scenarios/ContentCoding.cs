using System.IO.Compression;
using Microsoft.Extensions.Primitives;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>
/// The gzip content coding of cached bodies: a stored reconciliation never changes, so it is compressed once, when it
/// is cached, and sent compressed to every client whose Accept-Encoding allows gzip (browsers and most HTTP clients).
/// </summary>
public static class ContentCoding
{
    /// <summary>The content coding's name, as in Accept-Encoding and Content-Encoding.</summary>
    public const string Gzip = "gzip";

    /// <summary><paramref name="body"/> compressed with gzip.</summary>
    public static byte[] Compress(byte[] body)
    {
        using var compressed = new MemoryStream(body.Length / 4 + 64);
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(body);
        }
        return compressed.ToArray();
    }

    /// <summary>
    /// Whether an Accept-Encoding header allows gzip: "gzip" or "*" named with a weight above zero (RFC 9110, 12.5.3).
    /// An explicit "gzip;q=0" refuses it even when "*" allows everything else.
    /// </summary>
    public static bool AcceptsGzip(StringValues acceptEncoding)
    {
        bool? gzip = null, any = null;
        foreach (var header in acceptEncoding)
        {
            if (header is null) continue;
            foreach (var item in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var parameters = item.Split(';', StringSplitOptions.TrimEntries);
                var allowed = true;
                foreach (var parameter in parameters.Skip(1))
                {
                    if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                        && decimal.TryParse(parameter.AsSpan(2), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var q))
                    {
                        allowed = q > 0m;
                    }
                }
                if (string.Equals(parameters[0], Gzip, StringComparison.OrdinalIgnoreCase)) gzip = allowed;
                else if (parameters[0] == "*") any = allowed;
            }
        }
        return gzip ?? any ?? false;
    }
}
