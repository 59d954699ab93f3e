using BudgetEngine.Api.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Tests.Infrastructure.Security;

/// <summary>The in-memory key cache on its own: an absolute lifetime, a bound, invalidation that beats a racing lookup.</summary>
public sealed class ApiKeyCacheTests
{
    private readonly SteppingClock _clock = new();

    private ApiKeyCache Cache(int seconds = 30, int capacity = 100) =>
        new(Options.Create(new SecurityOptions { KeyCacheSeconds = seconds, KeyCacheCapacity = capacity }), _clock);

    private static Caller CallerOf(int i) => new($"key_{i}", "national", [Roles.Admin]);

    [Fact]
    public void A_remembered_key_is_found_until_its_lifetime_ends_and_not_renewed_by_use()
    {
        var cache = Cache(seconds: 30);
        var hash = ApiKeyCache.HashOf("be_one");

        cache.Remember(hash, CallerOf(1), cache.Generation);
        _clock.Advance(TimeSpan.FromSeconds(20));
        cache.TryGet(hash, out var caller).Should().BeTrue();
        caller.KeyId.Should().Be("key_1");

        _clock.Advance(TimeSpan.FromSeconds(10));
        cache.TryGet(hash, out _).Should().BeFalse("the lifetime is absolute: 30 s after the lookup, however often it was used");
        cache.Count.Should().Be(0, "an expired entry found is dropped");
    }

    [Fact]
    public void The_cache_holds_at_most_its_capacity_and_makes_room_only_from_expired_entries()
    {
        var cache = Cache(seconds: 30, capacity: 3);

        for (var i = 0; i < 10; i++) cache.Remember(ApiKeyCache.HashOf($"be_{i}"), CallerOf(i), cache.Generation);

        cache.Count.Should().Be(3);
        cache.TryGet(ApiKeyCache.HashOf("be_0"), out _).Should().BeTrue("the first three stay; a full cache adds nothing rather than evicting live entries");
        cache.TryGet(ApiKeyCache.HashOf("be_9"), out _).Should().BeFalse();

        _clock.Advance(TimeSpan.FromSeconds(31));
        cache.Remember(ApiKeyCache.HashOf("be_9"), CallerOf(9), cache.Generation);

        cache.Count.Should().Be(1, "the expired entries made room");
        cache.TryGet(ApiKeyCache.HashOf("be_9"), out _).Should().BeTrue();
    }

    [Fact]
    public void Invalidate_forgets_everything_and_a_lookup_that_began_before_it_is_not_remembered()
    {
        var cache = Cache();
        var hash = ApiKeyCache.HashOf("be_racing");
        cache.Remember(ApiKeyCache.HashOf("be_other"), CallerOf(2), cache.Generation);

        var before = cache.Generation; // a request starts its database lookup...
        cache.Invalidate();             // ...the key is revoked and committed meanwhile...
        cache.Remember(hash, CallerOf(1), before); // ...and the lookup, which read it as active, ends

        cache.Count.Should().Be(0);
        cache.TryGet(hash, out _).Should().BeFalse();
    }

    [Fact]
    public void Zero_seconds_turns_the_cache_off()
    {
        var cache = Cache(seconds: 0);

        cache.Remember(ApiKeyCache.HashOf("be_one"), CallerOf(1), cache.Generation);

        cache.Count.Should().Be(0);
    }

    [Fact]
    public void The_cache_key_is_the_keys_hash_not_the_key()
    {
        ApiKeyCache.HashOf("be_a").Should().Be(ApiKeyCache.HashOf("be_a"));
        ApiKeyCache.HashOf("be_a").Should().NotBe(ApiKeyCache.HashOf("be_b"));
        var (low, _) = ApiKeyCache.HashOf("be_a");
        low.Should().Be(System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(ApiKeySecrets.Hash("be_a")));
    }

    /// <summary>A monotonic clock that moves only when told to.</summary>
    private sealed class SteppingClock : TimeProvider
    {
        private long _ticks = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
