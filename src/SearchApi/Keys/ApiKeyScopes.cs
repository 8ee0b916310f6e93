namespace CrashSearch.SearchApi.Keys;

/// <summary>
/// What a key may do. <c>read</c>: public fields; <c>read-protected</c>: protected fields too; <c>write</c>: one's own
/// saved searches and alerts; <c>admin</c>: keys and everything else.
/// </summary>
internal static class ApiKeyScopes
{
    public const string Read = "read";
    public const string ReadProtected = "read-protected";
    public const string Write = "write";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Read, ReadProtected, Write, Admin];

    /// <summary>The scopes of a comma-separated list, in canonical order; throws with the unknown name.</summary>
    public static IReadOnlyList<string> Parse(IEnumerable<string> names)
    {
        var given = names
            .SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        if (given.Count == 0)
            throw new ArgumentException($"A key needs at least one scope: {string.Join(", ", All)}.");
        foreach (var name in given)
        {
            if (!All.Contains(name, StringComparer.Ordinal))
                throw new ArgumentException($"Unknown scope '{name}'; the scopes are {string.Join(", ", All)}.");
        }
        return [.. All.Where(given.Contains)];
    }

    /// <summary>Whether holding <paramref name="held"/> grants <paramref name="wanted"/>: admin grants every scope,
    /// read-protected grants read.</summary>
    public static bool Grants(string held, string wanted) =>
        held == wanted || held == Admin || (held == ReadProtected && wanted == Read);
}
