using System.Globalization;
using System.Text;

namespace BudgetEngine.Formats.Charts.Svg;

/// <summary>
/// Writes SVG by hand, deterministically: elements with escaped text and attributes, coordinates in invariant notation with
/// at most two decimals (from decimals, never doubles), one element per line.
/// </summary>
public sealed class SvgWriter
{
    /// <summary>The media type of an SVG image.</summary>
    public const string MediaType = "image/svg+xml";

    private readonly StringBuilder _svg = new();
    private int _depth;

    /// <summary>A coordinate or length: invariant, at most two decimals, no trailing zeros ("12.5", "100", "-3.25").</summary>
    public static string Number(decimal value) => (decimal.Round(value, 2, MidpointRounding.AwayFromZero) + 0.00m).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Opens an element; close it with <see cref="Close"/>.</summary>
    public SvgWriter Open(string name, params (string Name, string? Value)[] attributes)
    {
        Indent().Append('<').Append(name);
        Attributes(attributes);
        _svg.Append(">\n");
        _depth++;
        return this;
    }

    /// <summary>Closes the innermost element, which must be <paramref name="name"/>.</summary>
    public SvgWriter Close(string name)
    {
        _depth--;
        Indent().Append("</").Append(name).Append(">\n");
        return this;
    }

    /// <summary>An element without content.</summary>
    public SvgWriter Empty(string name, params (string Name, string? Value)[] attributes)
    {
        Indent().Append('<').Append(name);
        Attributes(attributes);
        _svg.Append("/>\n");
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public SvgWriter Text(string name, string text, params (string Name, string? Value)[] attributes)
    {
        Indent().Append('<').Append(name);
        Attributes(attributes);
        _svg.Append('>').Append(Escape(text)).Append("</").Append(name).Append(">\n");
        return this;
    }

    /// <summary>
    /// A &lt;text&gt; that wraps at word boundaries after <paramref name="maxChars"/> characters, a &lt;tspan&gt; per line
    /// <paramref name="lineHeight"/> apart, instead of running past the edge; the number of lines written.
    /// </summary>
    public int WrappedText(string text, int maxChars, decimal x, decimal y, decimal lineHeight, params (string Name, string? Value)[] attributes)
    {
        var lines = Wrap(text, maxChars);
        Open("text", [("x", Number(x)), ("y", Number(y)), .. attributes]);
        for (var i = 0; i < lines.Count; i++)
        {
            Text("tspan", lines[i], ("x", Number(x)), ("dy", i == 0 ? null : Number(lineHeight)));
        }
        Close("text");
        return lines.Count;
    }

    /// <summary>The lines of <paramref name="text"/> wrapped at spaces (or slashes) to at most <paramref name="maxChars"/> characters; a longer word keeps its own line.</summary>
    public static IReadOnlyList<string> Wrap(string text, int maxChars)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > maxChars)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString());
        return lines;
    }

    /// <summary>An element with a tooltip: a &lt;title&gt; child, as screen readers and browsers show it.</summary>
    public SvgWriter WithTooltip(string name, string tooltip, params (string Name, string? Value)[] attributes)
    {
        Open(name, attributes);
        Text("title", tooltip);
        return Close(name);
    }

    /// <inheritdoc />
    public override string ToString() => _svg.ToString();

    private StringBuilder Indent() => _svg.Append(' ', _depth * 2);

    private void Attributes((string Name, string? Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            _svg.Append(' ').Append(name).Append("=\"").Append(Escape(value)).Append('"');
        }
    }

    /// <summary>Text safe in XML content and attribute values.</summary>
    public static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
