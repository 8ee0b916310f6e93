using System.Runtime.CompilerServices;
using CrashSearch.Ingest.Synthetic;

namespace CrashSearch.Ingest.Sources;

/// <summary><c>synthetic:COUNT[?seed=N&amp;days=D]</c>: generated crashes dated in the days before the reference time.</summary>
internal sealed class SyntheticCrashSource(long count, int seed, int days, DateTimeOffset referenceTime) : ISizedSource
{
    public long Count { get; } = count;

    public int Seed { get; } = seed;

    public int Days { get; } = days;

    public DateTimeOffset ReferenceTime { get; } = referenceTime;

    public string Description => $"synthetic:{Count}?seed={Seed}&days={Days}";

    public Task<SourceSize?> MeasureAsync(string? position, CancellationToken cancellationToken) =>
        Task.FromResult<SourceSize?>(new(Count, SourceSizeUnit.Records));

    public async IAsyncEnumerable<SourceRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Generation is CPU work: leave the caller's thread before the first crash.
        await Task.Yield();
        var generator = new SyntheticCrashGenerator(Seed, ReferenceTime, Days);
        for (long i = 0; i < Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new SourceRecord($"synthetic:{Seed}#{i}", generator.Generate(i));
        }
    }
}
