namespace CrashSearch.Indexer.Queries.SearchBox;

internal enum SearchBoxTokenKind
{
    Term,
    And,
    Or,
    Not,
    Open,
    Close,
    End,
}

/// <summary>
/// A token of the search-box syntax. A term keeps its field (text before the first unquoted single colon, if any)
/// and its value with quotes removed; <see cref="Quoted"/> says whether the value began with a quote, which makes
/// an operator prefix literal (<c>signature:"~x"</c> matches the text <c>~x</c>).
/// </summary>
internal sealed record SearchBoxToken(SearchBoxTokenKind Kind, int Position, string? Field = null, string Value = "", bool Quoted = false);
