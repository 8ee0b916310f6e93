namespace CrashSearch.Indexer.Queries;

/// <summary>Top terms of a field by count (then term ascending), each with its own sub-aggregations.</summary>
public sealed record TermsAggregation(string Name, string Field, int Size, IReadOnlyList<Aggregation> Children)
    : Aggregation(Name, Field)
{
    /// <summary>
    /// When true, the crashes without a value of the field form one more bucket after the top terms, keyed
    /// <see cref="MissingTerm.Value"/>, with its own sub-aggregations; it is left out when no crash lacks the field,
    /// and does not count against <see cref="Size"/>.
    /// </summary>
    public bool IncludeMissing { get; init; }
}
