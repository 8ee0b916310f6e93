using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Access;

namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>
/// <c>/api/SuperSearch?_saved=&lt;id&gt;</c>: the saved search's text, filters and window become the basis the other
/// parameters narrow; its columns and facets stand in for <c>_columns</c> and <c>_facets</c> when the request gives
/// none. It runs with the caller's rights, whoever saved it.
/// </summary>
internal static class SavedSuperSearch
{
    public const string Parameter = "_saved";

    /// <summary>The request's parameters with the saved defaults, and the basis; no basis without <c>_saved</c>.
    /// </summary>
    /// <exception cref="InvalidQueryException"><c>_saved</c> is repeated, or names no search the caller may read.
    /// </exception>
    public static async Task<(List<KeyValuePair<string, string>> Parameters, CrashQuestion? Basis)> ApplyAsync(
        List<KeyValuePair<string, string>> parameters, HttpContext context, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var ids = parameters.Where(p => IsNamed(p, Parameter)).Select(p => p.Value).ToList();
        if (ids.Count == 0)
            return (parameters, null);
        if (ids.Count > 1)
            throw Invalid($"given {ids.Count} times; give it once.");
        var services = context.RequestServices;
        var saved = await services.GetRequiredService<SavedSearchStore>().GetAsync(ids[0], cancellationToken);
        // Another owner's PRIVATE search gets the same words as a missing one, so that ids cannot be probed.
        if (saved is null || !saved.IsReadableBy(CallerKeyId.Of(context.User)))
            throw Invalid("no saved search with this id, or not one you may read.");
        var narrowed = parameters.Where(p => !IsNamed(p, Parameter)).ToList();
        AddDefault(narrowed, "_columns", saved.Columns);
        AddDefault(narrowed, "_facets", saved.Facets);
        return (narrowed, services.GetRequiredService<SavedSearchQuestions>().Recent(saved, now));
    }

    static void AddDefault(List<KeyValuePair<string, string>> parameters, string name, IReadOnlyList<string> fields)
    {
        if (fields.Count > 0 && !parameters.Exists(p => IsNamed(p, name)))
            parameters.Add(new(name, string.Join(',', fields)));
    }

    static bool IsNamed(KeyValuePair<string, string> parameter, string name) =>
        string.Equals(parameter.Key, name, StringComparison.Ordinal);

    static InvalidQueryException Invalid(string problem) => new(Parameter, $"Parameter '{Parameter}': {problem}");
}
