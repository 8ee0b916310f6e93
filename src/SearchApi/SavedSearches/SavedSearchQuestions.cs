using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Crashes;
using CrashSearch.SearchApi.Keys;

namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>
/// Turns saved searches into <see cref="CrashQuestion"/>s for <see cref="CrashQueryBuilder"/>, and checks a draft
/// with the same parser and builder every door uses, so that what is saved can always be run.
/// </summary>
internal sealed class SavedSearchQuestions(CrashQueryBuilder builder)
{
    /// <summary>How saving names the parts of a search in errors: as the input fields.</summary>
    static readonly ParameterNames Input = new() { Search = "search", Window = "window" };

    public const string WindowSyntax = "a number followed by d (days), h (hours) or m (minutes), e.g. 7d";

    public CrashQueryBuilder Builder => builder;

    /// <summary>The saved search as a question over [<paramref name="from"/>, <paramref name="to"/>): its search text
    /// and filters, nothing else (the caller sets size, columns, aggregations).</summary>
    public CrashQuestion For(SavedSearch search, DateTimeOffset from, DateTimeOffset to) =>
        Matching(search.Search, search.Filters) with { From = from, To = to };

    /// <summary>The saved search over its own window ending at <paramref name="now"/>; without a window, over the
    /// builder's default one.</summary>
    public CrashQuestion Recent(SavedSearch search, DateTimeOffset now) =>
        search.Window is { } window
            ? For(search, now - WindowLength(window), now)
            : Matching(search.Search, search.Filters);

    /// <summary>The length of a saved window (<c>7d</c>, <c>24h</c>, <c>90m</c>).</summary>
    public static TimeSpan WindowLength(string window) => ApiKeyLifetime.Parse(window);

    /// <summary>Refuses a draft that cannot be run: the parser's or builder's message, naming the input field.
    /// </summary>
    /// <exception cref="InvalidQueryException">The search, a filter, the window, a column or a facet is invalid.
    /// </exception>
    public void Check(SavedSearchDraft draft, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(draft.Name))
            throw Invalid("name", "is empty; a saved search needs a name.");
        if (string.IsNullOrWhiteSpace(draft.Search) && draft.Filters.Count == 0)
            throw Invalid("search", "is empty and there are no filters; a saved search must select something.");
        var question = Matching(draft.Search, draft.Filters) with { Size = 0, Parameters = Input };
        if (draft.Window is { } window)
        {
            var length = CheckWindow(window);
            question = question with { From = now - length, To = now };
        }
        foreach (var column in draft.Columns)
        {
            if (builder.Catalogue[column] is { Returnable: false })
                throw Invalid("columns", $"field '{column}' cannot be returned.");
        }
        foreach (var facet in draft.Facets)
        {
            if (builder.Catalogue[facet] is { Facetable: false })
                throw Invalid("facets", $"field '{facet}' cannot be faceted on.");
        }
        // Checked as a caller who may read everything: a protected field in a search is valid, and only withheld
        // when someone without the permission runs it.
        builder.Build(question, SearchRights.ProtectedFields, now);
    }

    TimeSpan CheckWindow(string window)
    {
        TimeSpan length;
        try
        {
            length = WindowLength(window);
        }
        catch (ArgumentException)
        {
            throw Invalid("window", $"'{window}' is not a window: {WindowSyntax}.");
        }
        if (length > TimeSpan.FromDays(builder.Limits.MaxWindowDays))
        {
            throw Invalid("window",
                $"'{window}' is longer than {builder.Limits.MaxWindowDays} days (SearchLimits:MaxWindowDays).");
        }
        return length;
    }

    CrashQuestion Matching(string search, IReadOnlyList<FieldFilter> filters) => new()
    {
        Search = string.IsNullOrWhiteSpace(search) ? [] : [search],
        Filters = CrashFilterTranslator.Translate(filters, builder.Catalogue, builder.Limits),
    };

    static InvalidQueryException Invalid(string field, string problem) =>
        new(field, $"Input '{field}': {problem}");
}
