using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.SearchBox;
using CrashSearch.Indexer.Queries.SuperSearch;
using CrashSearch.SearchApi.GraphQL;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// The <c>search</c> argument of <c>crashes</c>: the search-box syntax (docs/api.md), parsed by the same
/// <see cref="SearchBoxParser"/> as SuperSearch's <c>_query</c>. Its top-level date ranges set the time window with
/// <c>from</c> and <c>to</c>.
/// </summary>
internal static class SearchArgument
{
    public const string Name = "search";

    public static SearchBoxQuery Parse(string? text, FieldCatalogue catalogue, GraphQLOptions limits)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new SearchBoxQuery(null, []);
        var parser = new SearchBoxParser(catalogue, new SuperSearchLimits { MaxRegexLength = limits.MaxRegexLength });
        try
        {
            return parser.Parse(text, Name);
        }
        catch (InvalidQueryException e)
        {
            // The message names the argument and the position of the mistake.
            throw CrashErrors.BadQuery(e.Message);
        }
    }
}
