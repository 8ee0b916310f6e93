using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using CrashSearch.Ingest.Sources;

namespace CrashSearch.Ingest;

/// <summary>
/// Keeps records that cannot be indexed, byte for byte, as <c>&lt;dir&gt;/&lt;yyyyMMdd&gt;/&lt;id&gt;.json</c> with a sidecar
/// <c>&lt;id&gt;.reason.json</c> (origin, reason, time). The id is a hash of the bytes, so quarantining the same
/// record again (re-ingesting the quarantine folder before a fix) does not pile up copies. After a fix, the
/// folder itself is a valid source: directory scans skip the sidecars.
/// </summary>
internal sealed class Quarantine(string directory, TimeProvider? time = null)
{
    // Reasons quote field names and values ('cpu_count', "abc"): keep them readable in the sidecar.
    static readonly JsonWriterOptions SidecarOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    readonly TimeProvider _time = time ?? TimeProvider.System;
    long _count;

    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>Records quarantined by this instance.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>
    /// Writes the record and its reason durably (flushed to disk) and returns the record's path. Synchronous on
    /// purpose: it must complete even while the worker is stopping, and records are small.
    /// </summary>
    public string Add(SourceRecord record, string reason)
    {
        var now = _time.GetUtcNow().ToUniversalTime();
        var day = Path.Combine(Directory, now.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
        System.IO.Directory.CreateDirectory(day);
        var id = Convert.ToHexStringLower(SHA256.HashData(record.Data.Span)[..16]);
        var path = Path.Combine(day, id + ".json");
        if (!File.Exists(path))
            WriteAtomically(path, record.Data.Span);
        WriteAtomically(Path.Combine(day, id + CrashFiles.ReasonSuffix), Sidecar(record.Origin, reason, now).Span);
        Interlocked.Increment(ref _count);
        return path;
    }

    static ReadOnlyMemory<byte> Sidecar(string origin, string reason, DateTimeOffset now)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, SidecarOptions))
        {
            json.WriteStartObject();
            json.WriteString("origin", origin);
            json.WriteString("reason", reason);
            json.WriteString("quarantinedAt", now);
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>Write to a temporary file, flush to disk, then rename: a crash mid-write never leaves half a record.</summary>
    static void WriteAtomically(string path, ReadOnlySpan<byte> data)
    {
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1))
        {
            stream.Write(data);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
