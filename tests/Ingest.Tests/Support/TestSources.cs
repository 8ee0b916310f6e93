using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using CrashSearch.Ingest.Sources;

namespace CrashSearch.Ingest.Tests.Support;

/// <summary>A source over records given by the test.</summary>
sealed class ListSource(IEnumerable<SourceRecord> records, Exception? failAtEnd = null) : ICrashSource
{
    public string Description => "test records";

    public async IAsyncEnumerable<SourceRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return record;
        }
        if (failAtEnd is not null)
            throw failAtEnd;
    }

    public static SourceRecord Record(string origin, string json) => new(origin, Encoding.UTF8.GetBytes(json));

    public static SourceRecord Crash(int number) => Record($"test:{number}", TestCrashes.Minimal($"crash-{number:D4}").ToJsonString());
}

/// <summary>A source the test feeds while the pipeline runs; it ends when the test completes it.</summary>
sealed class FedSource : ICrashSource
{
    readonly Channel<SourceRecord> _records = Channel.CreateUnbounded<SourceRecord>();

    public string Description => "fed by the test";

    public void Add(SourceRecord record) => _records.Writer.TryWrite(record);

    public void Complete() => _records.Writer.Complete();

    public IAsyncEnumerable<SourceRecord> ReadAsync(CancellationToken cancellationToken) => _records.Reader.ReadAllAsync(cancellationToken);
}

/// <summary>A source that never ends: valid crashes numbered from 0.</summary>
sealed class EndlessSource : ICrashSource
{
    volatile bool _closed;

    public string Description => "endless";

    /// <summary>Whether the reader stopped: it was disposed, cancelled or abandoned with an error.</summary>
    public bool Closed => _closed;

    public async IAsyncEnumerable<SourceRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            for (var i = 0; ; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (i % 50 == 0)
                    await Task.Delay(1, cancellationToken);
                yield return ListSource.Crash(i);
            }
        }
        finally
        {
            _closed = true;
        }
    }
}

/// <summary>Numbered valid crashes whose positions are their numbers, resumable after any of them.</summary>
sealed class NumberedSource(int count) : IResumableCrashSource
{
    public string Description => "numbered test crashes";

    public string CheckpointKey => "test:numbered";

    public IAsyncEnumerable<SourceRecord> ReadAsync(CancellationToken cancellationToken) => ReadAsync(null, cancellationToken);

    public async IAsyncEnumerable<SourceRecord> ReadAsync(string? position, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = position is null ? 0 : int.Parse(position, System.Globalization.CultureInfo.InvariantCulture) + 1; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return ListSource.Crash(i) with { Position = i.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
    }
}
