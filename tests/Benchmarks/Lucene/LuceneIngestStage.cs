using System.Diagnostics;
using CrashSearch.Benchmarks.Corpus;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.Ingest;
using CrashSearch.Ingest.Sources;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrashSearch.Benchmarks.Lucene;

/// <summary>Ingests the corpus into a fresh Lucene index through the real ingest pipeline (file source, parse, convert, index, commit).</summary>
internal static class LuceneIngestStage
{
    public static Task<LuceneIngestResult> RunAsync(
        CrashCorpus corpus, string indexDirectory, string quarantineDirectory, CancellationToken cancellationToken) =>
        RunAsync(corpus, indexDirectory, quarantineDirectory, FieldCatalogue.Default, cancellationToken);

    /// <summary>The same, with the fields of <paramref name="catalogue"/>.</summary>
    public static async Task<LuceneIngestResult> RunAsync(CrashCorpus corpus, string indexDirectory,
        string quarantineDirectory, FieldCatalogue catalogue, CancellationToken cancellationToken)
    {
        if (System.IO.Directory.Exists(indexDirectory))
            System.IO.Directory.Delete(indexDirectory, recursive: true);
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        IngestSummary summary;
        using (var index = LuceneCrashIndex.Open(indexDirectory, catalogue))
        {
            var pipeline = new IngestPipeline(index, new Quarantine(quarantineDirectory), new CrashDocumentBuilder(catalogue),
                new IngestOptions(), NullLogger<IngestPipeline>.Instance);
            var source = new FileCrashSource(corpus.Path, watch: false, TimeProvider.System);
            using var progress = new Timer(_ => BenchmarkConsole.Progress($"ingested {pipeline.Progress.Ingested:N0} crashes"), null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
            summary = await pipeline.RunAsync(source, cancellationToken).ConfigureAwait(false);
        }
        // Closing the index (the final commit and writer close) is part of the cost of getting the crashes in.
        var elapsed = watch.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        if (summary.Ingested != corpus.Count)
            throw new InvalidOperationException($"The pipeline ingested {summary.Ingested} of {corpus.Count} crashes ({summary.Quarantined} quarantined under {quarantineDirectory}).");
        return new LuceneIngestResult(summary.Ingested, corpus.Bytes, elapsed, cpu, IndexFootprint.Measure(indexDirectory));
    }
}
