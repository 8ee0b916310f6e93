using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.Indexer.Queries.SuperSearch;

/// <summary>Request parameters grouped by name, names in order of first appearance, values in request order.</summary>
internal sealed class SuperSearchParameters
{
    readonly List<KeyValuePair<string, List<string>>> _groups = [];

    public SuperSearchParameters(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var byName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            if (!byName.TryGetValue(name, out var values))
            {
                values = [];
                byName.Add(name, values);
                _groups.Add(new(name, values));
            }
            values.Add(value ?? "");
        }
    }

    public IReadOnlyList<KeyValuePair<string, List<string>>> Groups => _groups;

    public bool Contains(string name) => _groups.Exists(g => string.Equals(g.Key, name, StringComparison.Ordinal));

    /// <summary>The one value of a parameter that may be given once; a repeat is an error.</summary>
    public static string Single(string name, List<string> values) =>
        values.Count == 1 ? values[0] : throw QueryErrors.Invalid(name, $"given {values.Count} times; give it once.");
}
