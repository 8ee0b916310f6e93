using CrashSearch.Benchmarks.Lucene;

namespace CrashSearch.Benchmarks.Catalogue;

/// <summary>One corpus ingested with the catalogue before Socorro's fields and with today's.</summary>
internal sealed record CatalogueCost(
    int FieldsBefore, LuceneIngestResult Before, int FieldsToday, LuceneIngestResult Today);
