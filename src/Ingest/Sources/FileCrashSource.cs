using System.IO.Compression;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrashSearch.Ingest.Sources;

/// <summary>
/// Processed crashes in files: a <c>.json</c> file (one crash), a <c>.jsonl</c> or <c>.jsonl.gz</c> file (one crash
/// per line), or a directory searched recursively for <c>*.json</c> and Socorro's file-system storage
/// (<c>.../processed_crash/&lt;uuid&gt;</c>), read in path order. A watched directory is scanned again every
/// <see cref="PollInterval"/> for new or changed files.
/// </summary>
internal sealed class FileCrashSource(string path, bool watch, TimeProvider time, ILogger? logger = null) : ISizedSource
{
    readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>How often a watched directory is scanned again.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A file changed more recently than this is probably still being written: it waits for the next scan.</summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromSeconds(1);

    public string Description => path;

    /// <summary>
    /// A directory's crash files, a JSON-lines file's bytes (its records are not counted before they are read), one
    /// crash for a JSON file; unknown for a watched directory (it has no end) and a compressed file.
    /// </summary>
    public Task<SourceSize?> MeasureAsync(string? position, CancellationToken cancellationToken) =>
        Task.FromResult(Measure());

    SourceSize? Measure()
    {
        if (Directory.Exists(path))
            return watch ? null : new SourceSize(ListCrashFiles(path).Count, SourceSizeUnit.Records);
        if (!File.Exists(path))
            return null;
        return CrashFiles.KindOf(path) switch
        {
            CrashFileKind.JsonLines => new SourceSize(new FileInfo(path).Length, SourceSizeUnit.Bytes),
            CrashFileKind.SingleCrash => new SourceSize(1, SourceSizeUnit.Records),
            _ => null,
        };
    }

    public IAsyncEnumerable<SourceRecord> ReadAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
            return ReadDirectoryAsync(cancellationToken);
        if (!File.Exists(path))
            throw new FileNotFoundException($"The source '{path}' does not exist.", path);
        return CrashFiles.KindOf(path) switch
        {
            CrashFileKind.JsonLines => ReadLinesAsync(path, gzip: false, cancellationToken),
            CrashFileKind.GzipJsonLines => ReadLinesAsync(path, gzip: true, cancellationToken),
            CrashFileKind.SingleCrash => ReadSingleAsync(path, cancellationToken),
            _ => throw new NotSupportedException(CrashFiles.UnsupportedMessage(path)),
        };
    }

    static async IAsyncEnumerable<SourceRecord> ReadSingleAsync(string file, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new SourceRecord(file, await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false));
    }

    static async IAsyncEnumerable<SourceRecord> ReadLinesAsync(string file, bool gzip, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = OpenRead(file);
        await using (stream.ConfigureAwait(false))
        {
            Stream content = gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream;
            await using (content.ConfigureAwait(false))
            {
                await foreach (var (line, data) in JsonLinesReader.ReadAsync(content, cancellationToken).ConfigureAwait(false))
                    yield return new SourceRecord($"{file}:{line}", data);
            }
        }
    }

    async IAsyncEnumerable<SourceRecord> ReadDirectoryAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Path -> (length, last write) of what was read, so a rescan only reads new or rewritten files.
        var read = new Dictionary<string, (long Length, DateTime LastWrite)>(StringComparer.Ordinal);
        while (true)
        {
            var now = time.GetUtcNow().UtcDateTime;
            foreach (var file in ListCrashFiles(path))
            {
                var info = new FileInfo(file);
                if (!info.Exists)
                {
                    IngestLog.SourceFileVanished(_logger, file);
                    continue;
                }
                var stamp = (info.Length, info.LastWriteTimeUtc);
                if (read.TryGetValue(file, out var seen) && seen == stamp)
                    continue;
                if (watch && now - info.LastWriteTimeUtc < SettleTime)
                    continue;
                byte[] data;
                try
                {
                    data = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
                }
                catch (FileNotFoundException)
                {
                    IngestLog.SourceFileVanished(_logger, file);
                    continue;
                }
                read[file] = stamp;
                yield return new SourceRecord(file, data);
            }
            if (!watch)
                yield break;
            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Crash files under a directory, in ordinal path order so that every run reads them alike.</summary>
    static List<string> ListCrashFiles(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden };
        var files = Directory.EnumerateFiles(directory, "*", options).Where(CrashFiles.IsInDirectoryScan).ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    static FileStream OpenRead(string file) =>
        new(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
}
