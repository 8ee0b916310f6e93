using System.Text.Json.Nodes;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Semantics;

namespace CrashSearch.Indexer.Elasticsearch;

/// <summary>A search request built from a query, with what reading its answer needs.</summary>
internal sealed record ElasticsearchSearch(
    string Indices,
    JsonObject Body,
    IReadOnlyList<FieldDefinition> Columns,
    ElasticsearchSort Sort,
    FrameMatcher? Matcher,
    IReadOnlyList<string> Errors,
    (DateTimeOffset From, DateTimeOffset To) Window);
