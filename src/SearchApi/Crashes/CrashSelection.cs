using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// What a <c>crashes</c> or <c>crash</c> field's selection asks of the one search that answers it.
/// </summary>
/// <param name="Columns">Catalogue fields the selected <c>Crash</c> fields read.</param>
/// <param name="IncludeFrames">Whether <c>frames</c> is selected.</param>
/// <param name="NeedsHits">Whether edges or pageInfo are selected (else the search returns only counts).</param>
/// <param name="Aggregations">The facet, histogram and distinct fields, named by response key, nested as selected.</param>
internal sealed record CrashSelection(IReadOnlyList<string> Columns, bool IncludeFrames, bool NeedsHits, IReadOnlyList<Aggregation> Aggregations);
