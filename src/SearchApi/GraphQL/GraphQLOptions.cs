using System.ComponentModel.DataAnnotations;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>The <c>GraphQL</c> configuration section: limits of the <c>/graphql</c> endpoint.</summary>
internal sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest accepted request body or query string, in bytes.</summary>
    [Range(1_024, 10_000_000)]
    public int MaxRequestBytes { get; set; } = 100_000;

    /// <summary>Deepest selection nesting; documents that only introspect are exempt (GraphiQL's is 15 deep).</summary>
    [Range(2, 100)]
    public int MaxDepth { get; set; } = 12;

    /// <summary>Largest computed complexity (list fields multiply their children by <c>first</c> or <c>size</c>).</summary>
    [Range(1, int.MaxValue)]
    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>Most fragment definitions in one document.</summary>
    [Range(1, 10_000)]
    public int MaxFragments { get; set; } = 100;

    /// <summary>
    /// Most nodes (fields, fragment spreads, inline fragments, arguments, directives, variable definitions and input
    /// values) in one document, counting a fragment's nodes again at every spread of it. GraphQL.NET's validation of
    /// overlapping fields is quadratic in repeated fields, so this bounds its time too.
    /// </summary>
    [Range(10, 10_000_000)]
    public int MaxNodes { get; set; } = 2_000;

    /// <summary>
    /// Deepest nesting of fragment spreads: an operation that spreads a fragment that spreads another is 2 deep.
    /// </summary>
    [Range(1, 1_000)]
    public int MaxFragmentSpreadDepth { get; set; } = 10;

    /// <summary>Longest handling of one request: parsing, the limits above, validation and execution.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
