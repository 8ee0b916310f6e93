namespace CrashSearch.Ingest.Synthetic;

/// <summary>
/// A small, fast, fully specified generator (xoshiro256**, seeded through SplitMix64), so that synthetic crashes
/// are byte-identical across runs, machines and .NET versions, which <see cref="Random"/> does not promise.
/// A mutable struct: pass it by reference.
/// </summary>
internal struct SyntheticRandom
{
    ulong _s0;
    ulong _s1;
    ulong _s2;
    ulong _s3;

    public SyntheticRandom(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    /// <summary>A well-mixed 64-bit value from two inputs, e.g. a seed and a crash number.</summary>
    public static ulong Mix(ulong a, ulong b)
    {
        var state = a ^ (b * 0x9E3779B97F4A7C15UL);
        return SplitMix(ref state);
    }

    /// <summary>A stable 64-bit hash of a string (FNV-1a), for values that must not depend on the run.</summary>
    public static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
            hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A number in [0, max).</summary>
    public int Next(int max) => (int)(((NextUInt64() >> 32) * (ulong)max) >> 32);

    /// <summary>A number in [min, max).</summary>
    public int Next(int min, int max) => min + Next(max - min);

    /// <summary>A number in [min, max).</summary>
    public long NextInt64(long min, long max) => min + (long)(NextUInt64() % (ulong)(max - min));

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
