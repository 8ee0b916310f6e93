using System.Runtime.CompilerServices;

namespace CrashSearch.Ingest.Sources;

/// <summary>JSON lines from a stream: standard input (<c>--source -</c>), or any stream handed over by a host.</summary>
internal sealed class StreamCrashSource(string name, Func<Stream> open) : ICrashSource
{
    /// <summary>Standard input, opened when reading starts.</summary>
    public static StreamCrashSource StandardInput() => new("stdin", Console.OpenStandardInput);

    public string Description => name;

    public async IAsyncEnumerable<SourceRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = open();
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var (line, data) in JsonLinesReader.ReadAsync(stream, cancellationToken).ConfigureAwait(false))
                yield return new SourceRecord($"{name}:{line}", data);
        }
    }
}
