namespace CrashSearch.Tests;

/// <summary>
/// One field of Socorro's SuperSearchFields, as <c>tests/Shared/socorro-fields.txt</c> records it (a copy of the
/// facts of the shared reference list, so that CI needs no files outside the repository).
/// </summary>
internal sealed record SocorroField(
    string Name, string QueryType, bool HasFullVersion, string StorageType, string SourceKey, bool Protected)
{
    /// <summary>
    /// Fields Socorro stores as text that the catalogue holds as keywords: a hash has no words, and its words would
    /// double the cost of a value every crash has its own of.
    /// </summary>
    public static IReadOnlySet<string> KeywordsHere { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "minidump_sha256_hash" };

    /// <summary>Whether the catalogue holds the field as Socorro stores it (text with a full version or not).</summary>
    public bool StoredAsSocorroStoresIt => !KeywordsHere.Contains(Name);

    /// <summary>Every field of the list, in its order.</summary>
    public static IReadOnlyList<SocorroField> All { get; } = Read();

    static List<SocorroField> Read()
    {
        var fields = new List<SocorroField>();
        foreach (var line in File.ReadLines(FindList()))
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var parts = line.Split('|');
            fields.Add(new SocorroField(
                parts[0], parts[1], parts[2] == "true", parts[3], parts[4], parts[5] == "protected"));
        }
        return fields;
    }

    static string FindList()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory);
             directory is not null;
             directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "tests", "Shared", "socorro-fields.txt");
            if (File.Exists(path))
                return path;
        }
        throw new InvalidOperationException(
            "tests/Shared/socorro-fields.txt was not found above the test output directory.");
    }
}
