namespace CrashSearch.SearchApi.Tests.Support;

/// <summary>Files of the repository (schema snapshots) found from the test's output directory.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>Asserts that generated text equals its committed copy; with UPDATE_SNAPSHOTS=1 rewrites the copy instead.</summary>
    public static void AssertMatchesSnapshot(string relative, string generated)
    {
        var path = Path.Combine(Root, relative);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }
        var committed = File.Exists(path) ? File.ReadAllText(path) : "";
        Assert.True(committed == generated,
            $"{relative} differs from the schema the code builds; review the change and rerun with UPDATE_SNAPSHOTS=1 to accept it.");
    }

    static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Search.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("Search.sln was not found above the test output directory.");
    }
}
