using CrashSearch.Indexer.Documents;
using CrashSearch.Ingest.Sources;

namespace CrashSearch.Ingest;

/// <summary>
/// A record on its way through the pipeline. Parsers complete records in any order; the indexing loop awaits them
/// in source order, so that within a batch the last version of a crash wins, as the source wrote it.
/// </summary>
internal sealed class PendingRecord(SourceRecord record)
{
    readonly TaskCompletionSource<(CrashDocument? Document,
        string? Reason)> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// The record; once converted, without its data. Up to two batches of records wait in the pipeline's channels,
    /// and holding tens of kilobytes of JSON each until the indexing loop reaches them made every collection
    /// copy megabytes of survivors. Only a quarantined record needs its data again.
    /// </summary>
    public SourceRecord Record { get; private set; } = record;

    /// <summary>Size of the record's data as read.</summary>
    public int Bytes { get; } = record.Data.Length;

    /// <summary>The document, or the reason the record goes to quarantine.</summary>
    public Task<(CrashDocument? Document, string? Reason)> Result => _result.Task;

    /// <summary>
    /// Converts the record, or gives the reason to quarantine it (a crash dated before <paramref name="retention"/>
    /// included). With <paramref name="keepData"/> the record keeps its data, for an index that may still refuse
    /// the crash on its own (Elasticsearch's mapping errors), which quarantines it then.
    /// </summary>
    public void Convert(CrashDocumentBuilder builder, long maxBytes, RetentionLimit? retention, bool keepData = false)
    {
        try
        {
            if (Record.Data.Length > maxBytes)
            {
                _result.SetResult((null,
                    $"record of {Record.Data.Length} bytes is over the limit of {maxBytes} bytes"));
                return;
            }
            if (RecordScreen.Check(Record.Data.Span) is { } problem)
            {
                _result.SetResult((null, problem));
                return;
            }
            var document = builder.Build(Record.Data);
            if (retention?.Refusal(document.Date) is { } tooOld)
            {
                _result.SetResult((null, tooOld));
                return;
            }
            if (!keepData)
                Record = Record with { Data = ReadOnlyMemory<byte>.Empty };
            _result.SetResult((document, null));
        }
        catch (InvalidCrashException e)
        {
            _result.SetResult((null, e.Message));
        }
        catch (Exception e)
        {
            // Not a bad record but a bug: the indexing loop rethrows it and the run stops.
            _result.SetException(e);
        }
    }
}
