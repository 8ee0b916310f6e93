namespace CrashSearch.Indexer.Tests;

/// <summary>Finds files of the repository (schema, docs) from the test's output directory.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>
    /// Asserts that a generated file equals its committed copy; with UPDATE_SNAPSHOTS=1 rewrites it instead.
    /// </summary>
    public static void AssertMatchesSnapshot(string relative, string generated)
    {
        var path = PathOf(relative);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
            File.WriteAllText(path, generated);
        var committed = File.Exists(path) ? File.ReadAllText(path) : "";
        Assert.True(committed == generated,
            $"{relative} differs from what the code generates; review the change and rerun with UPDATE_SNAPSHOTS=1 to accept it.");
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Search.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Search.sln not found above the test output directory.");
    }
}
