namespace CrashSearch.Indexer.Queries.SearchBox;

internal static class SearchBoxErrors
{
    /// <summary>A syntax error: the message gives the 0-based character position of the mistake.</summary>
    public static InvalidQueryException At(string parameter, int position, string detail) =>
        new(parameter, $"Parameter '{parameter}': syntax error at position {position}: {detail}.")
        {
            Position = position,
        };
}
