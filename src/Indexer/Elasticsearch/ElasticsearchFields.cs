using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Elasticsearch;

/// <summary>
/// The layout of a crash document in Elasticsearch. Every catalogue field is indexed under its own name with its
/// whole value (for a text field that is its exact keyword twin, as on Lucene). The words the C# analysers make of
/// a text field are indexed at ingest under <c>@words.&lt;name&gt;</c>, since the cluster cannot run those analysers.
/// Frames are also nested objects under <c>@frames</c> with their position <c>i</c>, so "in the top N frames" is a
/// nested query on <c>i &lt; N</c>: exact, not approximate.
/// </summary>
internal static class ElasticsearchFields
{
    public const string Words = "@words";

    public const string Frames = "@frames";

    public const string Position = "i";

    public const string Line = "line";

    /// <summary>Values held cut in the index, whole: kept in the source, not indexed.</summary>
    public const string Whole = "@whole";

    /// <summary>
    /// When the crash was indexed (by the index's clock), for <see cref="Queries.CrashQuery.Indexed"/>.
    /// </summary>
    public const string Indexed = "@indexed";

    /// <summary>The field holding the words of a text field.</summary>
    public static string WordsOf(FieldDefinition field) => $"{Words}.{field.Name}";

    /// <summary>The whole value of a stack-frame field inside a nested frame.</summary>
    public static string InFrame(FieldDefinition field) => $"{Frames}.{field.Name}";

    /// <summary>The words of a stack-frame field inside a nested frame.</summary>
    public static string WordsInFrame(FieldDefinition field) => $"{Frames}.{Words}.{field.Name}";
}
