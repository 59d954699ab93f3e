namespace BudgetEngine.Core.Validation;

/// <summary>Builds JSON pointers (RFC 6901): "~" becomes "~0" and "/" becomes "~1" in each segment.</summary>
public static class JsonPointer
{
    /// <summary>The pointer made of <paramref name="segments"/>.</summary>
    public static string Of(params object[] segments) =>
        string.Concat(segments.Select(s => "/" + Escape(Convert.ToString(s, System.Globalization.CultureInfo.InvariantCulture) ?? "")));

    /// <summary>One segment, escaped.</summary>
    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");
}
