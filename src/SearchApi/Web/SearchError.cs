namespace CrashSearch.SearchApi.Web;

/// <summary>Why a search could not run: the parser's or builder's message, and where in the box the mistake is.
/// </summary>
/// <param name="Message">The message, naming the parameter.</param>
/// <param name="Position">The 0-based position of a syntax error in the search-box text; null for other errors.</param>
public sealed record SearchError(string Message, int? Position);
