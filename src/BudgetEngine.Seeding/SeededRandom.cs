using BudgetEngine.Seeding;
namespace BudgetEngine.Seeding;

/// <summary>
/// A small deterministic generator: SeededRandom (Steele, Lea and Flood), fixed here so that a seed gives the same sequence
/// on every runtime and machine (unlike <see cref="System.Random"/>, whose algorithm may change). The one seeded random of the
/// repository: the property tests and the synthetic national data set draw from it. Not thread-safe; make one per use.
/// </summary>
public sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The seed this generator started from (print it in a failure message to replay the case).</summary>
    public ulong Seed { get; } = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A whole number in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>), without modulo bias.</summary>
    public long Next(long minInclusive, long maxExclusive)
    {
        if (maxExclusive <= minInclusive)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), "The range is empty.");
        }
        var range = (ulong)(maxExclusive - minInclusive);
        var limit = ulong.MaxValue - (ulong.MaxValue % range);
        ulong bits;
        do
        {
            bits = NextUInt64();
        }
        while (bits >= limit);
        return minInclusive + (long)(bits % range);
    }

    /// <summary>A whole number in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => (int)Next(0, maxExclusive);

    /// <summary>True with probability <paramref name="numerator"/> / <paramref name="denominator"/>.</summary>
    public bool Chance(int numerator, int denominator) => Next(denominator) < numerator;

    /// <summary>One of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A shuffled copy of <paramref name="items"/> (Fisher-Yates).</summary>
    public T[] Shuffle<T>(IEnumerable<T> items)
    {
        var result = items.ToArray();
        for (var i = result.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (result[i], result[j]) = (result[j], result[i]);
        }
        return result;
    }

    /// <summary>An independent generator for part <paramref name="stream"/> of a data set, so that parts do not shift when others change.</summary>
    public static SeededRandom For(ulong seed, string part, int stream)
    {
        var mixer = new SeededRandom(seed ^ (ulong)(uint)stream << 32);
        var h = mixer.NextUInt64();
        foreach (var c in part) h = (h ^ c) * 0x100000001B3UL;
        return new SeededRandom(h);
    }
}
