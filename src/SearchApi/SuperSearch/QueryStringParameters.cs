using Microsoft.AspNetCore.WebUtilities;

namespace CrashSearch.SearchApi.SuperSearch;

/// <summary>
/// The query string as decoded name/value pairs in request order. <see cref="HttpRequest.Query"/> groups by
/// name and loses the order across names, which decides the order of facets in the response.
/// </summary>
internal static class QueryStringParameters
{
    public static List<KeyValuePair<string, string>> Read(QueryString queryString)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var pair in new QueryStringEnumerable(queryString.Value))
            pairs.Add(new(pair.DecodeName().ToString(), pair.DecodeValue().ToString()));
        return pairs;
    }
}
