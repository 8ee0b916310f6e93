namespace CrashSearch.Conformance.Tests.Support;

/// <summary>The repository root (the folder holding Search.sln) and the shared reference folder beside it.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>A folder under <c>../shared/reference</c>; fails with a message saying what is missing.</summary>
    public static string SharedReference(string name)
    {
        var folder = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared", "reference", name));
        if (!Directory.Exists(folder))
            Assert.Fail($"The reference folder {folder} is missing: the conformance suite reads third-party test data from ../shared/reference next to the repository (it is not copied into the repository).");
        return folder;
    }

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Search.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"Search.sln was not found in {AppContext.BaseDirectory} or any folder above it.");
    }
}
