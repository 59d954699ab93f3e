using System.Buffers.Binary;
using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>
/// The keys that recently opened the API, by the SHA-256 of the key, with the caller they stand for: a request with a
/// remembered key is authenticated without a database lookup. Each entry lives <see cref="SecurityOptions.KeyCacheSeconds"/>
/// from when it was looked up (an absolute lifetime, not renewed by use). Only keys found active are remembered, never
/// unknown or revoked ones, so a flood of made-up keys adds nothing; the number of entries is bounded by
/// <see cref="SecurityOptions.KeyCacheCapacity"/> all the same (a full cache drops expired entries and otherwise adds none).
/// </summary>
/// <remarks>
/// <see cref="Invalidate"/> (called by <see cref="ApiKeyStore"/> once a revocation or a new key is committed) forgets every
/// entry and starts a new generation. A lookup that began before it (and may have read the key as still active) carries
/// the old generation and is not remembered, so a revoked key is refused on the very next request.
/// </remarks>
public sealed class ApiKeyCache(IOptions<SecurityOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(UInt128, UInt128), Entry> _entries = new();
    private readonly Lock _gate = new();
    private readonly long _lifetimeTicks = (long)(Math.Max(0, options.Value.KeyCacheSeconds) * (double)clock.TimestampFrequency);
    private readonly int _capacity = Math.Max(0, options.Value.KeyCacheCapacity);
    private long _generation;

    /// <summary>How many keys are remembered now (expired ones included until they are dropped).</summary>
    public int Count => _entries.Count;

    /// <summary>The current generation: read it before looking a key up, hand it to <see cref="Remember"/> after.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The cache key of <paramref name="key"/>: its SHA-256 as the key store hashes it (the key itself is not kept).</summary>
    public static (UInt128, UInt128) HashOf(string key)
    {
        var hash = ApiKeySecrets.Hash(key);
        return (BinaryPrimitives.ReadUInt128LittleEndian(hash), BinaryPrimitives.ReadUInt128LittleEndian(hash.AsSpan(16)));
    }

    /// <summary>The caller a remembered, unexpired key stands for.</summary>
    public bool TryGet((UInt128, UInt128) hash, out Caller caller)
    {
        if (_entries.TryGetValue(hash, out var entry))
        {
            if (clock.GetTimestamp() < entry.ExpiresAt)
            {
                caller = entry.Caller;
                return true;
            }
            _entries.TryRemove(new KeyValuePair<(UInt128, UInt128), Entry>(hash, entry));
        }
        caller = null!;
        return false;
    }

    /// <summary>
    /// Remembers that the key with <paramref name="hash"/> stands for <paramref name="caller"/>, as looked up at
    /// <paramref name="generation"/>; nothing when a revocation or a new key came in since, when caching is off, or when full.
    /// </summary>
    public void Remember((UInt128, UInt128) hash, Caller caller, long generation)
    {
        if (_lifetimeTicks <= 0 || _capacity == 0) return;
        lock (_gate)
        {
            if (generation != _generation) return;
            var now = clock.GetTimestamp();
            if (_entries.Count >= _capacity && !_entries.ContainsKey(hash))
            {
                foreach (var (expiredHash, expired) in _entries)
                {
                    if (now >= expired.ExpiresAt) _entries.TryRemove(expiredHash, out _);
                }
                if (_entries.Count >= _capacity) return;
            }
            _entries[hash] = new Entry(caller, now + _lifetimeTicks);
        }
    }

    /// <summary>Forgets every key and starts a new generation: a key revoked or created a moment ago is looked up again.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            Interlocked.Increment(ref _generation);
            _entries.Clear();
        }
    }

    private sealed record Entry(Caller Caller, long ExpiresAt);
}
