namespace CrashSearch.Tests;

/// <summary>
/// Files of the repository (the folder holding Search.sln, found from the test's output directory) and of the
/// shared reference data beside it (<c>../shared</c>, in development and in CI; third-party files read in place).
/// </summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A path under <c>../shared</c>; fails with a message saying what is missing.</summary>
    public static string Shared(params string[] parts)
    {
        var path = Path.GetFullPath(Path.Combine([Root, "..", "shared", .. parts]));
        if (!Path.Exists(path))
        {
            throw new DirectoryNotFoundException(
                $"The shared reference data is missing: expected '{path}' (shared/ beside the repository).");
        }
        return path;
    }

    /// <summary>
    /// Asserts that generated text equals its committed copy; with UPDATE_SNAPSHOTS=1 rewrites the copy instead.
    /// </summary>
    public static void AssertMatchesSnapshot(string relative, string generated)
    {
        var path = PathOf(relative);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }
        var committed = File.Exists(path) ? File.ReadAllText(path) : "";
        Assert.True(committed == generated,
            $"{relative} differs from what the code generates; review the change and rerun with "
            + "UPDATE_SNAPSHOTS=1 to accept it.");
    }

    static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null;
             directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Search.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"Search.sln was not found above {AppContext.BaseDirectory}.");
    }
}
