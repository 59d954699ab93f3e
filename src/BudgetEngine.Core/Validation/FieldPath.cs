using System.Globalization;

namespace BudgetEngine.Core.Validation;

/// <summary>One step of a <see cref="FieldPath"/>: a property's name, or an index into a list.</summary>
public readonly record struct PathSegment
{
    private PathSegment(string? name, int? index) => (Name, Index) = (name, index);

    /// <summary>The property's name; null for an index.</summary>
    public string? Name { get; }

    /// <summary>The position in a list (from 0); null for a name.</summary>
    public int? Index { get; }

    /// <summary>A property, e.g. "lines" or the year key "2019" of an amounts object.</summary>
    public static PathSegment Property(string name) => new(name, null);

    /// <summary>A position in a list, from 0.</summary>
    public static PathSegment At(int index) => new(null, index);

    /// <summary>The segment as text: the name, or the index in invariant digits.</summary>
    public override string ToString() => Name ?? Index!.Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Where a field is in an input, as segments from its root (<c>lines</c>, 3, <c>amounts</c>, <c>2019</c>): the edge renders it as
/// a JSON pointer (<c>/lines/3/amounts/2019</c>), a spreadsheet import as the cell the field came from. A request parameter
/// (a query or route value) is a path of its own kind, rendered as its bare name.
/// </summary>
public sealed class FieldPath : IEquatable<FieldPath>
{
    private readonly PathSegment[] _segments;

    private FieldPath(PathSegment[] segments, bool isParameter) => (_segments, IsParameter) = (segments, isParameter);

    /// <summary>The input as a whole.</summary>
    public static FieldPath Root { get; } = new([], false);

    /// <summary>The segments from the root.</summary>
    public IReadOnlyList<PathSegment> Segments => _segments;

    /// <summary>True for a request parameter, which is not inside the input's document.</summary>
    public bool IsParameter { get; }

    /// <summary>A field of the input: each segment an int (an index) or anything else (a name, as invariant text).</summary>
    public static FieldPath Of(params object[] segments) => new(segments.Select(Segment).ToArray(), false);

    /// <summary>A request parameter such as <c>page</c> or <c>year</c>.</summary>
    public static FieldPath Parameter(string name) => new([PathSegment.Property(name)], true);

    /// <summary>
    /// The path of a JSON pointer (RFC 6901) written as text; for inputs whose rules are still written as pointers. The
    /// empty pointer is the whole input (nothing follows its first, absent, "/").
    /// </summary>
    public static FieldPath FromJsonPointer(string pointer) =>
        new(pointer.Split('/').Skip(1).Select(s => PathSegment.Property(s.Replace("~1", "/").Replace("~0", "~"))).ToArray(), false);

    /// <summary>This path followed by <paramref name="segments"/>.</summary>
    public FieldPath Then(params object[] segments) => new([.. _segments, .. segments.Select(Segment)], IsParameter);

    /// <summary>True when this path is <paramref name="other"/> or lies inside it.</summary>
    public bool IsSameOrInside(FieldPath other) =>
        IsParameter == other.IsParameter && _segments.Length >= other._segments.Length
        && other._segments.Select((s, i) => s.ToString() == _segments[i].ToString()).All(same => same);

    /// <summary>The JSON pointer (RFC 6901): "~" becomes "~0" and "/" becomes "~1" in each segment.</summary>
    public string ToJsonPointer() => string.Concat(_segments.Select(s => "/" + JsonPointer.Escape(s.ToString())));

    /// <summary>How the edge names the field: a parameter's name, else the JSON pointer.</summary>
    public override string ToString() => IsParameter ? _segments[0].ToString() : ToJsonPointer();

    public bool Equals(FieldPath? other) => other is not null && IsParameter == other.IsParameter && ToString() == other.ToString();

    public override bool Equals(object? obj) => Equals(obj as FieldPath);

    public override int GetHashCode() => HashCode.Combine(IsParameter, ToString());

    private static PathSegment Segment(object segment) => segment switch
    {
        PathSegment given => given,
        int index => PathSegment.At(index),
        _ => PathSegment.Property(Convert.ToString(segment, CultureInfo.InvariantCulture) ?? ""),
    };
}
