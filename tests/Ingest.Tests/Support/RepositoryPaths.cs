namespace CrashSearch.Ingest.Tests.Support;

/// <summary>Finds the repository (the folder with Search.sln) and the shared/ folder beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Schema(string file) => Path.Combine(Root, "schema", file);

    /// <summary>A path under the shared/ folder that sits beside the repository (in development and in CI).</summary>
    public static string Shared(params string[] parts)
    {
        var path = Path.Combine([Root, "..", "shared", .. parts]);
        if (!Path.Exists(path))
            throw new DirectoryNotFoundException($"The shared reference data is missing: expected '{Path.GetFullPath(path)}' (shared/ beside the repository).");
        return Path.GetFullPath(path);
    }

    static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Search.sln")))
                return directory.FullName;
        }
        throw new DirectoryNotFoundException($"No Search.sln above {AppContext.BaseDirectory}.");
    }
}
