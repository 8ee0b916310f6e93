using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace CrashSearch.SearchApi.Web;

/// <summary>
/// Everything the search page shows, as its URL says it: the search-box text, the window preset, the sort, the
/// columns and facets, the page size and the cursor trail. Only what differs from the defaults is written back, so
/// links stay short and a bookmark means the same page later.
/// </summary>
public sealed record SearchState
{
    public static readonly IReadOnlyList<string> DefaultColumns =
        ["date", "signature", "product", "version", "platform"];
    public static readonly IReadOnlyList<string> DefaultFacets = ["signature", "product", "version", "platform"];
    public const string DefaultWindow = "7d";
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    /// <summary>The window presets, as written in URLs, and the width of a histogram bar in each.</summary>
    public static readonly IReadOnlyList<(string Name, TimeSpan Length, TimeSpan Bar)> Windows =
    [
        ("1h", TimeSpan.FromHours(1), TimeSpan.FromMinutes(5)),
        ("24h", TimeSpan.FromDays(1), TimeSpan.FromHours(1)),
        ("7d", TimeSpan.FromDays(7), TimeSpan.FromHours(6)),
        ("30d", TimeSpan.FromDays(30), TimeSpan.FromDays(1)),
        ("90d", TimeSpan.FromDays(90), TimeSpan.FromDays(3)),
    ];

    public string Q { get; init; } = "";
    public string Window { get; init; } = DefaultWindow;

    /// <summary>A field name, descending when it starts with '-'; empty: newest first.</summary>
    public string Sort { get; init; } = "";
    public IReadOnlyList<string> Columns { get; init; } = DefaultColumns;
    public IReadOnlyList<string> Facets { get; init; } = DefaultFacets;
    public int Size { get; init; } = DefaultSize;

    /// <summary>The cursor this page starts after; null on the first page.</summary>
    public string? After { get; init; }

    /// <summary>The cursors of the pages before this one, oldest first, so that "previous" needs no state.</summary>
    public IReadOnlyList<string> Trail { get; init; } = [];

    public (string Name, TimeSpan Length, TimeSpan Bar) WindowPreset =>
        Windows.FirstOrDefault(w => w.Name == Window) is { Name: not null } preset ? preset : Windows[2];

    public static SearchState Parse(IQueryCollection query)
    {
        var size = int.TryParse(query["size"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var window = query["window"].ToString();
        return new SearchState
        {
            Q = query["q"].ToString(),
            Window = Windows.Any(w => w.Name == window) ? window : DefaultWindow,
            Sort = query["sort"].ToString().Trim(),
            Columns = ListOr(query["columns"], DefaultColumns),
            Facets = ListOr(query["facets"], DefaultFacets),
            Size = size is > 0 and <= MaxSize ? size : DefaultSize,
            After = query["after"].ToString() is { Length: > 0 } after ? after : null,
            Trail = CommaList.Of(query["trail"]),
        };
    }

    /// <summary>This search with <paramref name="term"/> ANDed to its text, from the first page.</summary>
    public SearchState Narrowed(string term) =>
        FirstPage() with { Q = Q.Trim().Length == 0 ? term : Q.Trim() + " " + term };

    public SearchState FirstPage() => this with { After = null, Trail = [] };

    /// <summary>The next page, after <paramref name="cursor"/>.</summary>
    public SearchState Next(string cursor) =>
        this with { After = cursor, Trail = After is null ? Trail : [.. Trail, After] };

    /// <summary>The page before this one; null on the first page.</summary>
    public SearchState? Previous() => After is null
        ? null
        : this with { After = Trail.Count > 0 ? Trail[^1] : null, Trail = [.. Trail.Take(Trail.Count - 1)] };

    /// <summary>The search sorted by <paramref name="field"/>: descending first, ascending when already so.</summary>
    public SearchState SortedBy(string field) =>
        FirstPage() with { Sort = Sort == "-" + field ? field : "-" + field };

    public string Url(string path = "/search")
    {
        var parts = new List<KeyValuePair<string, string?>>();
        if (Q.Length > 0)
            parts.Add(new("q", Q));
        if (Window != DefaultWindow)
            parts.Add(new("window", Window));
        if (Sort.Length > 0)
            parts.Add(new("sort", Sort));
        if (!Columns.SequenceEqual(DefaultColumns))
            parts.Add(new("columns", string.Join(',', Columns)));
        if (!Facets.SequenceEqual(DefaultFacets))
            parts.Add(new("facets", string.Join(',', Facets)));
        if (Size != DefaultSize)
            parts.Add(new("size", Size.ToString(CultureInfo.InvariantCulture)));
        if (After is not null)
            parts.Add(new("after", After));
        if (Trail.Count > 0)
            parts.Add(new("trail", string.Join(',', Trail)));
        return QueryHelpers.AddQueryString(path, parts);
    }

    /// <summary>A search-box term that matches <paramref name="value"/> of <paramref name="field"/> exactly as a
    /// facet shows it, or excludes it.</summary>
    public static string Term(string field, string value, bool exclude)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
                quoted.Append('\\');
            quoted.Append(c);
        }
        return (exclude ? "-" : "") + field + ":" + quoted.Append('"');
    }

    static IReadOnlyList<string> ListOr(StringValues values, IReadOnlyList<string> fallback) =>
        CommaList.Of(values) is { Count: > 0 } list ? list : fallback;
}
