namespace BudgetEngine.Core.Amounts;

public readonly partial struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    /// <inheritdoc />
    public bool Equals(Money other) => _cents == other._cents;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _cents.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Money other) => _cents.CompareTo(other._cents);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("A Money can only be compared with another Money.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(Money a, Money b) => a.Equals(b);
    /// <summary>Inequality.</summary>
    public static bool operator !=(Money a, Money b) => !a.Equals(b);
    /// <summary>Less than.</summary>
    public static bool operator <(Money a, Money b) => a.CompareTo(b) < 0;
    /// <summary>Greater than.</summary>
    public static bool operator >(Money a, Money b) => a.CompareTo(b) > 0;
    /// <summary>Less than or equal.</summary>
    public static bool operator <=(Money a, Money b) => a.CompareTo(b) <= 0;
    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(Money a, Money b) => a.CompareTo(b) >= 0;
}
