namespace CrashSearch.Indexer.Queries;

/// <summary>
/// A query that cannot be answered as asked; front doors turn it into a 400 that names the parameter.
/// </summary>
/// <param name="parameter">The parameter (or search-box position) at fault, e.g. <c>build_id</c> or
/// <c>_sort</c>.</param>
/// <param name="message">What is wrong, in words a caller can act on; it names the parameter.</param>
public sealed class InvalidQueryException(string parameter, string message) : Exception(message)
{
    /// <summary>The parameter at fault.</summary>
    public string Parameter { get; } = parameter;

    /// <summary>
    /// The 0-based character position of a search-box syntax error in the text of <see cref="Parameter"/>; null for
    /// other errors. The web UI marks the mistake under the box with it.
    /// </summary>
    public int? Position { get; init; }
}
