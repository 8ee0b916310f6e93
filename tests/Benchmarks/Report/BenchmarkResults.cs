using CrashSearch.Benchmarks.Analysis;
using CrashSearch.Benchmarks.Api;
using CrashSearch.Benchmarks.Catalogue;
using CrashSearch.Benchmarks.Corpus;
using CrashSearch.Benchmarks.Lucene;
using CrashSearch.Benchmarks.Postgres;
using CrashSearch.Benchmarks.Queries;

namespace CrashSearch.Benchmarks.Report;

/// <summary>Everything one run measured, for the report.</summary>
internal sealed record BenchmarkResults(
    BenchmarkArguments Arguments,
    MachineInfo Machine,
    string? PostgresVersion,
    DateTimeOffset Started,
    TimeSpan Duration,
    CrashCorpus Corpus,
    LuceneIngestResult Ingest,
    CatalogueCost Catalogue,
    PostgresLoadResult? PostgresLoad,
    MixParameters Parameters,
    IReadOnlyList<QueryResult> Queries,
    IReadOnlyList<QueryResult> Visibility,
    ApiLoadResult Api,
    IReadOnlyList<string> ApiDisagreements,
    long ApiPeakBytes,
    long ApiIdleBytes,
    AnalysisResult? Analysis = null);
